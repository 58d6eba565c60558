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
import { PaymentModule } from './app.module';
import { LedgerBalanceMetrics } from './application/ledger/ledger-balance.metrics';
import { createLedgerServices } from './application/ledger/ledger-services.factory';
import { PayoutScheduler } from './application/ledger/payout.scheduler';
import { assertProvidersFor, createPaymentServices } from './application/payment-services.factory';
import { PaymentMetrics } from './application/payment.metrics';
import { OnlinePaymentMetrics } from './application/online-payment.metrics';
import { paymentConfigSchema } from './config/payment.config';
import { PaymentMethod, PaymentProvider } from './domain';
import { LedgerRepository } from './infrastructure/ledger/ledger.repository';
import { PaymentPrismaClient } from './infrastructure/payment-prisma';
import { onlineProviderSettings } from './infrastructure/providers/online-provider.settings';
import { ledgerEventsConsumer } from './messaging/ledger-events.consumer';
import { orderEventsConsumer } from './messaging/order-events.consumer';

/** Migrations ship beside the compiled code: <root>/apps/payment/migrations from src or dist. */
export const PAYMENT_MIGRATIONS = serviceMigrationsDir(__dirname, 'payment');

/** How often the ledger's debits and credits are summed for ledger_imbalance_poisha (the alert waits 2 minutes). */
const LEDGER_BALANCE_INTERVAL_MS = 30_000;

/** What tests may swap: the providers refunds are paid through (a stub standing in for a wallet's API). */
export interface PaymentOverrides {
  refundProviders?: ReadonlyMap<PaymentMethod, PaymentProvider>;
}

export async function startPayment(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
  overrides: PaymentOverrides = {},
): Promise<RunningService> {
  const config = bootConfig('payment', paymentConfigSchema, env);
  const online = onlineProviderSettings(config);
  assertProvidersFor(config.PAYMENT_METHODS_ENABLED, online);
  const runtime = new ServiceRuntime('payment', config.LOG_LEVEL);
  const prisma = await runtime.openDatabase<PaymentPrismaClient>(
    PaymentPrismaClient,
    config,
    PAYMENT_MIGRATIONS,
    shared.pool,
  );
  const transport = await runtime.openTransport(config, shared.transport);
  const tables = runtime.tables(config);
  const log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) =>
    runtime.logger[level](extra ?? {}, message);

  const relay = new OutboxRelay({ db: prisma, transport, tables, metrics: runtime.messagingMetrics, log });
  const services = createPaymentServices({
    prisma,
    tables,
    metrics: new PaymentMetrics(runtime.registry),
    rules: {
      enabledMethods: config.PAYMENT_METHODS_ENABLED,
      codMaxOrderPoisha: config.COD_MAX_ORDER_POISHA,
    },
    online,
    onlinePayments: {
      metrics: new OnlinePaymentMetrics(runtime.registry),
      ttlMs: config.ONLINE_PAYMENT_TTL_MS,
      providerTimeoutMs: config.PAYMENT_PROVIDER_TIMEOUT_MS,
      schema: config.DATABASE_SCHEMA,
      onCommitted: () => relay.nudge(),
      log,
      storefrontReturnUrl: config.STOREFRONT_RETURN_URL,
    },
  });
  // Settles online payments past their expiry (after one last check with the provider).
  const expirySweeper = new BatchSweeper({
    name: 'online payment expiry',
    intervalMs: config.PAYMENT_EXPIRY_SWEEP_INTERVAL_MS,
    batchSize: 50,
    sweepBatch: (limit) => services.expiry.settleDue(limit),
    log,
  });
  const consumer = orderEventsConsumer({
    transport,
    prisma,
    tables,
    services,
    metrics: runtime.messagingMetrics,
    nudgeRelay: () => relay.nudge(),
    log,
  });

  const ledger = createLedgerServices({
    prisma,
    tables,
    providers: new Map([...services.providers, ...(overrides.refundProviders ?? [])]),
    vatRateBps: config.COMMISSION_VAT_RATE_BPS,
    payoutDelayDays: config.PAYOUT_DELAY_DAYS,
    payoutMinimumPoisha: config.PAYOUT_MIN_POISHA,
    refundRetryIntervalMs: config.REFUND_RETRY_INTERVAL_MS,
    onEventsCommitted: () => relay.nudge(),
    log,
  });
  const ledgerConsumer = ledgerEventsConsumer({
    transport,
    prisma,
    tables,
    ledger,
    metrics: runtime.messagingMetrics,
    onCommitted: () => {
      relay.nudge();
      ledger.refundSweeper.nudge();
    },
    log,
  });
  const payoutScheduler = new PayoutScheduler(ledger.payouts, config.PAYOUT_INTERVAL_MS, log);
  const ledgerRepository = new LedgerRepository();
  const ledgerBalance = new LedgerBalanceMetrics(
    runtime.registry,
    () => ledgerRepository.accountTotals(prisma),
    LEDGER_BALANCE_INTERVAL_MS,
    log,
  );

  const app = await createHttpApp({
    module: PaymentModule.register(services, ledger),
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
  });
  await consumer.start();
  await ledgerConsumer.start();
  relay.start();
  ledger.refundSweeper.start();
  payoutScheduler.start();
  expirySweeper.start();
  ledgerBalance.start();
  runtime.onStop('consumers', () => consumer.stop());
  // The ledger's consumer and jobs write events, so they stop before the relay flushes them.
  runtime.onStop('consumers', () => ledgerConsumer.stop());
  runtime.onStop('consumers', () => ledger.refundSweeper.stop());
  runtime.onStop('consumers', () => payoutScheduler.stop());
  runtime.onStop('consumers', () => expirySweeper.stop());
  runtime.onStop('consumers', () => ledgerBalance.stop());
  runtime.onStop('relay', () => relay.stop());
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'payment', url, stop: () => runtime.stop() };
}

export async function migratePayment(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('payment', paymentConfigSchema, env);
  await new ServiceRuntime('payment', config.LOG_LEVEL).migrate(config, PAYMENT_MIGRATIONS);
}
