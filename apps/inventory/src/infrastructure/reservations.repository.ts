import { ReservationStatus } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { Shortage } from '../domain/allocation.strategy';
import { combineDeltas, StockDelta, WarehouseStock } from '../domain/warehouse-stock';
import { AllocationRow, InventoryPrismaClient, ReservationRow, InventoryTx } from './inventory-prisma';
import { InventoryTables } from './inventory-tables';
import { NewMovement } from './movements.repository';
import { LOCKED_ITEM_COLUMNS, LockedItem } from './stock.repository';

export type ReservationWithAllocations = ReservationRow & { allocations: AllocationRow[] };

/** A reservation locked for a transition, with the database's clock to judge its expiry by. */
export interface LockedReservation {
  id: string;
  reservationKey: string;
  status: ReservationStatus;
  expiresAt: Date;
  createdAt: Date;
  now: Date;
}

/**
 * Item rows locked for a write and their variants' levels, locked after them in the same statement: `levels` is
 * undefined when they must be locked again by a statement of their own (an item changed after that statement's
 * snapshot was taken, so a level added meanwhile could be missing; see `lockedStockColumns`).
 */
export interface LockedStock {
  items: LockedItem[];
  levels?: WarehouseStock[];
}

/** The columns `lockedStockColumns` adds to a row. */
interface LockedStockRow {
  items: (LockedItem & { lockedAs: string })[];
  levels: WarehouseStock[];
  snapshot: Record<string, string>;
}

/** The stock a statement locked; its levels only when every item was locked at the version its snapshot saw. */
function lockedStock(row: LockedStockRow): LockedStock {
  const fresh = row.items.every((item) => row.snapshot[item.variantId] === item.lockedAs);
  const items = row.items.map(({ lockedAs: _lockedAs, ...item }) => item);
  return fresh ? { items, levels: row.levels } : { items };
}

/** A reservation locked with its allocations and, when the transition can apply, its variants' stock. */
export type LockedWithItems = LockedReservation & { allocations: AllocationRow[]; stock: LockedStock };

/**
 * What the first statement of a reservation found: the shortages the saga was told before under this key (when
 * asked), whether the key was used before, available-to-sell per known variant (unlocked), and the stock it
 * locked (none unless the reservation can go on).
 */
export interface OpenedReservation {
  refused: Shortage[] | null;
  earlier: boolean;
  available: Record<string, number>;
  stock: LockedStock;
}

/** A new reservation the step inserts (its key claimed), with the database's clock setting its expiry. */
export interface NewReservation {
  id: string;
  reservationKey: string;
  ttlMs: number;
  correlationId: string;
}

/** An audit row of on-hand stock written with a step (commits). */
export type StepMovement = Omit<NewMovement, 'note'>;

/** The version and low-stock flag a write leaves on an item row. */
export interface ItemState {
  variantId: string;
  version: number;
  lowStock: boolean;
}

const LOCKED_COLUMNS = `id::text, reservation_key AS "reservationKey", status, expires_at AS "expiresAt",
       created_at AS "createdAt", now() AS now`;

/** Reservations and where their units are held. */
export class ReservationsRepository {
  constructor(
    private readonly prisma: InventoryPrismaClient,
    private readonly tables: InventoryTables,
  ) {}

  /**
   * The first statement of a reservation, before anything is written: what is available of each variant (summed
   * over warehouses, read without locking), whether the key was used before, whether the checkout saga was refused
   * under it before (`withRefusal`), and, only when none of these stops it (every line is available, the key is
   * free, nothing was refused), the variants' item rows locked in variant-id order and then their levels
   * (`lockedStockColumns`). A sold-out request takes no lock.
   */
  async openReservation(
    tx: SqlClient,
    request: {
      reservationKey: string;
      lines: readonly { variantId: string; quantity: number }[];
      withRefusal: boolean;
    },
  ): Promise<OpenedReservation> {
    const [row] = await tx.$queryRawUnsafe<(Omit<OpenedReservation, 'stock'> & LockedStockRow)[]>(
      `WITH asked AS (
         SELECT a.variant_id, a.quantity,
                (SELECT sum(l.on_hand - l.reserved) FROM ${this.tables.levels} l
                  WHERE l.variant_id = a.variant_id)::int AS available
           FROM unnest($1::uuid[], $2::int[]) AS a(variant_id, quantity)
       ),
       refused AS (
         SELECT shortages FROM ${this.tables.refusals} WHERE $4::boolean AND reservation_key = $3
       ),
       earlier AS (SELECT 1 FROM ${this.tables.reservations} WHERE reservation_key = $3),
       go AS (
         SELECT NOT EXISTS (SELECT 1 FROM refused) AND NOT EXISTS (SELECT 1 FROM earlier)
                AND NOT EXISTS (SELECT 1 FROM asked WHERE coalesce(available, 0) < quantity) AS ok
       )
       SELECT (SELECT shortages FROM refused) AS refused,
              EXISTS (SELECT 1 FROM earlier) AS earlier,
              (SELECT coalesce(json_object_agg(variant_id, available), '{}'::json)
                 FROM asked WHERE available IS NOT NULL) AS available,
              ${this.lockedStockColumns('(SELECT ok FROM go)', '$1::uuid[]')}`,
      request.lines.map((l) => l.variantId),
      request.lines.map((l) => l.quantity),
      request.reservationKey,
      request.withRefusal,
    );
    const { items, levels, snapshot, ...opened } = row!;
    return { ...opened, stock: lockedStock({ items, levels, snapshot }) };
  }

  /**
   * Three columns of a statement that locks stock for a write, when `when` holds: `items`, the item rows of
   * `variants` (an SQL uuid[] expression) locked in variant-id order, each with the row version it locked
   * (`lockedAs`, its xmin); then `levels`, their levels locked; and `snapshot`, each item's version in the
   * statement's snapshot. The columns are evaluated in this order, so the items are locked before their levels
   * (the order every writer locks in). A locked row is its newest version, but a row another transaction inserted
   * after the snapshot was taken is not seen: a level a first count added while this statement waited on an item
   * lock would be missing. A count adds a level only with units in it, so it also bumps its item's version under
   * that lock (StockEventsRecorder): an item locked at a row version other than its snapshot's tells `lockedStock`
   * to have the levels locked again by a statement of their own (the items are held: it sees every level).
   */
  private lockedStockColumns(when: string, variants: string): string {
    return `(SELECT coalesce(json_agg(i ORDER BY i."variantId"), '[]'::json)
                 FROM (SELECT ${LOCKED_ITEM_COLUMNS}, xmin::text AS "lockedAs"
                         FROM ${this.tables.items}
                        WHERE ${when} AND variant_id = ANY(${variants})
                        ORDER BY variant_id
                          FOR UPDATE) i) AS items,
              (SELECT coalesce(json_agg(json_build_object('variantId', l.variant_id, 'warehouseId', l.warehouse_id,
                                                          'onHand', l.on_hand, 'reserved', l.reserved)
                                        ORDER BY l.variant_id, l.warehouse_id), '[]'::json)
                 FROM (SELECT variant_id, warehouse_id, on_hand, reserved
                         FROM ${this.tables.levels}
                        WHERE ${when} AND variant_id = ANY(${variants})
                        ORDER BY variant_id, warehouse_id
                          FOR UPDATE) l) AS levels,
              (SELECT coalesce(json_object_agg(variant_id, xmin::text), '{}'::json)
                 FROM ${this.tables.items}
                WHERE ${when} AND variant_id = ANY(${variants})) AS snapshot`;
  }

  /** `db`: the transaction of the unit of work the caller runs in, if any, else the pool. */
  findById(id: string, db: InventoryTx = this.prisma): Promise<ReservationWithAllocations | null> {
    return db.reservation.findUnique({ where: { id }, include: { allocations: true } });
  }

  findByKey(
    reservationKey: string,
    db: InventoryTx = this.prisma,
  ): Promise<ReservationWithAllocations | null> {
    return db.reservation.findUnique({ where: { reservationKey }, include: { allocations: true } });
  }

  /** The reservation made under an idempotency key (the checkout saga's order id), locked. */
  async lockByKey(tx: SqlClient, reservationKey: string): Promise<LockedReservation | undefined> {
    const [row] = await tx.$queryRawUnsafe<LockedReservation[]>(
      `SELECT ${LOCKED_COLUMNS} FROM ${this.tables.reservations} WHERE reservation_key = $1 FOR UPDATE`,
      reservationKey,
    );
    return row;
  }

  /**
   * The reservation locked with its allocations (in variant, warehouse order) and, in the same round trip, its
   * variants' item rows and then their levels locked after the reservation row (`lockedStockColumns`), only when
   * the reservation is active (and, with `unexpiredOnly`, not expired): the cases in which a commit or release goes
   * on to write. Otherwise `stock` is empty and nothing but the reservation row is locked.
   */
  async lockWithItems(
    tx: SqlClient,
    id: string,
    unexpiredOnly: boolean,
  ): Promise<LockedWithItems | undefined> {
    const [row] = await tx.$queryRawUnsafe<(Omit<LockedWithItems, 'stock'> & LockedStockRow)[]>(
      `WITH locked AS (
         SELECT ${LOCKED_COLUMNS} FROM ${this.tables.reservations} WHERE id = $1::uuid FOR UPDATE
       )
       SELECT locked.*,
              coalesce((SELECT json_agg(json_build_object(
                                 'reservationId', a.reservation_id, 'variantId', a.variant_id,
                                 'warehouseId', a.warehouse_id, 'vendorId', a.vendor_id, 'quantity', a.quantity)
                                 ORDER BY a.variant_id, a.warehouse_id)
                          FROM ${this.tables.allocations} a
                         WHERE a.reservation_id = $1::uuid), '[]'::json) AS allocations,
              ${this.lockedStockColumns(
                `locked.status = 'active' AND (NOT $2::boolean OR locked."expiresAt" > locked.now)`,
                `ARRAY(SELECT a.variant_id FROM ${this.tables.allocations} a WHERE a.reservation_id = $1::uuid)`,
              )}
         FROM locked`,
      id,
      unexpiredOnly,
    );
    if (!row) return undefined;
    const { items, levels, snapshot, ...reservation } = row;
    return { ...reservation, stock: lockedStock({ items, levels, snapshot }) };
  }

  /**
   * The writes of a reservation step in one statement: the level deltas (summed per level; every level must
   * exist and be locked by the caller), the new allocations, the items' versions and low-stock flags, the audit
   * movements, and the reservations moved to `status` stamped with the transaction's time, which it returns.
   *
   * With `claim`, the step first inserts that reservation, taking its idempotency key (a second transaction
   * inserting the same key waits on the unique index until the first commits, then gets nothing, or rolls back,
   * then takes the key itself), and writes everything else only if it did: `claimed` is then the new row's times,
   * or undefined when the key was taken (nothing written).
   */
  async saveStep(
    tx: SqlClient,
    step: {
      claim?: NewReservation;
      deltas: readonly StockDelta[];
      allocations?: readonly AllocationRow[];
      states?: readonly ItemState[];
      movements?: readonly StepMovement[];
      moved?: { ids: readonly string[]; status: Exclude<ReservationStatus, 'active'> };
    },
  ): Promise<{ at: Date; claimed?: { expiresAt: Date; createdAt: Date } }> {
    const deltas = combineDeltas(step.deltas);
    const params: unknown[] = [];
    const p = (value: unknown, type: string) => `$${params.push(value)}::${type}`;
    const column = <T>(rows: readonly T[], pick: (row: T) => unknown, type: string) =>
      p(rows.map(pick), `${type}[]`);
    const ctes: string[] = [];
    // every other write joins `claimed` (one row, or none when the key was taken)
    const ifClaimed = step.claim ? ', claimed' : '';
    const whereClaimed = step.claim ? 'WHERE EXISTS (SELECT 1 FROM claimed)' : '';
    if (step.claim) {
      const c = step.claim;
      ctes.push(`claimed AS (
         INSERT INTO ${this.tables.reservations} (id, reservation_key, expires_at, correlation_id)
         VALUES (${p(c.id, 'uuid')}, ${p(c.reservationKey, 'text')},
                 now() + ${p(c.ttlMs, 'int')} * interval '1 millisecond', ${p(c.correlationId, 'text')})
         ON CONFLICT (reservation_key) DO NOTHING
         RETURNING expires_at AS "expiresAt", created_at AS "createdAt")`);
    }
    if (deltas.length > 0) {
      ctes.push(`levels AS (
         UPDATE ${this.tables.levels} AS s
            SET on_hand = s.on_hand + d.on_hand, reserved = s.reserved + d.reserved, updated_at = now()
           FROM unnest(${column(deltas, (d) => d.variantId, 'uuid')}, ${column(deltas, (d) => d.warehouseId, 'uuid')},
                       ${column(deltas, (d) => d.onHand, 'int')}, ${column(deltas, (d) => d.reserved, 'int')})
                AS d(variant_id, warehouse_id, on_hand, reserved)${ifClaimed}
          WHERE s.variant_id = d.variant_id AND s.warehouse_id = d.warehouse_id
         RETURNING 1)`);
    }
    const allocations = step.allocations ?? [];
    if (allocations.length > 0) {
      ctes.push(`allocated AS (
         INSERT INTO ${this.tables.allocations} (reservation_id, variant_id, warehouse_id, vendor_id, quantity)
         SELECT * FROM unnest(${column(allocations, (a) => a.reservationId, 'uuid')},
                              ${column(allocations, (a) => a.variantId, 'uuid')},
                              ${column(allocations, (a) => a.warehouseId, 'uuid')},
                              ${column(allocations, (a) => a.vendorId, 'uuid')},
                              ${column(allocations, (a) => a.quantity, 'int')})
         ${whereClaimed}
         RETURNING 1)`);
    }
    const states = step.states ?? [];
    if (states.length > 0) {
      ctes.push(`items AS (
         UPDATE ${this.tables.items} AS i
            SET version = s.version, low_stock = s.low_stock, updated_at = now()
           FROM unnest(${column(states, (s) => s.variantId, 'uuid')}, ${column(states, (s) => s.version, 'int')},
                       ${column(states, (s) => s.lowStock, 'boolean')}) AS s(variant_id, version, low_stock)${ifClaimed}
          WHERE i.variant_id = s.variant_id
         RETURNING 1)`);
    }
    const movements = step.movements ?? [];
    if (movements.length > 0) {
      ctes.push(`movements AS (
         INSERT INTO ${this.tables.movements} (vendor_id, warehouse_id, variant_id, delta, reason, on_hand_after,
                                               reserved_after, actor_id, reservation_id, correlation_id)
         SELECT * FROM unnest(${column(movements, (m) => m.vendorId, 'uuid')},
                              ${column(movements, (m) => m.warehouseId, 'uuid')},
                              ${column(movements, (m) => m.variantId, 'uuid')},
                              ${column(movements, (m) => m.delta, 'int')},
                              ${column(movements, (m) => m.reason, 'text')},
                              ${column(movements, (m) => m.onHandAfter, 'int')},
                              ${column(movements, (m) => m.reservedAfter, 'int')},
                              ${column(movements, (m) => m.actorId, 'text')},
                              ${column(movements, (m) => m.reservationId ?? null, 'uuid')},
                              ${column(movements, (m) => m.correlationId, 'text')})
         ${whereClaimed}
         RETURNING 1)`);
    }
    if (step.moved) {
      if (step.claim) throw new Error('a step that claims a reservation moves no other');
      const stamp = step.moved.status === 'committed' ? 'committed_at' : 'released_at';
      ctes.push(`moved AS (
         UPDATE ${this.tables.reservations} SET status = ${p(step.moved.status, 'text')}, ${stamp} = now()
          WHERE id = ANY(${p([...step.moved.ids], 'uuid[]')})
         RETURNING 1)`);
    }
    const levelsUpdated = deltas.length > 0 ? '(SELECT count(*) FROM levels)::int' : '0';
    const claimedTimes = step.claim
      ? `, (SELECT "expiresAt" FROM claimed) AS "expiresAt", (SELECT "createdAt" FROM claimed) AS "createdAt"`
      : '';
    const [row] = await tx.$queryRawUnsafe<
      { at: Date; levels: number; expiresAt?: Date | null; createdAt?: Date | null }[]
    >(
      `${ctes.length > 0 ? `WITH ${ctes.join(',\n')}` : ''}
       SELECT now() AS at, ${levelsUpdated} AS levels${claimedTimes}`,
      ...params,
    );
    const { at, levels, expiresAt, createdAt } = row!;
    // the key was taken: nothing was written
    if (step.claim && !expiresAt) return { at };
    if (levels !== deltas.length) throw new Error(`expected ${deltas.length} stock levels, updated ${levels}`);
    return { at, ...(expiresAt && createdAt ? { claimed: { expiresAt, createdAt } } : {}) };
  }

  /**
   * Active reservations past their expiry, oldest first, locked. SKIP LOCKED: replicas sweeping at the same time
   * take disjoint batches, and a reservation being committed or released right now is left to that request.
   */
  async lockExpired(tx: SqlClient, limit: number): Promise<LockedReservation[]> {
    return tx.$queryRawUnsafe<LockedReservation[]>(
      `SELECT ${LOCKED_COLUMNS}
         FROM ${this.tables.reservations}
        WHERE status = 'active' AND expires_at <= now()
        ORDER BY expires_at
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      limit,
    );
  }

  allocationsOf(tx: SqlClient, reservationIds: string[]): Promise<AllocationRow[]> {
    return tx.$queryRawUnsafe<AllocationRow[]>(
      `SELECT reservation_id::text AS "reservationId", variant_id::text AS "variantId",
              warehouse_id::text AS "warehouseId", vendor_id::text AS "vendorId", quantity
         FROM ${this.tables.allocations}
        WHERE reservation_id = ANY($1::uuid[])
        ORDER BY variant_id, warehouse_id`,
      reservationIds,
    );
  }
}
