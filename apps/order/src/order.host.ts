import { bootConfig } from '@getit/config';
import {
  migrateService,
  RunningService,
  ServiceHost,
  serviceMigrationsDir,
  SharedInfrastructure,
} from '@getit/service-kit';
import { OrderModule } from './app.module';
import { createOrderServices } from './application/order-services.factory';
import { OrderMetrics } from './application/order.metrics';
import { orderConfigSchema } from './config/order.config';
import { OrderPrismaClient, OrderTx } from './infrastructure/order-prisma';
import { ShippingClient } from './infrastructure/shipping.client';
import { READ_MODELS_GROUP } from './messaging/read-models-events.controller';

/** Migrations ship beside the compiled code: <root>/apps/order/migrations from src or dist. */
export const ORDER_MIGRATIONS = serviceMigrationsDir(__dirname, 'order');

/** Timed-out sagas cancelled per sweep transaction; a sweep repeats until none are due. */
const SAGA_SWEEP_BATCH = 50;

/**
 * Order adds its shipping client (delivery quotes), its metrics, the use cases, the checkout saga's timeout
 * sweeper, and a module whose event handlers run in two consumer groups: the read models (the default) and the
 * checkout saga (named per handler).
 */
export async function startOrder(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('order', orderConfigSchema, env);
  const host = await ServiceHost.open<OrderPrismaClient, OrderTx>({
    name: 'order',
    config,
    prisma: OrderPrismaClient,
    migrationsDir: ORDER_MIGRATIONS,
    shared,
  });
  const shipping = new ShippingClient(config.SHIPPING_URL);
  host.runtime.onStop('connections', () => shipping.close());
  const services = createOrderServices({
    prisma: host.db,
    unitOfWork: host.unitOfWork,
    schema: config.DATABASE_SCHEMA,
    shipping,
    metrics: (countRunning, countStuck) => new OrderMetrics(host.runtime.registry, countRunning, countStuck),
    cartTtlMs: config.CART_TTL_MS,
    paymentMethods: config.PAYMENT_METHODS_ENABLED,
    timeouts: {
      reserve_stock: config.RESERVE_STOCK_TIMEOUT_MS,
      take_payment: config.PAYMENT_TIMEOUT_MS,
      confirm_order: config.CONFIRM_ORDER_TIMEOUT_MS,
    },
    log: host.log,
  });
  // Times out checkout steps past their deadline: the order is cancelled and what succeeded is compensated.
  host.sweeper({
    name: 'checkout saga timeout',
    intervalMs: config.SAGA_SWEEP_INTERVAL_MS,
    batchSize: SAGA_SWEEP_BATCH,
    sweepBatch: (limit) => services.saga.timeOutDue(limit),
  });
  return host.serve({ module: OrderModule.register(services), eventGroupId: READ_MODELS_GROUP });
}

export async function migrateOrder(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService('order', bootConfig('order', orderConfigSchema, env), ORDER_MIGRATIONS);
}
