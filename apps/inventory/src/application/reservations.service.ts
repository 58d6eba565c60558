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
 * A transaction the caller already holds (the checkout-saga consumer's inbox transaction) and where its events go.
 * Steps given one run inside it instead of opening their own: in the embedded mode every service shares a single
 * database connection, so a second transaction opened while the first waits would never get one.
 */
export interface OpenTransaction {
  tx: InventoryTx;
  record: RecordEvent;
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
    open?: OpenTransaction,
  ): Promise<{ created: boolean; reservation: ReservationView }> {
    const lineIndex = (variantId: string) => input.lines.findIndex((l) => l.variantId === variantId);
    const shortages = await this.shortagesWithoutLocking(input, open?.tx);
    if (shortages.length > 0) {
      const earlier = await this.reservations.findByKey(input.reservationKey, open?.tx);
      if (earlier) return { created: false, reservation: this.replay(earlier, input) };
      throw new InsufficientStockException(shortages, lineIndex);
    }

    const id = randomUUID();
    // inside a caller's transaction, a refusal after the claim must take back only this step's writes
    const created = await this.run(open, true, async (tx, record): Promise<ReservationView | undefined> => {
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
    const earlier = await this.reservations.findByKey(input.reservationKey, open?.tx);
    if (!earlier) throw new Error(`reservation ${input.reservationKey} vanished after its transaction`);
    return { created: false, reservation: this.replay(earlier, input) };
  }

  async get(_ctx: RequestContext, id: string, db?: InventoryTx): Promise<ReservationView> {
    const reservation = await this.reservations.findById(id, db);
    if (!reservation) throw notFound(id);
    return toReservationView(reservation);
  }

  /** Order confirmed: the held units leave on-hand stock (audited per warehouse). Repeating it changes nothing. */
  async commit(ctx: RequestContext, id: string, open?: OpenTransaction): Promise<ReservationView> {
    const committed = await this.run(
      open,
      false,
      async (tx, record): Promise<ReservationView | undefined> => {
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
        return {
          ...lockedView(reservation, allocations),
          status: 'committed',
          committedAt: at.toISOString(),
        };
      },
    );
    return committed ?? this.get(ctx, id, open?.tx);
  }

  /** Checkout cancelled: the held units become available again. Repeating it changes nothing. */
  async release(ctx: RequestContext, id: string, open?: OpenTransaction): Promise<ReservationView> {
    const released = await this.run(open, false, async (tx, record): Promise<ReservationView | undefined> => {
      const reservation = await this.lockForTransition(tx, id, 'release');
      if (!reservation) return undefined;
      const { allocations, at } = await this.returnToStock(tx, record, ctx, [reservation], 'cancelled');
      return { ...lockedView(reservation, allocations), status: 'released', releasedAt: at.toISOString() };
    });
    return released ?? this.get(ctx, id, open?.tx);
  }

  /**
   * The work in the caller's open transaction when there is one (behind a savepoint when `undoOnError`, so a
   * refusal takes back only this step's writes), else in a transaction of its own.
   */
  private async run<R>(
    open: OpenTransaction | undefined,
    undoOnError: boolean,
    work: (tx: InventoryTx, record: RecordEvent) => Promise<R>,
  ): Promise<R> {
    if (!open) return this.outbox.run(work);
    if (!undoOnError) return work(open.tx, open.record);
    const recorded: Parameters<RecordEvent>[0][] = [];
    await open.tx.$executeRawUnsafe('SAVEPOINT inventory_step');
    try {
      const result = await work(open.tx, (envelope) => recorded.push(envelope));
      await open.tx.$executeRawUnsafe('RELEASE SAVEPOINT inventory_step');
      for (const envelope of recorded) open.record(envelope);
      return result;
    } catch (error) {
      await open.tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT inventory_step');
      throw error;
    }
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
  private async shortagesWithoutLocking(input: ReserveStockRequest, db?: InventoryTx): Promise<Shortage[]> {
    const available = await this.stock.availability(
      input.lines.map((l) => l.variantId),
      db,
    );
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
