import { randomUUID } from 'node:crypto';
import { createEnvelope, EventEnvelope, ReservationView, ReserveStockRequest } from '@getit/contracts';
import { ConflictException, NotFoundException } from '@getit/errors';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { AllocationStrategy, Shortage } from '../domain/allocation.strategy';
import { InsufficientStockException } from '../domain/insufficient-stock.exception';
import { decideTransition } from '../domain/reservation-lifecycle';
import { withDeltas } from '../domain/warehouse-stock';
import { AllocationRow, InventoryTx } from '../infrastructure/inventory-prisma';
import { MovementsRepository } from '../infrastructure/movements.repository';
import {
  LockedReservation,
  LockedWithItems,
  ReservationsRepository,
  ReservationWithAllocations,
} from '../infrastructure/reservations.repository';
import { LockedItem, StockRepository } from '../infrastructure/stock.repository';
import {
  toReservationEvent,
  toReservationLines,
  toReservationView,
  toStockReservedEvent,
} from './inventory.mapper';
import { StockEventsRecorder } from './stock-events.recorder';

export interface ReservationsSettings {
  defaultTtlMs: number;
}

/** What reserving did: a new reservation, or the one an earlier request made under the same key. */
export interface ReserveResult {
  created: boolean;
  reservation: ReservationView;
}

/** What the reserving transaction did: created a reservation, or found the key taken (by this reservation). */
type Placed = { created: ReservationView } | { earlier: ReservationWithAllocations | null };

/** A transition refused before anything was written: thrown once the unit of work has ended cleanly. */
type Transition<R> = { done: R } | { refused: ConflictException | NotFoundException };

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
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
    private readonly settings: ReservationsSettings,
  ) {}

  /**
   * All lines or none, announced with `inventory.stock-reserved.v1` (the internal HTTP API). The same
   * reservationKey again returns the first reservation (`created: false`), whatever the stock is now. The happy
   * path is one availability read and one transaction; the answer is built from what the transaction wrote, not
   * read back.
   */
  reserve(ctx: RequestContext, input: ReserveStockRequest): Promise<ReserveResult> {
    return this.place(ctx, input, true);
  }

  /**
   * Reserves as `reserve` does but announces nothing: the checkout saga answers its step itself, reserved or
   * refused, in its handler's transaction. Inside a unit of work it runs behind a savepoint, so a refusal after
   * the claim takes back only this step's writes and the caller carries on.
   */
  hold(ctx: RequestContext, input: ReserveStockRequest): Promise<ReserveResult> {
    return this.place(ctx, input, false);
  }

  private async place(
    ctx: RequestContext,
    input: ReserveStockRequest,
    announce: boolean,
  ): Promise<ReserveResult> {
    const lineIndex = (variantId: string) => input.lines.findIndex((l) => l.variantId === variantId);
    // inside a unit of work (the saga's handler) the pre-check reads in its transaction: no second connection
    const open = this.unitOfWork.activeScope?.tx;
    const shortages = await this.shortagesWithoutLocking(input, open);
    if (shortages.length > 0) {
      const earlier = await this.reservations.findByKey(input.reservationKey, open);
      if (earlier) return { created: false, reservation: this.replay(earlier, input) };
      throw new InsufficientStockException(shortages, lineIndex);
    }

    const id = randomUUID();
    const outcome = await this.unitOfWork.run(
      ctx,
      async ({ tx, record }): Promise<Placed> => {
        const variantIds = input.lines.map((l) => l.variantId).sort();
        // the key, then (only if it was free) the items locked in variant-id order: one round trip
        const claimed = await this.reservations.claimAndLockItems(
          tx,
          {
            id,
            reservationKey: input.reservationKey,
            ttlMs: input.ttlSeconds === undefined ? this.settings.defaultTtlMs : input.ttlSeconds * 1_000,
            correlationId: ctx.correlationId,
          },
          variantIds,
        );
        // the key was used before, or by a concurrent request that committed first (its row is visible now)
        if (!claimed) return { earlier: await this.reservations.findByKey(input.reservationKey, tx) };
        const { items } = claimed;
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
        const states = this.events.plan({ record }, ctx, items, levels, withDeltas(levels, deltas));
        // levels, allocations and the items' versions in one statement
        await this.reservations.saveStep(tx, { deltas, allocations, states });
        const reservation: ReservationView = {
          id,
          reservationKey: input.reservationKey,
          status: 'active',
          lines: toReservationLines(allocations),
          expiresAt: claimed.expiresAt.toISOString(),
          createdAt: claimed.createdAt.toISOString(),
        };
        if (announce) record(stockReservedEvent(ctx, reservation));
        return { created: reservation };
      },
      // a refusal after the claim must take back only this step's writes when a caller's transaction is open
      { nested: 'savepoint' },
    );
    if ('created' in outcome) return { created: true, reservation: outcome.created };
    if (!outcome.earlier) throw new Error(`reservation ${input.reservationKey} vanished after its claim`);
    return { created: false, reservation: this.replay(outcome.earlier, input) };
  }

  async get(_ctx: RequestContext, id: string): Promise<ReservationView> {
    const reservation = await this.reservations.findById(id);
    if (!reservation) throw notFound(id);
    return toReservationView(reservation);
  }

  /** Order confirmed: the held units leave on-hand stock (audited per warehouse). Repeating it changes nothing. */
  async commit(ctx: RequestContext, id: string): Promise<ReservationView> {
    const transition = await this.unitOfWork.run(
      ctx,
      async ({ tx, record }): Promise<Transition<ReservationView>> => {
        const reservation = await this.lockForTransition(tx, id, 'commit');
        if (reservation instanceof Error) return { refused: reservation };
        if (reservation === 'unchanged') return { done: await this.view(tx, id) };
        // the items were locked with the reservation (lockForTransition); the levels after them
        const { allocations } = reservation;
        const variantIds = [...new Set(allocations.map((a) => a.variantId))].sort();
        const levels = await this.stock.lockLevels(tx, variantIds);
        const deltas = allocations.map((a) => ({ ...a, onHand: -a.quantity, reserved: -a.quantity }));
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
        const at = await this.reservations.saveStep(tx, {
          deltas,
          moved: { ids: [id], status: 'committed' },
        });
        // Committing takes the same units from on hand and reserved: available-to-sell does not change.
        record(
          createEnvelope('inventory.reservation-committed.v1', toReservationEvent(reservation, allocations), {
            producer: 'inventory',
            correlationId: ctx.correlationId,
            key: id,
          }),
        );
        return {
          done: {
            ...lockedView(reservation, allocations),
            status: 'committed',
            committedAt: at.toISOString(),
          },
        };
      },
    );
    return settled(transition);
  }

  /** Checkout cancelled: the held units become available again. Repeating it changes nothing. */
  async release(ctx: RequestContext, id: string): Promise<ReservationView> {
    const transition = await this.unitOfWork.run(ctx, async (work): Promise<Transition<ReservationView>> => {
      const reservation = await this.lockForTransition(work.tx, id, 'release');
      if (reservation instanceof Error) return { refused: reservation };
      if (reservation === 'unchanged') return { done: await this.view(work.tx, id) };
      const { allocations } = reservation;
      const at = await this.returnToStock(
        work,
        ctx,
        [reservation],
        allocations,
        'cancelled',
        reservation.items,
      );
      return {
        done: { ...lockedView(reservation, allocations), status: 'released', releasedAt: at.toISOString() },
      };
    });
    return settled(transition);
  }

  /**
   * Releases up to `limit` reservations whose time is up, in one transaction; returns how many. Safe with many
   * replicas sweeping at once (SKIP LOCKED gives each its own batch).
   */
  async expireDue(ctx: RequestContext, limit: number): Promise<number> {
    return this.unitOfWork.run(ctx, async (work) => {
      const due = await this.reservations.lockExpired(work.tx, limit);
      if (due.length === 0) return 0;
      const allocations = await this.reservations.allocationsOf(
        work.tx,
        due.map((r) => r.id),
      );
      await this.returnToStock(work, ctx, due, allocations, 'expired');
      return due.length;
    });
  }

  private async returnToStock(
    work: WorkScope<InventoryTx>,
    ctx: RequestContext,
    reservations: LockedReservation[],
    allocations: readonly AllocationRow[],
    reason: 'cancelled' | 'expired',
    lockedItems?: readonly LockedItem[],
  ): Promise<Date> {
    const { tx, record } = work;
    const ids = reservations.map((r) => r.id);
    const variantIds = [...new Set(allocations.map((a) => a.variantId))].sort();
    const items = lockedItems ?? (await this.stock.lockItems(tx, variantIds));
    const levels = await this.stock.lockLevels(tx, variantIds);
    const deltas = allocations.map((a) => ({ ...a, onHand: 0, reserved: -a.quantity }));
    const states = this.events.plan(work, ctx, items, levels, withDeltas(levels, deltas));
    // levels, items' versions and the reservations' status in one statement
    const at = await this.reservations.saveStep(tx, {
      deltas,
      states,
      moved: { ids, status: reason === 'expired' ? 'expired' : 'released' },
    });
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
    return at;
  }

  /**
   * The locked reservation when the transition applies; 'unchanged' when it already happened; else the refusal,
   * returned rather than thrown: nothing was written, and inside a saga handler's transaction a throw from a
   * joined unit of work would keep that transaction from committing (the handler logs these and carries on).
   */
  private async lockForTransition(
    tx: InventoryTx,
    id: string,
    action: 'commit' | 'release',
  ): Promise<LockedWithItems | 'unchanged' | ConflictException | NotFoundException> {
    // the items are locked with the reservation only when it is active (and, to commit, not expired)
    const reservation = await this.reservations.lockWithItems(tx, id, action === 'commit');
    if (!reservation) return notFound(id);
    const decision = decideTransition(reservation.status, action, reservation.expiresAt, reservation.now);
    if (decision.outcome === 'unchanged') return 'unchanged';
    if (decision.outcome === 'refuse') {
      return new ConflictException(`Cannot ${action} reservation ${id}: ${decision.reason}.`, {
        extensions: { field: 'reservationId', status: reservation.status },
      });
    }
    return reservation;
  }

  /** The reservation as it is, read in the transaction that just locked it. */
  private async view(tx: InventoryTx, id: string): Promise<ReservationView> {
    const reservation = await this.reservations.findById(id, tx);
    if (!reservation) throw notFound(id);
    return toReservationView(reservation);
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

/** The view a transition ended with, or its refusal thrown now that the unit of work is over. */
function settled<R>(transition: Transition<R>): R {
  if ('refused' in transition) throw transition.refused;
  return transition.done;
}

/** `inventory.stock-reserved.v1`: the checkout's stock is held (a new reservation, or the same one again). */
export function stockReservedEvent(ctx: RequestContext, reservation: ReservationView): EventEnvelope {
  return createEnvelope('inventory.stock-reserved.v1', toStockReservedEvent(reservation), {
    producer: 'inventory',
    correlationId: ctx.correlationId,
    key: reservation.id,
  });
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
