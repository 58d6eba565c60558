import { randomUUID } from 'node:crypto';
import { createEnvelope, ReservationView, ReserveStockRequest } from '@getit/contracts';
import { ConflictException, NotFoundException } from '@getit/errors';
import { RecordEvent, TransactionalOutbox } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { AllocationStrategy, Shortage } from '../domain/allocation.strategy';
import { InsufficientStockException } from '../domain/insufficient-stock.exception';
import { decideTransition } from '../domain/reservation-lifecycle';
import { withDeltas } from '../domain/warehouse-stock';
import { AllocationRow, InventoryTx } from '../infrastructure/inventory-prisma';
import { MovementsRepository } from '../infrastructure/movements.repository';
import { LockedReservation, ReservationsRepository } from '../infrastructure/reservations.repository';
import { StockRepository } from '../infrastructure/stock.repository';
import { toReservationEvent, toReservationLines, toReservationView } from './inventory.mapper';
import { StockEventsRecorder } from './stock-events.recorder';

export interface ReservationsSettings {
  defaultTtlMs: number;
}

/**
 * Holds stock for checkouts. Concurrency: every transaction that changes a variant's stock first locks the
 * variant's item row (SELECT … FOR UPDATE, in variant-id order), then its levels, so buyers racing for the last
 * units queue on that lock and each sees what the one before left; check constraints on stock_levels
 * (0 ≤ reserved ≤ on_hand) back this up. Reservations for different variants never wait for each other.
 */
export class ReservationsService {
  constructor(
    private readonly reservations: ReservationsRepository,
    private readonly stock: StockRepository,
    private readonly movements: MovementsRepository,
    private readonly events: StockEventsRecorder,
    private readonly strategy: AllocationStrategy,
    private readonly outbox: TransactionalOutbox<InventoryTx>,
    private readonly settings: ReservationsSettings,
  ) {}

  /**
   * All lines or none. The same reservationKey again returns the first reservation (`created: false`), whatever
   * the stock is now. The happy path is one availability read and one transaction; the answer is built from what
   * the transaction wrote, not read back.
   */
  async reserve(
    ctx: RequestContext,
    input: ReserveStockRequest,
  ): Promise<{ created: boolean; reservation: ReservationView }> {
    const lineIndex = (variantId: string) => input.lines.findIndex((l) => l.variantId === variantId);
    const shortages = await this.shortagesWithoutLocking(input);
    if (shortages.length > 0) {
      const earlier = await this.reservations.findByKey(input.reservationKey);
      if (earlier) return { created: false, reservation: this.replay(earlier, input) };
      throw new InsufficientStockException(shortages, lineIndex);
    }

    const id = randomUUID();
    const created = await this.outbox.run(async (tx, record): Promise<ReservationView | undefined> => {
      const claimed = await this.reservations.claim(tx, {
        id,
        reservationKey: input.reservationKey,
        ttlMs: input.ttlSeconds === undefined ? this.settings.defaultTtlMs : input.ttlSeconds * 1_000,
        correlationId: ctx.correlationId,
      });
      if (!claimed) return undefined; // the key was used before, or by a concurrent request that committed first
      const variantIds = input.lines.map((l) => l.variantId).sort();
      const items = await this.stock.lockItems(tx, variantIds);
      const levels = await this.stock.lockLevels(tx, variantIds);
      const result = this.strategy.allocate(input.lines, levels);
      if (!result.ok) throw new InsufficientStockException(result.shortages, lineIndex);

      const vendorOf = new Map(items.map((item) => [item.variantId, item.vendorId]));
      const allocations: AllocationRow[] = result.allocations.map((a) => ({
        reservationId: id,
        variantId: a.variantId,
        warehouseId: a.warehouseId,
        vendorId: vendorOf.get(a.variantId)!,
        quantity: a.quantity,
      }));
      const deltas = result.allocations.map((a) => ({ ...a, onHand: 0, reserved: a.quantity }));
      await this.stock.applyDeltas(tx, deltas);
      await this.reservations.insertAllocations(tx, allocations);
      await this.events.record(tx, record, ctx, items, levels, withDeltas(levels, deltas));
      const reservation = { id, reservationKey: input.reservationKey };
      record(
        createEnvelope(
          'inventory.stock-reserved.v1',
          { ...toReservationEvent(reservation, allocations), expiresAt: claimed.expiresAt.toISOString() },
          { producer: 'inventory', correlationId: ctx.correlationId, key: id },
        ),
      );
      return {
        ...reservation,
        status: 'active',
        lines: toReservationLines(allocations),
        expiresAt: claimed.expiresAt.toISOString(),
        createdAt: claimed.createdAt.toISOString(),
      };
    });
    if (created) return { created: true, reservation: created };
    const earlier = await this.reservations.findByKey(input.reservationKey);
    if (!earlier) throw new Error(`reservation ${input.reservationKey} vanished after its transaction`);
    return { created: false, reservation: this.replay(earlier, input) };
  }

  async get(_ctx: RequestContext, id: string): Promise<ReservationView> {
    const reservation = await this.reservations.findById(id);
    if (!reservation) throw notFound(id);
    return toReservationView(reservation);
  }

  /** Order confirmed: the held units leave on-hand stock (audited per warehouse). Repeating it changes nothing. */
  async commit(ctx: RequestContext, id: string): Promise<ReservationView> {
    const committed = await this.outbox.run(async (tx, record): Promise<ReservationView | undefined> => {
      const reservation = await this.lockForTransition(tx, id, 'commit');
      if (!reservation) return undefined;
      const allocations = await this.reservations.allocationsOf(tx, [id]);
      const variantIds = [...new Set(allocations.map((a) => a.variantId))];
      await this.stock.lockItems(tx, variantIds);
      const levels = await this.stock.lockLevels(tx, variantIds);
      const deltas = allocations.map((a) => ({ ...a, onHand: -a.quantity, reserved: -a.quantity }));
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
            delta: -a.quantity,
            reason: 'reservation_committed' as const,
            onHandAfter: level.onHand,
            reservedAfter: level.reserved,
            actorId: ctx.actor?.id ?? 'system',
            reservationId: id,
            correlationId: ctx.correlationId,
          };
        }),
      );
      const at = await this.reservations.setStatus(tx, [id], 'committed');
      // Committing takes the same units from on hand and reserved: available-to-sell does not change.
      record(
        createEnvelope('inventory.reservation-committed.v1', toReservationEvent(reservation, allocations), {
          producer: 'inventory',
          correlationId: ctx.correlationId,
          key: id,
        }),
      );
      return { ...lockedView(reservation, allocations), status: 'committed', committedAt: at.toISOString() };
    });
    return committed ?? this.get(ctx, id);
  }

  /** Checkout cancelled: the held units become available again. Repeating it changes nothing. */
  async release(ctx: RequestContext, id: string): Promise<ReservationView> {
    const released = await this.outbox.run(async (tx, record): Promise<ReservationView | undefined> => {
      const reservation = await this.lockForTransition(tx, id, 'release');
      if (!reservation) return undefined;
      const { allocations, at } = await this.returnToStock(tx, record, ctx, [reservation], 'cancelled');
      return { ...lockedView(reservation, allocations), status: 'released', releasedAt: at.toISOString() };
    });
    return released ?? this.get(ctx, id);
  }

  /**
   * Releases up to `limit` reservations whose time is up, in one transaction; returns how many. Safe with many
   * replicas sweeping at once (SKIP LOCKED gives each its own batch).
   */
  async expireDue(ctx: RequestContext, limit: number): Promise<number> {
    return this.outbox.run(async (tx, record) => {
      const due = await this.reservations.lockExpired(tx, limit);
      if (due.length > 0) await this.returnToStock(tx, record, ctx, due, 'expired');
      return due.length;
    });
  }

  private async returnToStock(
    tx: InventoryTx,
    record: RecordEvent,
    ctx: RequestContext,
    reservations: LockedReservation[],
    reason: 'cancelled' | 'expired',
  ): Promise<{ allocations: AllocationRow[]; at: Date }> {
    const ids = reservations.map((r) => r.id);
    const allocations = await this.reservations.allocationsOf(tx, ids);
    const variantIds = [...new Set(allocations.map((a) => a.variantId))].sort();
    const items = await this.stock.lockItems(tx, variantIds);
    const levels = await this.stock.lockLevels(tx, variantIds);
    const deltas = allocations.map((a) => ({ ...a, onHand: 0, reserved: -a.quantity }));
    await this.stock.applyDeltas(tx, deltas);
    const at = await this.reservations.setStatus(tx, ids, reason === 'expired' ? 'expired' : 'released');
    await this.events.record(tx, record, ctx, items, levels, withDeltas(levels, deltas));
    for (const reservation of reservations) {
      const own = allocations.filter((a) => a.reservationId === reservation.id);
      record(
        createEnvelope(
          'inventory.reservation-released.v1',
          { ...toReservationEvent(reservation, own), reason },
          { producer: 'inventory', correlationId: ctx.correlationId, key: reservation.id },
        ),
      );
    }
    return { allocations, at };
  }

  /** The locked reservation when the transition applies; undefined when it already happened; throws otherwise. */
  private async lockForTransition(
    tx: InventoryTx,
    id: string,
    action: 'commit' | 'release',
  ): Promise<LockedReservation | undefined> {
    const reservation = await this.reservations.lock(tx, id);
    if (!reservation) throw notFound(id);
    const decision = decideTransition(reservation.status, action, reservation.expiresAt, reservation.now);
    if (decision.outcome === 'unchanged') return undefined;
    if (decision.outcome === 'refuse') {
      throw new ConflictException(`Cannot ${action} reservation ${id}: ${decision.reason}.`, {
        extensions: { field: 'reservationId', status: reservation.status },
      });
    }
    return reservation;
  }

  /**
   * Without taking any lock: the lines that are already short. In a flash sale most requests for a sold-out
   * variant end here instead of queueing on its row lock; the locked check still decides the rest.
   */
  private async shortagesWithoutLocking(input: ReserveStockRequest): Promise<Shortage[]> {
    const available = await this.stock.availability(input.lines.map((l) => l.variantId));
    return input.lines
      .map((l) => ({
        variantId: l.variantId,
        requested: l.quantity,
        available: Math.max(0, available.get(l.variantId) ?? 0),
      }))
      .filter((s) => s.available < s.requested);
  }

  /** A retried request gets the reservation it made; the same key for different lines is a client bug. */
  private replay(
    reservation: Parameters<typeof toReservationView>[0],
    input: ReserveStockRequest,
  ): ReservationView {
    const asked = [...input.lines].sort((a, b) => (a.variantId < b.variantId ? -1 : 1));
    const held = toReservationLines(reservation.allocations);
    const same =
      asked.length === held.length &&
      asked.every((line, i) => line.variantId === held[i]!.variantId && line.quantity === held[i]!.quantity);
    if (!same) {
      throw new ConflictException(
        `Reservation key "${input.reservationKey}" was already used for different lines.`,
        { extensions: { field: 'reservationKey', reservationId: reservation.id } },
      );
    }
    return toReservationView(reservation);
  }
}

function notFound(id: string): NotFoundException {
  return new NotFoundException(`No reservation ${id}.`, { extensions: { field: 'reservationId' } });
}

/** The view of a reservation just moved on, from its locked row and allocations. */
function lockedView(reservation: LockedReservation, allocations: readonly AllocationRow[]): ReservationView {
  return {
    id: reservation.id,
    reservationKey: reservation.reservationKey,
    status: reservation.status,
    lines: toReservationLines(allocations),
    expiresAt: reservation.expiresAt.toISOString(),
    createdAt: reservation.createdAt.toISOString(),
  };
}
