import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { systemContext } from '@getit/service-kit';
import { PaymentServices } from '../application/payment-services.factory';
import { PaymentPrismaClient, PaymentTx } from '../infrastructure/payment-prisma';

export const PAYMENT_CHECKOUT_GROUP = 'payment.checkout';

type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

/**
 * The payment side of the checkout saga, on `order.orders`. Each handler runs in the consumer's inbox
 * transaction and writes its answer to the outbox in that same transaction (so an event is applied and answered
 * exactly once); the relay is woken when the transaction commits.
 */
export function orderEventsConsumer(deps: {
  transport: EventTransport;
  prisma: PaymentPrismaClient;
  tables: MessagingTables;
  services: PaymentServices;
  metrics: MessagingMetrics;
  nudgeRelay: () => void;
  log: Log;
}): EventConsumer<PaymentTx> {
  const { services, log } = deps;
  return new EventConsumer<PaymentTx>({
    transport: deps.transport,
    db: deps.prisma,
    onCommitted: deps.nudgeRelay,
    groupId: PAYMENT_CHECKOUT_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log,
  })
    .on('order.payment-requested.v1', async ({ data, correlationId }, tx) => {
      const result = await services.requests.request(systemContext(correlationId), tx, data);
      if (result.outcome === 'existing' && result.note)
        log('warn', 'payment requested again with other terms; the first request stands', {
          orderId: data.orderId,
          paymentId: result.paymentId,
          note: result.note,
        });
    })
    .on('order.payment-cancel-requested.v1', async ({ data, correlationId }, tx) => {
      const result = await services.cancellations.cancelRequested(systemContext(correlationId), tx, data);
      if (result.outcome === 'unknown' || result.outcome === 'refused')
        log('warn', 'payment not cancelled', { ...data, ...result });
    })
    .on('order.cancelled.v1', async ({ data, correlationId }, tx) => {
      const results = await services.cancellations.cancelOrder(systemContext(correlationId), tx, data);
      for (const result of results.filter((r) => r.outcome === 'refused'))
        log('warn', 'payment of a cancelled order not cancelled', { orderId: data.orderId, ...result });
      for (const paid of await services.checkout.capturedOnline(tx, data.orderId))
        log(
          'warn',
          'online payment captured before its order was cancelled: stays captured, to be refunded',
          {
            orderId: data.orderId,
            reason: data.reason,
            ...paid,
          },
        );
    })
    .on('order.package-status-changed.v1', async ({ data, correlationId }, tx) => {
      const result = await services.collections.packageChanged(systemContext(correlationId), tx, data);
      if (result.outcome === 'ignored' && (data.to === 'delivered' || data.to === 'cancelled'))
        log('info', 'package outcome not recorded against a payment', {
          orderId: data.orderId,
          packageId: data.packageId,
          reason: result.reason,
        });
    });
}
