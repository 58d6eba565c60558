import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { systemContext } from '@getit/service-kit';
import { LedgerServices } from '../application/ledger/ledger-services.factory';
import { PaymentPrismaClient, PaymentTx } from '../infrastructure/payment-prisma';

export const PAYMENT_LEDGER_GROUP = 'payment.ledger';

type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

/**
 * The escrow ledger's inputs, on `order.orders`, `payment.payments` and `auth.vendors`: the sale (commission frozen),
 * captures, deliveries, cancellations, and vendors' payout methods. Each handler posts in the consumer's inbox
 * transaction, so an event moves money exactly once; refunds it grants are paid after the commit (`onCommitted`).
 */
export function ledgerEventsConsumer(deps: {
  transport: EventTransport;
  prisma: PaymentPrismaClient;
  tables: MessagingTables;
  ledger: LedgerServices;
  metrics: MessagingMetrics;
  onCommitted: () => void;
  log: Log;
}): EventConsumer<PaymentTx> {
  const { ledger, log } = deps;
  return new EventConsumer<PaymentTx>({
    transport: deps.transport,
    db: deps.prisma,
    onCommitted: deps.onCommitted,
    groupId: PAYMENT_LEDGER_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log,
  })
    .on('order.placed.v1', async ({ data, correlationId }, tx) => {
      const ctx = systemContext(correlationId);
      await ledger.sales.recordSale(ctx, tx, data);
      await ledger.settlements.applyWaitingCaptures(ctx, tx, data.orderId);
    })
    .on('payment.captured.v1', async ({ data, correlationId }, tx) => {
      const result = await ledger.settlements.captured(systemContext(correlationId), tx, data);
      if (result.outcome === 'noted')
        log('info', 'capture recorded before its sale', { paymentId: data.paymentId });
    })
    .on('order.package-status-changed.v1', async ({ data, correlationId }, tx) => {
      const result = await ledger.settlements.packageChanged(systemContext(correlationId), tx, data);
      if (result.outcome === 'ignored' && data.to === 'delivered')
        log('warn', 'delivery not posted to the ledger', {
          packageId: data.packageId,
          reason: result.reason,
        });
    })
    .on('order.cancelled.v1', async ({ data, correlationId }, tx) => {
      await ledger.settlements.orderCancelled(systemContext(correlationId), tx, data);
    })
    .on('auth.vendor-approved.v1', async ({ data, correlationId }, tx) => {
      await ledger.payouts.vendorApproved(systemContext(correlationId), tx, data);
    });
}
