import { DomainException, ErrorCode } from '@getit/errors';
import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { systemContext } from '@getit/service-kit';
import { OrderSagaService } from '../application/order-saga.service';
import { InventoryPrismaClient, InventoryTx } from '../infrastructure/inventory-prisma';

export const CHECKOUT_SAGA_GROUP = 'inventory.checkout-saga';

type Log = (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;

/**
 * Inventory's part of the checkout saga, on `order.orders`: reserve on `order.placed.v1`, commit on
 * `order.confirmed.v1`, release or restock on `order.cancelled.v1`, release a late reservation on
 * `order.stock-release-requested.v1`, restock a vendor's part on a package cancelled after confirmation. Answers
 * written in the consumer's transaction wake the relay when it commits.
 */
export function orderEventsConsumer(deps: {
  transport: EventTransport;
  prisma: InventoryPrismaClient;
  tables: MessagingTables;
  saga: OrderSagaService;
  metrics: MessagingMetrics;
  nudgeRelay: () => void;
  log: Log;
}): EventConsumer<InventoryTx> {
  const { saga, log } = deps;
  return new EventConsumer<InventoryTx>({
    transport: deps.transport,
    db: deps.prisma,
    onCommitted: deps.nudgeRelay,
    groupId: CHECKOUT_SAGA_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log,
  })
    .on('order.placed.v1', async ({ data, correlationId }, tx) => {
      const result = await saga.reserveOrder(systemContext(correlationId), tx, data);
      if (result.outcome !== 'reserved')
        log('info', 'order not reserved', { orderId: data.orderId, ...result });
    })
    .on('order.confirmed.v1', async ({ data, correlationId }, tx) => {
      await settled(log, 'reservation not committed for a confirmed order', data, () =>
        saga.commitOrder(systemContext(correlationId), tx, data),
      );
    })
    .on('order.cancelled.v1', async ({ data, correlationId }, tx) => {
      const result = await saga.cancelOrder(systemContext(correlationId), tx, data);
      if (result.outcome === 'restocked')
        log('info', 'cancelled order restocked', { orderId: data.orderId, ...result.result });
    })
    .on('order.stock-release-requested.v1', async ({ data, correlationId }, tx) => {
      await settled(log, 'late reservation not released', data, () =>
        saga.releaseRequested(systemContext(correlationId), tx, data),
      );
    })
    .on('order.package-status-changed.v1', async ({ data, correlationId }, tx) => {
      if (data.to !== 'cancelled') return;
      const result = await saga.packageCancelled(systemContext(correlationId), tx, data);
      // Before confirmation the units are still only held: the order's release or commit decides for them.
      if (result.status === 'active')
        log('warn', 'package cancelled before its order was confirmed; units stay reserved', {
          orderId: data.orderId,
          packageId: data.packageId,
        });
    });
}

/**
 * Runs a step the reservation's state may refuse for good (expired, released, unknown): retrying would not change
 * the answer, so it is logged for operators instead of blocking the partition and landing on the dead-letter
 * topic. Any other error is thrown and retried.
 */
async function settled(
  log: Log,
  message: string,
  data: { orderId: string; reservationId: string },
  step: () => Promise<unknown>,
): Promise<void> {
  try {
    await step();
  } catch (error) {
    const final =
      error instanceof DomainException &&
      (error.code === ErrorCode.CONFLICT || error.code === ErrorCode.NOT_FOUND);
    if (!final) throw error;
    log('error', message, { orderId: data.orderId, reservationId: data.reservationId, reason: error.detail });
  }
}
