import { EventPayload } from '@getit/contracts';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { planReturnRestock, ReturnedUnits } from '../domain/return-restock.rule';
import { withDeltas } from '../domain/warehouse-stock';
import { InventoryTx } from '../infrastructure/inventory-prisma';
import { MovementsRepository } from '../infrastructure/movements.repository';
import { ReservationsRepository } from '../infrastructure/reservations.repository';
import { ReturnRestocksRepository } from '../infrastructure/return-restocks.repository';
import { StockRepository } from '../infrastructure/stock.repository';
import { SagaLog } from './order-saga.service';
import { StockEventsRecorder } from './stock-events.recorder';

type ReturnReceived = EventPayload<'shipping.return-received.v1'>;

export type ReturnRestockOutcome =
  | { outcome: 'restocked'; units: number; unmatched: ReturnedUnits[] }
  | { outcome: 'unchanged' | 'ignored'; reason: string };

/**
 * A returned or partially delivered parcel is back with its vendor (`shipping.return-received.v1`, sent when the
 * vendor confirmed receipt): the units that came back go on hand again in the warehouses the order took them from,
 * in the consumer's unit of work, audited as `package_returned`. One `return_restocks` row per package makes it
 * happen once, however often the event comes.
 */
export class ReturnRestockService {
  constructor(
    private readonly reservations: ReservationsRepository,
    private readonly restocks: ReturnRestocksRepository,
    private readonly stock: StockRepository,
    private readonly movements: MovementsRepository,
    private readonly events: StockEventsRecorder,
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
    private readonly log: SagaLog = () => undefined,
  ) {}

  async returnReceived(ctx: RequestContext, receipt: ReturnReceived): Promise<ReturnRestockOutcome> {
    const outcome = await this.restock(ctx, receipt);
    if (outcome.outcome === 'ignored' || (outcome.outcome === 'restocked' && outcome.unmatched.length > 0))
      this.log('warn', 'returned units not all restocked', { packageId: receipt.packageId, ...outcome });
    return outcome;
  }

  private restock(ctx: RequestContext, receipt: ReturnReceived): Promise<ReturnRestockOutcome> {
    return this.unitOfWork.run(ctx, async (work): Promise<ReturnRestockOutcome> => {
      const { tx } = work;
      // the reservation's row lock orders this against a cancellation's restock of the same order
      const reservation = await this.reservations.lockByKey(tx, receipt.orderId);
      if (!reservation) return { outcome: 'ignored', reason: `order ${receipt.orderId} has no reservation` };
      if (reservation.status !== 'committed')
        return { outcome: 'ignored', reason: `the order's reservation is ${reservation.status}` };
      const allocations = (await this.reservations.allocationsOf(tx, [reservation.id])).filter(
        (a) => a.vendorId === receipt.vendorId,
      );
      const plan = planReturnRestock(allocations, receipt.items);
      const units = plan.restock.reduce((sum, a) => sum + a.quantity, 0);
      const claimed = await this.restocks.claim(tx, {
        packageId: receipt.packageId,
        receiptId: receipt.receiptId,
        reservationId: reservation.id,
        vendorId: receipt.vendorId,
        units,
        correlationId: ctx.correlationId,
      });
      if (!claimed)
        return { outcome: 'unchanged', reason: `package ${receipt.packageId} was restocked before` };
      if (plan.restock.length === 0) return { outcome: 'restocked', units: 0, unmatched: plan.unmatched };

      const variantIds = [...new Set(plan.restock.map((a) => a.variantId))].sort();
      const items = await this.stock.lockItems(tx, variantIds);
      const levels = await this.stock.lockLevels(tx, variantIds);
      const deltas = plan.restock.map((a) => ({ ...a, onHand: a.quantity, reserved: 0 }));
      await this.stock.applyDeltas(tx, deltas);
      const after = withDeltas(levels, deltas);
      await this.movements.insertMany(
        tx,
        plan.restock.map((a) => {
          const level = after.find((l) => l.variantId === a.variantId && l.warehouseId === a.warehouseId)!;
          return {
            vendorId: a.vendorId,
            warehouseId: a.warehouseId,
            variantId: a.variantId,
            delta: a.quantity,
            reason: 'package_returned' as const,
            note: `package ${receipt.packageId} returned (${receipt.shipmentStatus})`,
            onHandAfter: level.onHand,
            reservedAfter: level.reserved,
            actorId: receipt.receivedBy,
            reservationId: reservation.id,
            correlationId: ctx.correlationId,
          };
        }),
      );
      await this.events.record(work, ctx, items, levels, after);
      return { outcome: 'restocked', units, unmatched: plan.unmatched };
    });
  }
}
