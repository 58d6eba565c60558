import { bootConfig } from '@getit/config';
import { AuditRecorder, OutboxRelay } from '@getit/messaging';
import {
  createHttpApp,
  RunningService,
  ServiceRuntime,
  SharedInfrastructure,
  serviceMigrationsDir,
} from '@getit/service-kit';
import { ShippingModule } from './app.module';
import { createShippingServices } from './application/shipping-services.factory';
import { shippingConfigSchema } from './config/shipping.config';
import { ShippingPrismaClient } from './infrastructure/shipping-prisma';

/** Migrations ship beside the compiled code: <root>/apps/shipping/migrations from src or dist. */
export const SHIPPING_MIGRATIONS = serviceMigrationsDir(__dirname, 'shipping');

export async function startShipping(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('shipping', shippingConfigSchema, env);
  const runtime = new ServiceRuntime('shipping', config.LOG_LEVEL);
  const prisma = await runtime.openDatabase<ShippingPrismaClient>(
    ShippingPrismaClient,
    config,
    SHIPPING_MIGRATIONS,
    shared.pool,
  );
  // Rate card changes publish their audit entries; the shipments to come write events the same way.
  const transport = await runtime.openTransport(config, shared.transport);
  const tables = runtime.tables(config);
  const log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) =>
    runtime.logger[level](extra ?? {}, message);
  const relay = new OutboxRelay({ db: prisma, transport, tables, metrics: runtime.messagingMetrics, log });
  const audit = new AuditRecorder({
    producer: 'shipping',
    db: prisma,
    tables,
    onCommitted: () => relay.nudge(),
    log,
  });
  const services = createShippingServices({ prisma, marketplace: config.MARKETPLACE, audit });

  const app = await createHttpApp({
    module: ShippingModule.register(services),
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
  });
  relay.start();
  runtime.onStop('relay', () => relay.stop());
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'shipping', url, stop: () => runtime.stop() };
}

export async function migrateShipping(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('shipping', shippingConfigSchema, env);
  await new ServiceRuntime('shipping', config.LOG_LEVEL).migrate(config, SHIPPING_MIGRATIONS);
}
