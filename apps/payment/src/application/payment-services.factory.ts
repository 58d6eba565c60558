import { Registry } from 'prom-client';
import { UnitOfWork } from '@getit/messaging';
import { AcceptanceRules, PaymentMethod } from '../domain';
import { OnlineIntentsRepository } from '../infrastructure/online-intents.repository';
import { PaymentIntentsRepository } from '../infrastructure/payment-intents.repository';
import { OnlineProviderSettings } from '../infrastructure/providers/online-provider.settings';
import { PaymentPrismaClient, PaymentTx } from '../infrastructure/payment-prisma';
import { CheckoutPaymentsService } from './checkout-payments.service';
import { CodCollectionsService } from './cod-collections.service';
import { OnlineCallbacksService, PaymentLog } from './online-callbacks.service';
import { OnlinePaymentMetrics } from './online-payment.metrics';
import { OnlinePaymentsExpiry } from './online-payments.expiry';
import { OnlineSettlementWriter } from './online-settlement.writer';
import { PaymentCancellationsService } from './payment-cancellations.service';
import { PaymentEvents } from './payment-events';
import { PaymentQueriesService } from './payment-queries.service';
import { PaymentRequestsService } from './payment-requests.service';
import { PaymentMetrics } from './payment.metrics';
import { PaymentProviders } from './payment-providers';
import { StorefrontReturn } from './storefront-return';
import { PaymentTransitionsWriter } from './payment-transitions.writer';

export interface PaymentServices {
  requests: PaymentRequestsService;
  cancellations: PaymentCancellationsService;
  collections: CodCollectionsService;
  queries: PaymentQueriesService;
  /** Every provider by method (cash on delivery and the online ones configured): refunds go through these. */
  providers: PaymentProviders;
  /** Online payments: the shopper's checkout view, provider callbacks, and the expiry sweep. */
  checkout: CheckoutPaymentsService;
  callbacks: OnlineCallbacksService;
  expiry: OnlinePaymentsExpiry;
  storefront: StorefrontReturn;
}

export interface PaymentServicesOptions {
  prisma: PaymentPrismaClient;
  /** The service's one unit of work: every transaction that records events runs in it. */
  unitOfWork: UnitOfWork<PaymentTx>;
  metrics: PaymentMetrics;
  rules: AcceptanceRules;
  /** Qualifies a table name with the service's schema for raw SQL (`ServiceHost.table`; unqualified by default). */
  table?: (name: string) => string;
  /** bKash, Nagad, SSLCommerz: the ones given here can be enabled (`onlineProviderSettings(config)`). */
  online?: OnlineProviderSettings;
  /** Online payments' settings; defaults suit tests. */
  onlinePayments?: {
    metrics?: OnlinePaymentMetrics;
    ttlMs?: number;
    providerTimeoutMs?: number;
    /** The database schema holding the tables (DATABASE_SCHEMA), for the row-lock queries. */
    schema?: string;
    log?: PaymentLog;
    /** STOREFRONT_RETURN_URL: where the shopper's browser lands after a callback. */
    storefrontReturnUrl?: string;
  };
}

/** The providers this deployment can use: cash on delivery, and the online ones whose settings are given. */
export function availableProviders(online: OnlineProviderSettings = {}): PaymentProviders {
  return PaymentProviders.create(online);
}

/** Checked at boot, before anything opens: every enabled method needs a configured provider. */
export function assertProvidersFor(
  enabledMethods: readonly PaymentMethod[],
  online: OnlineProviderSettings = {},
): void {
  const providers = availableProviders(online);
  const missing = enabledMethods.filter((method) => !providers.has(method));
  if (missing.length > 0) {
    const nagad = missing.includes('nagad')
      ? ' Nagad needs NAGAD_PUBLIC_KEY and NAGAD_MERCHANT_PRIVATE_KEY.'
      : '';
    throw new Error(
      `PAYMENT_METHODS_ENABLED names ${missing.join(', ')}, which this deployment has no provider for ` +
        `(available: ${[...providers.keys()].join(', ')}).${nagad}`,
    );
  }
}

/** Wires the use cases to their repositories: the host's one place for it, and tests' too. */
export function createPaymentServices(options: PaymentServicesOptions): PaymentServices {
  const { unitOfWork, metrics } = options;
  assertProvidersFor(options.rules.enabledMethods, options.online);
  const providers = availableProviders(options.online);
  const settings = options.onlinePayments ?? {};
  const log = settings.log ?? (() => undefined);
  const intents = new PaymentIntentsRepository(options.prisma, options.table);
  const events = new PaymentEvents();
  const writer = new PaymentTransitionsWriter(intents);
  const cancellations = new PaymentCancellationsService(
    intents,
    providers,
    writer,
    events,
    metrics,
    unitOfWork,
  );
  const online = new OnlineIntentsRepository(settings.schema);
  const onlineMetrics = settings.metrics ?? new OnlinePaymentMetrics(new Registry());
  const settle = new OnlineSettlementWriter(online, writer, events, metrics, onlineMetrics, unitOfWork);
  // a sweeper transaction holds its row lock across one provider call
  const sweepTxMs = (settings.providerTimeoutMs ?? 10_000) * 2 + 5_000;
  return {
    requests: new PaymentRequestsService(
      intents,
      providers,
      options.rules,
      events,
      metrics,
      unitOfWork,
      settings.ttlMs,
    ),
    cancellations,
    collections: new CodCollectionsService(intents, providers.get('cod')!, writer, cancellations),
    queries: new PaymentQueriesService(intents),
    providers,
    checkout: new CheckoutPaymentsService(options.prisma, online),
    callbacks: new OnlineCallbacksService(
      options.prisma,
      unitOfWork,
      providers,
      online,
      settle,
      onlineMetrics,
      log,
    ),
    expiry: new OnlinePaymentsExpiry(unitOfWork, providers, online, settle, sweepTxMs, log),
    storefront: new StorefrontReturn(
      settings.storefrontReturnUrl ?? 'http://127.0.0.1:3000/checkout/payment',
    ),
  };
}
