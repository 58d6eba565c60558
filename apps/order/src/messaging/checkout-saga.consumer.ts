import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { CheckoutSagaOrchestrator } from '../application/checkout-saga.orchestrator';
import { OrderTx } from '../infrastructure/order-prisma';
import { OrderUnitOfWork } from '../infrastructure/unit-of-work';

export const CHECKOUT_SAGA_GROUP = 'order.checkout-saga';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The checkout saga's inbound side: inventory's and payment's answers, each applied in the consumer's inbox
 * transaction (a redelivered event finds its id in the inbox and changes nothing). Reservations are matched to
 * orders by their key, the order id; reservations made for anything else are not ours and are ignored.
 */
export function checkoutSagaConsumer(deps: {
  transport: EventTransport;
  unitOfWork: OrderUnitOfWork<OrderTx>;
  tables: MessagingTables;
  saga: CheckoutSagaOrchestrator;
  metrics: MessagingMetrics;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}): EventConsumer<OrderTx> {
  const { saga } = deps;
  return new EventConsumer<OrderTx>({
    transport: deps.transport,
    db: deps.unitOfWork.transactionRunner,
    groupId: CHECKOUT_SAGA_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log: deps.log,
  })
    .on('inventory.stock-reserved.v1', async ({ data }, tx) => {
      if (!UUID.test(data.reservationKey)) return;
      await saga.apply(tx, data.reservationKey, {
        type: 'stock_reserved',
        reservationId: data.reservationId,
      });
    })
    .on('inventory.reservation-failed.v1', async ({ data }, tx) => {
      if (!UUID.test(data.reservationKey)) return;
      await saga.apply(
        tx,
        data.reservationKey,
        { type: 'stock_reservation_failed', reason: 'insufficient stock' },
        { shortages: data.shortages },
      );
    })
    .on('payment.authorized.v1', async ({ data }, tx) => {
      await saga.apply(tx, data.orderId, { type: 'payment_authorized', paymentId: data.paymentId });
    })
    .on('payment.failed.v1', async ({ data }, tx) => {
      await saga.apply(tx, data.orderId, {
        type: 'payment_failed',
        paymentId: data.paymentId,
        reason: data.reason,
      });
    });
}
