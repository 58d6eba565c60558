import { ReservationStatus } from '@getit/contracts';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { withDeltas } from '../domain/warehouse-stock';
import { InventoryTx } from '../infrastructure/inventory-prisma';
import { MovementsRepository } from '../infrastructure/movements.repository';
import { ReservationsRepository } from '../infrastructure/reservations.repository';
import {
  ReservationRestocksRepository,
  RestockReason,
} from '../infrastructure/reservation-restocks.repository';
import { StockRepository } from '../infrastructure/stock.repository';
import { StockEventsRecorder } from './stock-events.recorder';

export interface RestockResult {
  /** The reservation's status when asked; only a committed reservation has units to put back. */
  status: ReservationStatus | 'none';
  /** The vendors whose units went back on hand now (empty when they had been restocked before). */
  vendorIds: string[];
  units: number;
}

/**
 * A confirmed order cancelled before handover, whole or one vendor's package: the committed units go back on
 * hand, in the caller's unit of work (the saga handler's), audited per warehouse with the cancellation as reason.
 * Each vendor part of a reservation is restocked at most once, whichever cancellation comes first.
 */
export class ReservationRestockService {
  constructor(
    private readonly reservations: ReservationsRepository,
    private readonly restocks: ReservationRestocksRepository,
    private readonly stock: StockRepository,
    private readonly movements: MovementsRepository,
    private readonly events: StockEventsRecorder,
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
  ) {}

  /** Puts back the units of `vendorId` (every vendor when not given) of the reservation made under the key. */
  restock(
    ctx: RequestContext,
    request: { reservationKey: string; vendorId?: string; reason: RestockReason },
  ): Promise<RestockResult> {
    return this.unitOfWork.run(ctx, (work) => this.restockIn(work, ctx, request));
  }

  private async restockIn(
    work: WorkScope<InventoryTx>,
    ctx: RequestContext,
    request: { reservationKey: string; vendorId?: string; reason: RestockReason },
  ): Promise<RestockResult> {
    const { tx } = work;
    // The row lock orders this against a commit or release of the same reservation happening elsewhere.
    const reservation = await this.reservations.lockByKey(tx, request.reservationKey);
    if (!reservation) return { status: 'none', vendorIds: [], units: 0 };
    if (reservation.status !== 'committed') return { status: reservation.status, vendorIds: [], units: 0 };

    const all = await this.reservations.allocationsOf(tx, [reservation.id]);
    const wanted = all.filter((a) => !request.vendorId || a.vendorId === request.vendorId);
    const vendorIds = await this.restocks.claim(tx, {
      reservationId: reservation.id,
      vendorIds: [...new Set(wanted.map((a) => a.vendorId))],
      reason: request.reason,
      correlationId: ctx.correlationId,
    });
    const allocations = wanted.filter((a) => vendorIds.includes(a.vendorId));
    if (allocations.length === 0) return { status: 'committed', vendorIds: [], units: 0 };

    const variantIds = [...new Set(allocations.map((a) => a.variantId))].sort();
    const items = await this.stock.lockItems(tx, variantIds);
    const levels = await this.stock.lockLevels(tx, variantIds);
    const deltas = allocations.map((a) => ({ ...a, onHand: a.quantity, reserved: 0 }));
    await this.stock.applyDeltas(tx, deltas);
    const after = withDeltas(levels, deltas);
    await this.movements.insertMany(
      tx,
      allocations.map((a) => {
        const level = after.find((l) => l.variantId === a.variantId && l.warehouseId === a.warehouseId)!;
        return {
          vendorId: a.vendorId,
          warehouseId: a.warehouseId,
          variantId: a.variantId,
          delta: a.quantity,
          reason: request.reason,
          onHandAfter: level.onHand,
          reservedAfter: level.reserved,
          actorId: ctx.actor?.id ?? 'system',
          reservationId: reservation.id,
          correlationId: ctx.correlationId,
        };
      }),
    );
    await this.events.record(work, ctx, items, levels, after);
    return { status: 'committed', vendorIds, units: allocations.reduce((sum, a) => sum + a.quantity, 0) };
  }
}
