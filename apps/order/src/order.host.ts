import { bootConfig } from '@getit/config';
import { OutboxRelay } from '@getit/messaging';
import {
  createHttpApp,
  RunningService,
  ServiceRuntime,
  SharedInfrastructure,
  serviceMigrationsDir,
  BatchSweeper,
} from '@getit/service-kit';
import { OrderModule } from './app.module';
import { createOrderServices } from './application/order-services.factory';
import { OrderMetrics } from './application/order.metrics';
import { orderConfigSchema } from './config/order.config';
import { OrderPrismaClient } from './infrastructure/order-prisma';
import { ShippingClient } from './infrastructure/shipping.client';
import { checkoutSagaConsumer } from './messaging/checkout-saga.consumer';
import { readModelsConsumer } from './messaging/read-models.consumer';

/** Migrations ship beside the compiled code: <root>/apps/order/migrations from src or dist. */
export const ORDER_MIGRATIONS = serviceMigrationsDir(__dirname, 'order');

/** Timed-out sagas cancelled per sweep transaction; a sweep repeats until none are due. */
const SAGA_SWEEP_BATCH = 50;

export async function startOrder(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('order', orderConfigSchema, env);
  const runtime = new ServiceRuntime('order', config.LOG_LEVEL);
  const prisma = await runtime.openDatabase<OrderPrismaClient>(
    OrderPrismaClient,
    config,
    ORDER_MIGRATIONS,
    shared.pool,
  );
  const transport = await runtime.openTransport(config, shared.transport);
  const tables = runtime.tables(config);
  const log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) =>
    runtime.logger[level](extra ?? {}, message);

  const relay = new OutboxRelay({ db: prisma, transport, tables, metrics: runtime.messagingMetrics, log });
  const shipping = new ShippingClient(config.SHIPPING_URL);
  const services = createOrderServices({
    prisma,
    schema: config.DATABASE_SCHEMA,
    shipping,
    metrics: (countRunning, countStuck) => new OrderMetrics(runtime.registry, countRunning, countStuck),
    onEventsCommitted: () => relay.nudge(),
    cartTtlMs: config.CART_TTL_MS,
    paymentMethods: config.PAYMENT_METHODS_ENABLED,
    timeouts: {
      reserve_stock: config.RESERVE_STOCK_TIMEOUT_MS,
      take_payment: config.PAYMENT_TIMEOUT_MS,
      confirm_order: config.CONFIRM_ORDER_TIMEOUT_MS,
    },
    log,
  });
  // Times out checkout steps past their deadline: the order is cancelled and what succeeded is compensated.
  const sweeper = new BatchSweeper({
    name: 'checkout saga timeout',
    intervalMs: config.SAGA_SWEEP_INTERVAL_MS,
    batchSize: SAGA_SWEEP_BATCH,
    sweepBatch: (limit) => services.saga.timeOutDue(limit),
    log,
  });
  const consumers = [
    readModelsConsumer({
      transport,
      unitOfWork: services.unitOfWork,
      tables,
      readModels: services.readModels,
      metrics: runtime.messagingMetrics,
      log,
    }),
    checkoutSagaConsumer({
      transport,
      unitOfWork: services.unitOfWork,
      tables,
      saga: services.saga,
      metrics: runtime.messagingMetrics,
      log,
    }),
  ];

  const app = await createHttpApp({
    module: OrderModule.register(services),
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
  });
  for (const consumer of consumers) await consumer.start();
  relay.start();
  sweeper.start();
  // The consumers and the sweeper write events, so they stop before the relay flushes them.
  for (const consumer of consumers) runtime.onStop('consumers', () => consumer.stop());
  runtime.onStop('consumers', () => sweeper.stop());
  runtime.onStop('relay', () => relay.stop());
  runtime.onStop('connections', () => shipping.close());
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'order', url, stop: () => runtime.stop() };
}

export async function migrateOrder(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('order', orderConfigSchema, env);
  await new ServiceRuntime('order', config.LOG_LEVEL).migrate(config, ORDER_MIGRATIONS);
}
