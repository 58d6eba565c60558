import { bootConfig } from '@getit/config';
import {
  migrateService,
  RunningService,
  ServiceHost,
  serviceMigrationsDir,
  SharedInfrastructure,
} from '@getit/service-kit';
import { PaymentModule } from './app.module';
import { LedgerBalanceMetrics } from './application/ledger/ledger-balance.metrics';
import { createLedgerServices } from './application/ledger/ledger-services.factory';
import { assertProvidersFor, createPaymentServices } from './application/payment-services.factory';
import { PaymentMetrics } from './application/payment.metrics';
import { OnlinePaymentMetrics } from './application/online-payment.metrics';
import { paymentConfigSchema } from './config/payment.config';
import { PaymentMethod, PaymentProvider } from './domain';
import { LedgerRepository } from './infrastructure/ledger/ledger.repository';
import { PaymentPrismaClient, PaymentTx } from './infrastructure/payment-prisma';
import { onlineProviderSettings } from './infrastructure/providers/online-provider.settings';
import { PAYMENT_CHECKOUT_GROUP } from './messaging/order-events.controller';

/** Migrations ship beside the compiled code: <root>/apps/payment/migrations from src or dist. */
export const PAYMENT_MIGRATIONS = serviceMigrationsDir(__dirname, 'payment');

/** How often the ledger's debits and credits are summed for ledger_imbalance_poisha (the alert waits 2 minutes). */
const LEDGER_BALANCE_INTERVAL_MS = 30_000;

/** What tests may swap: the providers refunds are paid through (a stub standing in for a wallet's API). */
export interface PaymentOverrides {
  refundProviders?: ReadonlyMap<PaymentMethod, PaymentProvider>;
}

/**
 * Payment adds its payment intents (the checkout saga's payment step, online payments' callbacks and expiry sweep),
 * the escrow ledger (commissions, refunds and their retry sweep, payout runs, the balance check) and their module.
 * Its event handlers run in two consumer groups: `payment.checkout` and the ledger's `payment.ledger`.
 */
export async function startPayment(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
  overrides: PaymentOverrides = {},
): Promise<RunningService> {
  const config = bootConfig('payment', paymentConfigSchema, env);
  const online = onlineProviderSettings(config);
  assertProvidersFor(config.PAYMENT_METHODS_ENABLED, online);
  const host = await ServiceHost.open<PaymentPrismaClient, PaymentTx>({
    name: 'payment',
    config,
    prisma: PaymentPrismaClient,
    migrationsDir: PAYMENT_MIGRATIONS,
    shared,
  });
  const { db: prisma, unitOfWork, log, runtime } = host;
  const services = createPaymentServices({
    prisma,
    unitOfWork,
    metrics: new PaymentMetrics(runtime.registry),
    rules: {
      enabledMethods: config.PAYMENT_METHODS_ENABLED,
      codMaxOrderPoisha: config.COD_MAX_ORDER_POISHA,
    },
    table: (name) => host.table(name),
    online,
    onlinePayments: {
      metrics: new OnlinePaymentMetrics(runtime.registry),
      ttlMs: config.ONLINE_PAYMENT_TTL_MS,
      providerTimeoutMs: config.PAYMENT_PROVIDER_TIMEOUT_MS,
      schema: config.DATABASE_SCHEMA,
      log,
      storefrontReturnUrl: config.STOREFRONT_RETURN_URL,
    },
  });
  // Settles online payments past their expiry (after one last check with the provider).
  host.sweeper({
    name: 'online payment expiry',
    intervalMs: config.PAYMENT_EXPIRY_SWEEP_INTERVAL_MS,
    batchSize: 50,
    sweepBatch: (limit) => services.expiry.settleDue(limit),
  });
  const ledger = createLedgerServices({
    prisma,
    unitOfWork,
    sweeper: (options) => host.sweeper(options),
    providers: new Map([...services.providers, ...(overrides.refundProviders ?? [])]),
    vatRateBps: config.COMMISSION_VAT_RATE_BPS,
    payoutDelayDays: config.PAYOUT_DELAY_DAYS,
    payoutMinimumPoisha: config.PAYOUT_MIN_POISHA,
    refundRetryIntervalMs: config.REFUND_RETRY_INTERVAL_MS,
    payoutIntervalMs: config.PAYOUT_INTERVAL_MS,
    codRemittanceDueDays: config.COD_REMITTANCE_DUE_DAYS,
    codRemittanceCheckIntervalMs: config.COD_REMITTANCE_CHECK_INTERVAL_MS,
    table: (name) => host.table(name),
    log,
  });
  const ledgerRepository = new LedgerRepository();
  const ledgerBalance = new LedgerBalanceMetrics(
    runtime.registry,
    () => ledgerRepository.accountTotals(prisma),
    LEDGER_BALANCE_INTERVAL_MS,
    log,
  );
  ledgerBalance.start();
  runtime.onStop('consumers', () => ledgerBalance.stop());

  return host.serve({
    module: PaymentModule.register(services, ledger, log),
    eventGroupId: PAYMENT_CHECKOUT_GROUP,
  });
}

export async function migratePayment(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService('payment', bootConfig('payment', paymentConfigSchema, env), PAYMENT_MIGRATIONS);
}
