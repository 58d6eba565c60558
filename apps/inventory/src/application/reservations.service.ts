import { randomUUID } from 'node:crypto';
import { createEnvelope, EventEnvelope, ReservationView, ReserveStockRequest } from '@getit/contracts';
import { ConflictException, NotFoundException } from '@getit/errors';
import { UnitOfWork, WorkScope } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { AllocationStrategy, Shortage } from '../domain/allocation.strategy';
import { InsufficientStockException } from '../domain/insufficient-stock.exception';
import { decideTransition } from '../domain/reservation-lifecycle';
import { WarehouseStock, withDeltas } from '../domain/warehouse-stock';
import { AllocationRow, InventoryTx } from '../infrastructure/inventory-prisma';
import {
  LockedReservation,
  LockedStock,
  LockedWithItems,
  ReservationsRepository,
  ReservationWithAllocations,
} from '../infrastructure/reservations.repository';
import { StockRepository } from '../infrastructure/stock.repository';
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

/** The checkout saga was refused under this key before: the shortages it was told then. */
export interface RefusedBefore {
  refusedBefore: Shortage[];
}

/**
 * What the reserving transaction did: created a reservation, found the key taken (by this reservation), found the
 * saga's earlier refusal, or found lines short (nothing written in the last three).
 */
type Placed =
  | { created: ReservationView }
  | { earlier: ReservationWithAllocations | null }
  | RefusedBefore
  | { short: Shortage[] };

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
    private readonly events: StockEventsRecorder,
    private readonly strategy: AllocationStrategy,
    private readonly unitOfWork: UnitOfWork<InventoryTx>,
    private readonly settings: ReservationsSettings,
  ) {}

  /**
   * All lines or none, announced with `inventory.stock-reserved.v1` (the internal HTTP API). The same
   * reservationKey again returns the first reservation (`created: false`), whatever the stock is now. The happy
   * path is one transaction of two statements (see `place`); the answer is built from what it wrote, not read
   * back.
   */
  async reserve(ctx: RequestContext, input: ReserveStockRequest): Promise<ReserveResult> {
    const placed = await this.place(ctx, input, { announce: true, withRefusal: false });
    if ('refusedBefore' in placed) throw new Error('a refusal was read that was not asked for');
    return placed;
  }

  /**
   * The checkout saga's step: reserves as `reserve` does but announces nothing (the saga answers its step
   * itself, reserved or refused, in its handler's transaction, which this joins), and answers `refusedBefore`
   * with the shortages recorded when the saga was refused under this key before (`reservation_refusals`). A
   * refusal now (InsufficientStockException) is thrown once nothing has been written, so the caller's
   * transaction carries on.
   */
  hold(ctx: RequestContext, input: ReserveStockRequest): Promise<ReserveResult | RefusedBefore> {
    return this.place(ctx, input, { announce: false, withRefusal: true });
  }

  /**
   * Two statements in one transaction (the caller's, when inside a unit of work): (1) the availability read
   * without locking, the key's earlier use (and the saga's earlier refusal) and, only when the reservation can go
   * on, the items locked in variant-id order and then their levels (`openReservation`; the levels again by a
   * statement of their own in the rare case an item changed while it waited); (2) the key claimed and, only if
   * that worked, the levels, allocations and items written (`saveStep` with `claim`). Nothing is written before
   * the last statement, so a refusal needs no savepoint and the events are recorded only once it wrote. A
   * sold-out request (the flash sale) takes no lock: the first statement ends it.
   */
  private async place(
    ctx: RequestContext,
    input: ReserveStockRequest,
    options: { announce: boolean; withRefusal: boolean },
  ): Promise<ReserveResult | RefusedBefore> {
    const lineIndex = (variantId: string) => input.lines.findIndex((l) => l.variantId === variantId);
    const id = randomUUID();
    const outcome = await this.unitOfWork.run(ctx, async ({ tx, record }): Promise<Placed> => {
      const opened = await this.reservations.openReservation(tx, {
        reservationKey: input.reservationKey,
        lines: input.lines,
        withRefusal: options.withRefusal,
      });
      if (opened.refused) return { refusedBefore: opened.refused };
      if (opened.earlier) return { earlier: await this.reservations.findByKey(input.reservationKey, tx) };
      const available = new Map(Object.entries(opened.available));
      const shortages = input.lines
        .map((l) => ({
          variantId: l.variantId,
          requested: l.quantity,
          available: Math.max(0, available.get(l.variantId) ?? 0),
        }))
        .filter((s) => s.available < s.requested);
      if (shortages.length > 0) return { short: shortages };

      // the items and then their levels are locked (statement 1)
      const { items } = opened.stock;
      const variantIds = input.lines.map((l) => l.variantId).sort();
      const levels = await this.levelsOf(tx, opened.stock, variantIds);
      const result = this.strategy.allocate(input.lines, levels);
      if (!result.ok) return { short: result.shortages };

      const vendorOf = new Map(items.map((item) => [item.variantId, item.vendorId]));
      const allocations: AllocationRow[] = result.allocations.map((a) => ({
        reservationId: id,
        variantId: a.variantId,
        warehouseId: a.warehouseId,
        vendorId: vendorOf.get(a.variantId)!,
        quantity: a.quantity,
      }));
      const deltas = result.allocations.map((a) => ({ ...a, onHand: 0, reserved: a.quantity }));
      // the stock events are recorded only once the key is claimed
      const planned: EventEnvelope[] = [];
      const states = this.events.plan(
        { record: (...events) => planned.push(...events) },
        ctx,
        items,
        levels,
        withDeltas(levels, deltas),
      );
      // the key claimed, then (only if it was free) levels, allocations and the items' versions: one statement
      const { claimed } = await this.reservations.saveStep(tx, {
        claim: {
          id,
          reservationKey: input.reservationKey,
          ttlMs: input.ttlSeconds === undefined ? this.settings.defaultTtlMs : input.ttlSeconds * 1_000,
          correlationId: ctx.correlationId,
        },
        deltas,
        allocations,
        states,
      });
      // a concurrent request with the same key committed first (its row is visible now): nothing was written
      if (!claimed) return { earlier: await this.reservations.findByKey(input.reservationKey, tx) };
      record(...planned);
      const reservation: ReservationView = {
        id,
        reservationKey: input.reservationKey,
        status: 'active',
        lines: toReservationLines(allocations),
        expiresAt: claimed.expiresAt.toISOString(),
        createdAt: claimed.createdAt.toISOString(),
      };
      if (options.announce) record(stockReservedEvent(ctx, reservation));
      return { created: reservation };
    });
    if ('created' in outcome) return { created: true, reservation: outcome.created };
    if ('refusedBefore' in outcome) return outcome;
    if ('short' in outcome) throw new InsufficientStockException(outcome.short, lineIndex);
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
        // the items and their levels were locked with the reservation (lockForTransition)
        const { allocations } = reservation;
        const variantIds = [...new Set(allocations.map((a) => a.variantId))].sort();
        const levels = await this.levelsOf(tx, reservation.stock, variantIds);
        const deltas = allocations.map((a) => ({ ...a, onHand: -a.quantity, reserved: -a.quantity }));
        const after = withDeltas(levels, deltas);
        const movements = allocations.map((a) => {
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
        });
        // levels, the audit movements and the status in one statement
        const { at } = await this.reservations.saveStep(tx, {
          deltas,
          movements,
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
      const at = await this.returnToStock(work, ctx, [reservation], allocations, 'cancelled', reservation.stock);
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
    locked?: LockedStock,
  ): Promise<Date> {
    const { tx, record } = work;
    const ids = reservations.map((r) => r.id);
    const variantIds = [...new Set(allocations.map((a) => a.variantId))].sort();
    const items = locked ? locked.items : await this.stock.lockItems(tx, variantIds);
    const levels = locked
      ? await this.levelsOf(tx, locked, variantIds)
      : await this.stock.lockLevels(tx, variantIds);
    const deltas = allocations.map((a) => ({ ...a, onHand: 0, reserved: -a.quantity }));
    const states = this.events.plan(work, ctx, items, levels, withDeltas(levels, deltas));
    // levels, items' versions and the reservations' status in one statement
    const { at } = await this.reservations.saveStep(tx, {
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

  /**
   * The levels locked with the items, or locked now by a statement of their own when an item had changed after
   * that statement's snapshot (a level added meanwhile would be missing from it; the items are still held).
   */
  private levelsOf(
    tx: InventoryTx,
    locked: LockedStock,
    variantIds: readonly string[],
  ): Promise<WarehouseStock[]> {
    return locked.levels ? Promise.resolve(locked.levels) : this.stock.lockLevels(tx, variantIds);
  }

  /** The reservation as it is, read in the transaction that just locked it. */
  private async view(tx: InventoryTx, id: string): Promise<ReservationView> {
    const reservation = await this.reservations.findById(id, tx);
    if (!reservation) throw notFound(id);
    return toReservationView(reservation);
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
