import { Counter } from 'prom-client';
import { bootConfig } from '@getit/config';
import { OutboxRelay, TransactionalOutbox } from '@getit/messaging';
import {
  createHttpApp,
  RunningService,
  ServiceRuntime,
  SharedInfrastructure,
  serviceMigrationsDir,
  BatchSweeper,
  systemContext,
} from '@getit/service-kit';
import { InventoryModule } from './app.module';
import { createInventoryServices } from './application/inventory-services.factory';
import { inventoryConfigSchema } from './config/inventory.config';
import { InventoryPrismaClient, InventoryTx } from './infrastructure/inventory-prisma';
import { InventoryTables } from './infrastructure/inventory-tables';
import { StockRepository } from './infrastructure/stock.repository';
import { catalogEventsConsumer } from './messaging/catalog-events.consumer';
import { orderEventsConsumer } from './messaging/order-events.consumer';

/** Migrations ship beside the compiled code: <root>/apps/inventory/migrations from src or dist. */
export const INVENTORY_MIGRATIONS = serviceMigrationsDir(__dirname, 'inventory');

export async function startInventory(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('inventory', inventoryConfigSchema, env);
  const runtime = new ServiceRuntime('inventory', config.LOG_LEVEL);
  const prisma = await runtime.openDatabase<InventoryPrismaClient>(
    InventoryPrismaClient,
    config,
    INVENTORY_MIGRATIONS,
    shared.pool,
  );
  const transport = await runtime.openTransport(config, shared.transport);
  const tables = runtime.tables(config);
  const log = (level: 'warn' | 'error', message: string, extra?: Record<string, unknown>) =>
    runtime.logger[level](extra ?? {}, message);

  const relay = new OutboxRelay({ db: prisma, transport, tables, metrics: runtime.messagingMetrics, log });
  const outbox = new TransactionalOutbox<InventoryTx>(prisma, () => relay.nudge(), tables);
  const services = createInventoryServices({
    prisma,
    outbox,
    schema: config.DATABASE_SCHEMA,
    reservationTtlMs: config.RESERVATION_TTL_MS,
  });
  const expired = new Counter({
    name: 'inventory_reservations_expired_total',
    help: 'Reservations released because they were not confirmed in time',
    registers: [runtime.registry],
  });
  // Releases reservations that expired unconfirmed; SKIP LOCKED keeps replicas from releasing one twice.
  const sweeper = new BatchSweeper({
    name: 'reservation expiry',
    intervalMs: config.RESERVATION_SWEEP_INTERVAL_MS,
    batchSize: config.RESERVATION_SWEEP_BATCH,
    sweepBatch: (limit) => services.reservations.expireDue(systemContext(), limit),
    log,
    onSwept: (count) => expired.inc(count),
  });

  const consumer = catalogEventsConsumer({
    transport,
    prisma,
    tables,
    stock: new StockRepository(prisma, new InventoryTables(config.DATABASE_SCHEMA)),
    metrics: runtime.messagingMetrics,
    log: (level, message, extra) => runtime.logger[level](extra ?? {}, message),
  });

  const sagaConsumer = orderEventsConsumer({
    transport,
    prisma,
    tables,
    saga: services.saga,
    metrics: runtime.messagingMetrics,
    nudgeRelay: () => relay.nudge(),
    log: (level, message, extra) => runtime.logger[level](extra ?? {}, message),
  });

  const app = await createHttpApp({
    module: InventoryModule.register(services),
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
  });
  await consumer.start();
  await sagaConsumer.start();
  relay.start();
  sweeper.start();
  // The sweeper writes events, so it stops with the consumers, before the relay flushes them.
  runtime.onStop('consumers', () => consumer.stop());
  runtime.onStop('consumers', () => sagaConsumer.stop());
  runtime.onStop('consumers', () => sweeper.stop());
  runtime.onStop('relay', () => relay.stop());
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'inventory', url, stop: () => runtime.stop() };
}

export async function migrateInventory(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('inventory', inventoryConfigSchema, env);
  await new ServiceRuntime('inventory', config.LOG_LEVEL).migrate(config, INVENTORY_MIGRATIONS);
}
