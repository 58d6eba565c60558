import { createEnvelope, EventEnvelope, EventPayload, ReservationView } from '@getit/contracts';
import { ConflictException, DomainException, ErrorCode } from '@getit/errors';
import { UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { Shortage } from '../domain/allocation.strategy';
import { InsufficientStockException } from '../domain/insufficient-stock.exception';
import { InventoryTx } from '../infrastructure/inventory-prisma';
import { ReservationRefusalsRepository } from '../infrastructure/reservation-refusals.repository';
import { ReservationsRepository } from '../infrastructure/reservations.repository';
import { ReservationRestockService, RestockResult } from './reservation-restock.service';
import { ReservationsService, stockReservedEvent } from './reservations.service';

export type ReserveOrderOutcome =
  | { outcome: 'reserved'; reservationId: string; created: boolean }
  | { outcome: 'refused'; shortages: Shortage[]; again: boolean }
  | { outcome: 'skipped'; reason: string };

export type CancelOrderOutcome =
  | { outcome: 'released'; reservationId: string }
  | { outcome: 'restocked'; result: RestockResult }
  | { outcome: 'nothing'; reason: string };

export type SagaLog = (
  level: 'info' | 'warn' | 'error',
  message: string,
  extra?: Record<string, unknown>,
) => void;

/**
 * Inventory's steps of the checkout saga the order service orchestrates, driven by the order events handlers.
 * The order id is the reservation key, so every step finds the order's reservation without remembering anything
 * else. Each step is a unit of work that joins the handler's (with its inbox row): every write and event commits
 * with it, and no step needs a second database connection (the embedded mode has one). Reserving, committing and
 * releasing are also idempotent by key or id, so a redelivered event repeats nothing.
 */
export class OrderSagaService {
  constructor(
    private readonly reservations: ReservationsService,
    private readonly reservationRows: ReservationsRepository,
    private readonly refusals: ReservationRefusalsRepository,
    private readonly restocks: ReservationRestockService,
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
    private readonly log: SagaLog = () => undefined,
  ) {}

  /**
   * Reserves every line of every package, all or nothing, and answers the step: `inventory.stock-reserved.v1`
   * or `inventory.reservation-failed.v1` (the shortage recorded). Asked again for the same order, the first
   * answer is given again: never "failed" after "reserved" or back.
   */
  async reserveOrder(
    ctx: RequestContext,
    order: EventPayload<'order.placed.v1'>,
  ): Promise<ReserveOrderOutcome> {
    const outcome = await this.unitOfWork.run(ctx, async ({ tx, record }): Promise<ReserveOrderOutcome> => {
      const key = order.orderId;
      try {
        // joins this transaction and writes nothing unless it reserves; an earlier refusal is read with the stock
        const held = await this.reservations.hold(ctx, { reservationKey: key, lines: linesOf(order) });
        if ('refusedBefore' in held) {
          record(this.failed(ctx, key, held.refusedBefore));
          return { outcome: 'refused', shortages: held.refusedBefore, again: true };
        }
        const { created, reservation } = held;
        if (!created && reservation.status !== 'active')
          return { outcome: 'skipped', reason: `the order's reservation is already ${reservation.status}` };
        record(stockReservedEvent(ctx, reservation));
        return { outcome: 'reserved', reservationId: reservation.id, created };
      } catch (error) {
        if (!(error instanceof InsufficientStockException)) throw error;
        const shortages = error.shortages.map((s) => ({ ...s }));
        await this.refusals.record(tx, { reservationKey: key, shortages, correlationId: ctx.correlationId });
        record(this.failed(ctx, key, shortages));
        return { outcome: 'refused', shortages, again: false };
      }
    });
    if (outcome.outcome !== 'reserved')
      this.log('info', 'order not reserved', { orderId: order.orderId, ...outcome });
    return outcome;
  }

  /** The order is confirmed: the held units leave on-hand stock (repeating it changes nothing). */
  commitOrder(
    ctx: RequestContext,
    order: EventPayload<'order.confirmed.v1'>,
  ): Promise<ReservationView | undefined> {
    return this.settled('reservation not committed for a confirmed order', order, () =>
      this.reservations.commit(ctx, order.reservationId),
    );
  }

  /** A reservation that succeeded after the saga gave up: release it. */
  releaseRequested(
    ctx: RequestContext,
    request: EventPayload<'order.stock-release-requested.v1'>,
  ): Promise<ReservationView | undefined> {
    return this.settled('late reservation not released', request, () =>
      this.reservations.release(ctx, request.reservationId),
    );
  }

  /**
   * The order is cancelled: an active reservation is released; a committed one (a confirmed order cancelled before
   * handover) has its units put back on hand, for every vendor part not restocked before.
   */
  async cancelOrder(
    ctx: RequestContext,
    order: EventPayload<'order.cancelled.v1'>,
  ): Promise<CancelOrderOutcome> {
    const outcome = await this.unitOfWork.run(ctx, async ({ tx }): Promise<CancelOrderOutcome> => {
      const reservation = await this.reservationRows.findByKey(order.orderId, tx);
      if (!reservation) return { outcome: 'nothing', reason: 'the order has no reservation' };
      if (reservation.status === 'active') {
        try {
          await this.reservations.release(ctx, reservation.id);
          return { outcome: 'released', reservationId: reservation.id };
        } catch (error) {
          // Committed meanwhile: restock instead (the refusal is decided before anything is written).
          if (!(error instanceof ConflictException)) throw error;
        }
      }
      const result = await this.restocks.restock(ctx, {
        reservationKey: order.orderId,
        reason: 'order_cancelled',
      });
      if (result.status !== 'committed')
        return { outcome: 'nothing', reason: `the order's reservation was ${result.status}` };
      return { outcome: 'restocked', result };
    });
    if (outcome.outcome === 'restocked')
      this.log('info', 'cancelled order restocked', { orderId: order.orderId, ...outcome.result });
    return outcome;
  }

  /** One vendor's package of a confirmed order is cancelled: that vendor's units go back on hand, once. */
  async packageCancelled(
    ctx: RequestContext,
    change: EventPayload<'order.package-status-changed.v1'>,
  ): Promise<RestockResult | undefined> {
    if (change.to !== 'cancelled') return undefined;
    const result = await this.restocks.restock(ctx, {
      reservationKey: change.orderId,
      vendorId: change.vendorId,
      reason: 'package_cancelled',
    });
    // Before confirmation the units are still only held: the order's release or commit decides for them.
    if (result.status === 'active')
      this.log('warn', 'package cancelled before its order was confirmed; units stay reserved', {
        orderId: change.orderId,
        packageId: change.packageId,
      });
    return result;
  }

  /**
   * Runs a step the reservation's state may refuse for good (expired, released, unknown): retrying would not
   * change the answer, so it is logged for operators instead of blocking the partition and landing on the
   * dead-letter topic. Any other error is thrown and retried. The refusals are decided before anything is
   * written, so the handler's transaction still commits (with its inbox row).
   */
  private async settled<R>(
    message: string,
    data: { orderId: string; reservationId: string },
    step: () => Promise<R>,
  ): Promise<R | undefined> {
    try {
      return await step();
    } catch (error) {
      const final =
        error instanceof DomainException &&
        (error.code === ErrorCode.CONFLICT || error.code === ErrorCode.NOT_FOUND);
      if (!final) throw error;
      this.log('error', message, {
        orderId: data.orderId,
        reservationId: data.reservationId,
        reason: error.detail,
      });
      return undefined;
    }
  }

  private failed(ctx: RequestContext, reservationKey: string, shortages: readonly Shortage[]): EventEnvelope {
    return createEnvelope(
      'inventory.reservation-failed.v1',
      { reservationKey, shortages: shortages.map((s) => ({ ...s })) },
      { producer: 'inventory', correlationId: ctx.correlationId, key: reservationKey },
    );
  }
}

/** The order's lines as reservation lines: one per variant (a variant may appear in several lines), sorted. */
function linesOf(order: EventPayload<'order.placed.v1'>): { variantId: string; quantity: number }[] {
  const quantities = new Map<string, number>();
  for (const pkg of order.packages)
    for (const line of pkg.lines)
      quantities.set(line.variantId, (quantities.get(line.variantId) ?? 0) + line.quantity);
  return [...quantities]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([variantId, quantity]) => ({ variantId, quantity }));
}
