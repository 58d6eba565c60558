import { bootConfig } from '@getit/config';
import { COURIER_NAMES } from '@getit/contracts';
import { AuditRecorder } from '@getit/messaging';
import {
  migrateService,
  RunningService,
  ServiceHost,
  serviceMigrationsDir,
  SharedInfrastructure,
} from '@getit/service-kit';
import { ShippingModule } from './app.module';
import { QuotesService } from './application/quotes.service';
import { RateCardService } from './application/rate-card.service';
import { CourierPerformanceService } from './application/shipments/courier-performance.service';
import { CourierReportsService } from './application/shipments/courier-reports.service';
import { CourierSettingsService } from './application/shipments/courier-settings.service';
import { CourierWebhookGuard } from './application/shipments/courier-webhook.guard';
import { CourierWebhookService } from './application/shipments/courier-webhook.service';
import { RemittancePollerService } from './application/shipments/remittance-poller.service';
import { ReturnReceiptsService } from './application/shipments/return-receipts.service';
import { StatusPollerService } from './application/shipments/status-poller.service';
import { ShipmentBookingService } from './application/shipments/shipment-booking.service';
import { ShipmentDeadlinesService } from './application/shipments/shipment-deadlines.service';
import { ShipmentLabelsService } from './application/shipments/shipment-labels.service';
import { PickupStoresService } from './application/shipments/pickup-stores.service';
import { ShipmentTrackingService } from './application/shipments/shipment-tracking.service';
import { VendorBookingsService } from './application/shipments/vendor-bookings.service';
import { ShippingMetrics } from './application/shipments/shipping.metrics';
import { ShippingConfig, shippingConfigSchema } from './config/shipping.config';
import type { CourierName } from './domain/shipment/courier-name';
import {
  CourierBookingPort,
  CourierStatusPort,
  CourierStorePort,
} from './infrastructure/couriers/courier-booking.port';
import { PathaoClient } from './infrastructure/couriers/pathao.client';
import { RedxClient } from './infrastructure/couriers/redx.client';
import { SteadfastClient, SteadfastPayments } from './infrastructure/couriers/steadfast.client';
import { LabelPdfRenderer } from './infrastructure/labels/label.pdf-renderer';
import { PackagesToShipRepository } from './infrastructure/packages-to-ship.repository';
import { RateCardRepository } from './infrastructure/rate-card.repository';
import { ShippingPrismaClient, ShippingTx } from './infrastructure/shipping-prisma';
import { SHIPPING_ORDER_EVENTS_GROUP } from './messaging/order-events.controller';

/** Migrations ship beside the compiled code: <root>/apps/shipping/migrations from src or dist. */
export const SHIPPING_MIGRATIONS = serviceMigrationsDir(__dirname, 'shipping');

/**
 * Shipping: the rate card and quotes, and couriers (ADR 0018): packages learnt from order's events, booked with
 * Pathao, Steadfast or RedX by a sweeper when packed, tracked through the couriers' webhooks, with the timeline
 * per order for shoppers.
 */
export async function startShipping(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('shipping', shippingConfigSchema, env);
  const host = await ServiceHost.open<ShippingPrismaClient, ShippingTx>({
    name: 'shipping',
    config,
    prisma: ShippingPrismaClient,
    migrationsDir: SHIPPING_MIGRATIONS,
    shared,
  });
  const audit = new AuditRecorder({ producer: 'shipping', unitOfWork: host.unitOfWork, log: host.log });
  const rateCards = new RateCardService(
    host.unitOfWork,
    new RateCardRepository(host.db, (name) => host.table(name)),
    config.MARKETPLACE,
    audit,
  );
  const metrics = new ShippingMetrics(host.runtime.registry);
  metrics.zero(COURIER_NAMES);
  let nudge = () => undefined as void;
  const clients = courierClients(config);
  const stores = new PickupStoresService(host.db, storeClients(clients));
  const booking = new ShipmentBookingService(
    host.db,
    host.unitOfWork,
    clients,
    metrics,
    () => nudge(),
    stores,
    new PackagesToShipRepository((name) => host.table(name)),
  );
  const booker = host.sweeper({
    name: 'courier booking',
    intervalMs: config.SHIPPING_BOOKING_INTERVAL_MS,
    batchSize: 20,
    sweepBatch: (limit) => booking.bookDue(limit),
  });
  nudge = () => booker.nudge();
  if (config.STEADFAST_BASE_URL) {
    const poller = new RemittancePollerService(
      host.unitOfWork,
      new SteadfastPayments({
        baseUrl: config.STEADFAST_BASE_URL,
        apiKey: config.STEADFAST_API_KEY,
        secretKey: config.STEADFAST_SECRET_KEY,
      }),
    );
    // One read of the payouts per sweep; the batch size does not apply.
    host.sweeper({
      name: 'steadfast payouts',
      intervalMs: config.SHIPPING_REMITTANCE_POLL_MS,
      batchSize: 1_000_000,
      sweepBatch: async () => {
        await poller.poll();
        return 0;
      },
    });
  }
  const reports = new CourierReportsService(host.unitOfWork, metrics, (name) => host.table(name));
  const statusPoller = new StatusPollerService(host.db, clients, reports, config.SHIPPING_STATUS_QUIET_MS);
  host.sweeper({
    name: 'courier status polling',
    intervalMs: config.SHIPPING_STATUS_POLL_MS,
    batchSize: 50,
    sweepBatch: (limit) => statusPoller.pollDue(limit),
  });
  const webhooks = new CourierWebhookService(
    new CourierWebhookGuard({
      pathao: config.PATHAO_WEBHOOK_SECRET,
      steadfast: config.STEADFAST_WEBHOOK_TOKEN,
      redx: config.REDX_WEBHOOK_TOKEN,
    }),
    reports,
    metrics,
  );
  const deadlines = new ShipmentDeadlinesService(host.db, (name) => host.table(name));
  deadlines.registerMetrics(host.runtime.registry);
  return host.serve({
    module: ShippingModule.register({
      deadlines,
      performance: new CourierPerformanceService(host.db, (name) => host.table(name)),
      rateCards,
      quotes: new QuotesService(rateCards),
      booking,
      webhooks,
      tracking: new ShipmentTrackingService(host.db),
      labels: new ShipmentLabelsService(host.db, new LabelPdfRenderer(config.SHIPPING_LABEL_FONT)),
      returns: new ReturnReceiptsService(host.db, host.unitOfWork, (name) => host.table(name)),
      courierSettings: new CourierSettingsService(host.db, host.unitOfWork, () => booking.offered(), stores),
      vendorBookings: new VendorBookingsService(host.db, host.unitOfWork, booking),
    }),
    eventGroupId: SHIPPING_ORDER_EVENTS_GROUP,
  });
}

/** The couriers with a base URL configured; the others are not offered. */
function courierClients(config: ShippingConfig): Map<CourierName, CourierBookingPort & CourierStatusPort> {
  const clients = new Map<CourierName, CourierBookingPort & CourierStatusPort>();
  if (config.PATHAO_BASE_URL)
    clients.set(
      'pathao',
      new PathaoClient({
        baseUrl: config.PATHAO_BASE_URL,
        clientId: config.PATHAO_CLIENT_ID,
        clientSecret: config.PATHAO_CLIENT_SECRET,
        username: config.PATHAO_USERNAME,
        password: config.PATHAO_PASSWORD,
        storeId: config.PATHAO_STORE_ID,
      }),
    );
  if (config.STEADFAST_BASE_URL)
    clients.set(
      'steadfast',
      new SteadfastClient({
        baseUrl: config.STEADFAST_BASE_URL,
        apiKey: config.STEADFAST_API_KEY,
        secretKey: config.STEADFAST_SECRET_KEY,
      }),
    );
  if (config.REDX_BASE_URL)
    clients.set('redx', new RedxClient({ baseUrl: config.REDX_BASE_URL, token: config.REDX_API_TOKEN }));
  return clients;
}

/** The configured couriers that pick up from registered stores (Pathao, RedX). */
function storeClients(clients: Map<CourierName, CourierBookingPort>): Map<CourierName, CourierStorePort> {
  const stores = new Map<CourierName, CourierStorePort>();
  for (const [courier, client] of clients)
    if ('registerStore' in client) stores.set(courier, client as CourierBookingPort & CourierStorePort);
  return stores;
}

export async function migrateShipping(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService('shipping', bootConfig('shipping', shippingConfigSchema, env), SHIPPING_MIGRATIONS);
}
