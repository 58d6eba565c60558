import { createEnvelope, EventEnvelope, EventPayload, ReservationView } from '@getit/contracts';
import { ConflictException } from '@getit/errors';
import { MessagingTables, RecordEvent, writeToOutbox } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { Shortage } from '../domain/allocation.strategy';
import { InsufficientStockException } from '../domain/insufficient-stock.exception';
import { InventoryTx } from '../infrastructure/inventory-prisma';
import { ReservationRefusalsRepository } from '../infrastructure/reservation-refusals.repository';
import { ReservationsRepository } from '../infrastructure/reservations.repository';
import { ReservationRestockService, RestockResult } from './reservation-restock.service';
import { OpenTransaction, ReservationsService } from './reservations.service';

export type ReserveOrderOutcome =
  | { outcome: 'reserved'; reservationId: string; created: boolean }
  | { outcome: 'refused'; shortages: Shortage[]; again: boolean }
  | { outcome: 'skipped'; reason: string };

export type CancelOrderOutcome =
  | { outcome: 'released'; reservationId: string }
  | { outcome: 'restocked'; result: RestockResult }
  | { outcome: 'nothing'; reason: string };

/**
 * Inventory's steps of the checkout saga the order service orchestrates. The order id is the reservation key, so
 * every step finds the order's reservation without remembering anything else. Each method runs while the saga
 * consumer's inbox transaction is open and runs in that transaction: every write and event commits with the
 * inbox row, and no step needs a second database connection (the embedded mode has one). Reserving, committing
 * and releasing are also idempotent by key or id, so a redelivered event repeats nothing.
 */
export class OrderSagaService {
  constructor(
    private readonly reservations: ReservationsService,
    private readonly reservationRows: ReservationsRepository,
    private readonly refusals: ReservationRefusalsRepository,
    private readonly restocks: ReservationRestockService,
    private readonly tables: MessagingTables,
  ) {}

  /**
   * Reserves every line of every package, all or nothing. Success is announced by `reserve` itself
   * (`inventory.stock-reserved.v1`); a shortage is recorded and announced here (`inventory.reservation-failed.v1`).
   * Asked again for the same order, the first answer is given again: never "failed" after "reserved" or back.
   */
  async reserveOrder(
    ctx: RequestContext,
    tx: InventoryTx,
    order: EventPayload<'order.placed.v1'>,
  ): Promise<ReserveOrderOutcome> {
    const key = order.orderId;
    const refused = await this.refusals.find(tx, key);
    if (refused) {
      await this.write(tx, [this.failed(ctx, key, refused)]);
      return { outcome: 'refused', shortages: refused, again: true };
    }
    try {
      const { created, reservation } = await this.inside(tx, (open) =>
        this.reservations.reserve(ctx, { reservationKey: key, lines: linesOf(order) }, open),
      );
      if (!created) {
        if (reservation.status !== 'active')
          return { outcome: 'skipped', reason: `the order's reservation is already ${reservation.status}` };
        await this.write(tx, [this.reservedAgain(ctx, reservation)]);
      }
      return { outcome: 'reserved', reservationId: reservation.id, created };
    } catch (error) {
      if (!(error instanceof InsufficientStockException)) throw error;
      const shortages = error.shortages.map((s) => ({ ...s }));
      await this.refusals.record(tx, { reservationKey: key, shortages, correlationId: ctx.correlationId });
      await this.write(tx, [this.failed(ctx, key, shortages)]);
      return { outcome: 'refused', shortages, again: false };
    }
  }

  /** The order is confirmed: the held units leave on-hand stock (repeating it changes nothing). */
  async commitOrder(
    ctx: RequestContext,
    tx: InventoryTx,
    order: EventPayload<'order.confirmed.v1'>,
  ): Promise<ReservationView> {
    return this.inside(tx, (open) => this.reservations.commit(ctx, order.reservationId, open));
  }

  /** A reservation that succeeded after the saga gave up: release it. */
  async releaseRequested(
    ctx: RequestContext,
    tx: InventoryTx,
    request: EventPayload<'order.stock-release-requested.v1'>,
  ): Promise<ReservationView> {
    return this.inside(tx, (open) => this.reservations.release(ctx, request.reservationId, open));
  }

  /**
   * The order is cancelled: an active reservation is released; a committed one (a confirmed order cancelled before
   * handover) has its units put back on hand, for every vendor part not restocked before.
   */
  async cancelOrder(
    ctx: RequestContext,
    tx: InventoryTx,
    order: EventPayload<'order.cancelled.v1'>,
  ): Promise<CancelOrderOutcome> {
    const reservation = await this.reservationRows.findByKey(order.orderId, tx);
    if (!reservation) return { outcome: 'nothing', reason: 'the order has no reservation' };
    if (reservation.status === 'active') {
      try {
        await this.inside(tx, (open) => this.reservations.release(ctx, reservation.id, open));
        return { outcome: 'released', reservationId: reservation.id };
      } catch (error) {
        // Committed meanwhile: restock instead.
        if (!(error instanceof ConflictException)) throw error;
      }
    }
    const result = await this.restocks.restock(ctx, tx, {
      reservationKey: order.orderId,
      reason: 'order_cancelled',
    });
    if (result.status !== 'committed')
      return { outcome: 'nothing', reason: `the order's reservation was ${result.status}` };
    return { outcome: 'restocked', result };
  }

  /** One vendor's package of a confirmed order is cancelled: that vendor's units go back on hand, once. */
  async packageCancelled(
    ctx: RequestContext,
    tx: InventoryTx,
    change: EventPayload<'order.package-status-changed.v1'>,
  ): Promise<RestockResult> {
    return this.restocks.restock(ctx, tx, {
      reservationKey: change.orderId,
      vendorId: change.vendorId,
      reason: 'package_cancelled',
    });
  }

  private failed(ctx: RequestContext, reservationKey: string, shortages: readonly Shortage[]): EventEnvelope {
    return createEnvelope(
      'inventory.reservation-failed.v1',
      { reservationKey, shortages: shortages.map((s) => ({ ...s })) },
      { producer: 'inventory', correlationId: ctx.correlationId, key: reservationKey },
    );
  }

  /** The same `inventory.stock-reserved.v1` again, for an order that asked again while its stock is held. */
  private reservedAgain(ctx: RequestContext, reservation: ReservationView): EventEnvelope {
    return createEnvelope(
      'inventory.stock-reserved.v1',
      {
        reservationId: reservation.id,
        reservationKey: reservation.reservationKey,
        lines: reservation.lines,
        expiresAt: reservation.expiresAt,
      },
      { producer: 'inventory', correlationId: ctx.correlationId, key: reservation.id },
    );
  }

  /** Runs a reservation step in the consumer's transaction; the events it records go to the outbox there. */
  private async inside<R>(tx: InventoryTx, step: (open: OpenTransaction) => Promise<R>): Promise<R> {
    const events: EventEnvelope[] = [];
    const record: RecordEvent = (envelope) => events.push(envelope);
    const result = await step({ tx, record });
    await this.write(tx, events);
    return result;
  }

  private write(tx: InventoryTx, envelopes: EventEnvelope[]): Promise<void> {
    return writeToOutbox(tx, envelopes, this.tables);
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
