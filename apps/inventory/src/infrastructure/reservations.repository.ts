import { ReservationStatus } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { combineDeltas, StockDelta } from '../domain/warehouse-stock';
import { AllocationRow, InventoryPrismaClient, ReservationRow, InventoryTx } from './inventory-prisma';
import { InventoryTables } from './inventory-tables';
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

/** A reservation locked with its allocations and, when the transition can apply, its variants' item rows. */
export type LockedWithItems = LockedReservation & { allocations: AllocationRow[]; items: LockedItem[] };

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
   * Takes the idempotency key, or learns that it is taken: a second transaction inserting the same key waits on
   * the unique index until the first commits (then gets nothing) or rolls back (then takes the key itself). The
   * expiry is set by the database clock, the one the sweeper compares with. Then (only when the key was taken here) the variants' item rows locked in variant-id order, in one
   * round trip: the reservation row comes first and the items after it, the order every writer locks in. The
   * levels are locked by the next statement, so that it sees every level committed before the items' locks
   * were granted (a statement's snapshot is taken when it starts).
   */
  async claimAndLockItems(
    tx: SqlClient,
    reservation: { id: string; reservationKey: string; ttlMs: number; correlationId: string },
    variantIds: readonly string[],
  ): Promise<{ expiresAt: Date; createdAt: Date; items: LockedItem[] } | undefined> {
    const [row] = await tx.$queryRawUnsafe<{ expiresAt: Date; createdAt: Date; items: LockedItem[] }[]>(
      `WITH claimed AS (
         INSERT INTO ${this.tables.reservations} (id, reservation_key, expires_at, correlation_id)
         VALUES ($1::uuid, $2, now() + $3::int * interval '1 millisecond', $4)
         ON CONFLICT (reservation_key) DO NOTHING
         RETURNING expires_at AS "expiresAt", created_at AS "createdAt"
       )
       SELECT claimed.*,
              (SELECT coalesce(json_agg(i ORDER BY i."variantId"), '[]'::json)
                 FROM (SELECT ${LOCKED_ITEM_COLUMNS}
                         FROM ${this.tables.items}
                        WHERE variant_id = ANY($5::uuid[])
                        ORDER BY variant_id
                          FOR UPDATE) i) AS items
         FROM claimed`,
      reservation.id,
      reservation.reservationKey,
      reservation.ttlMs,
      reservation.correlationId,
      [...variantIds],
    );
    return row;
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
   * The reservation locked with its allocations (in variant, warehouse order), and in the same round trip the item rows of the reservation's variants, locked in variant-id order
   * after the reservation row, only when the reservation is active (and, with `unexpiredOnly`, not expired):
   * the cases in which a commit or release goes on to write. Otherwise `items` is empty and nothing but the
   * reservation row is locked.
   */
  async lockWithItems(
    tx: SqlClient,
    id: string,
    unexpiredOnly: boolean,
  ): Promise<LockedWithItems | undefined> {
    const [row] = await tx.$queryRawUnsafe<LockedWithItems[]>(
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
              (SELECT coalesce(json_agg(i ORDER BY i."variantId"), '[]'::json)
                 FROM (SELECT ${LOCKED_ITEM_COLUMNS}
                         FROM ${this.tables.items}
                        WHERE locked.status = 'active'
                          AND (NOT $2::boolean OR locked."expiresAt" > locked.now)
                          AND variant_id = ANY(ARRAY(SELECT a.variant_id FROM ${this.tables.allocations} a
                                                      WHERE a.reservation_id = $1::uuid))
                        ORDER BY variant_id
                          FOR UPDATE) i) AS items
         FROM locked`,
      id,
      unexpiredOnly,
    );
    return row;
  }

  /**
   * The writes of a reservation step in one statement: the level deltas (summed per level; every level must
   * exist and be locked by the caller), the new allocations, the items' versions and low-stock flags, and the
   * reservations moved to `status` stamped with the transaction's time, which it returns.
   */
  async saveStep(
    tx: SqlClient,
    step: {
      deltas: readonly StockDelta[];
      allocations?: readonly AllocationRow[];
      states?: readonly ItemState[];
      moved?: { ids: readonly string[]; status: Exclude<ReservationStatus, 'active'> };
    },
  ): Promise<Date> {
    const deltas = combineDeltas(step.deltas);
    const params: unknown[] = [];
    const p = (value: unknown, type: string) => `$${params.push(value)}::${type}`;
    const ctes: string[] = [];
    if (deltas.length > 0) {
      ctes.push(`levels AS (
         UPDATE ${this.tables.levels} AS s
            SET on_hand = s.on_hand + d.on_hand, reserved = s.reserved + d.reserved, updated_at = now()
           FROM unnest(${p(
             deltas.map((d) => d.variantId),
             'uuid[]',
           )}, ${p(
             deltas.map((d) => d.warehouseId),
             'uuid[]',
           )}, ${p(
             deltas.map((d) => d.onHand),
             'int[]',
           )}, ${p(
             deltas.map((d) => d.reserved),
             'int[]',
           )}) AS d(variant_id, warehouse_id, on_hand, reserved)
          WHERE s.variant_id = d.variant_id AND s.warehouse_id = d.warehouse_id
         RETURNING 1)`);
    }
    const allocations = step.allocations ?? [];
    if (allocations.length > 0) {
      ctes.push(`allocated AS (
         INSERT INTO ${this.tables.allocations} (reservation_id, variant_id, warehouse_id, vendor_id, quantity)
         SELECT * FROM unnest(${p(
           allocations.map((a) => a.reservationId),
           'uuid[]',
         )}, ${p(
           allocations.map((a) => a.variantId),
           'uuid[]',
         )}, ${p(
           allocations.map((a) => a.warehouseId),
           'uuid[]',
         )}, ${p(
           allocations.map((a) => a.vendorId),
           'uuid[]',
         )}, ${p(
           allocations.map((a) => a.quantity),
           'int[]',
         )})
         RETURNING 1)`);
    }
    const states = step.states ?? [];
    if (states.length > 0) {
      ctes.push(`items AS (
         UPDATE ${this.tables.items} AS i
            SET version = s.version, low_stock = s.low_stock, updated_at = now()
           FROM unnest(${p(
             states.map((s) => s.variantId),
             'uuid[]',
           )}, ${p(
             states.map((s) => s.version),
             'int[]',
           )}, ${p(
             states.map((s) => s.lowStock),
             'boolean[]',
           )}) AS s(variant_id, version, low_stock)
          WHERE i.variant_id = s.variant_id
         RETURNING 1)`);
    }
    if (step.moved) {
      const stamp = step.moved.status === 'committed' ? 'committed_at' : 'released_at';
      ctes.push(`moved AS (
         UPDATE ${this.tables.reservations} SET status = ${p(step.moved.status, 'text')}, ${stamp} = now()
          WHERE id = ANY(${p([...step.moved.ids], 'uuid[]')})
         RETURNING 1)`);
    }
    const levelsUpdated = deltas.length > 0 ? '(SELECT count(*) FROM levels)::int' : '0';
    const [row] = await tx.$queryRawUnsafe<{ at: Date; levels: number }[]>(
      `${ctes.length > 0 ? `WITH ${ctes.join(',\n')}` : ''}
       SELECT now() AS at, ${levelsUpdated} AS levels`,
      ...params,
    );
    if (row!.levels !== deltas.length)
      throw new Error(`expected ${deltas.length} stock levels, updated ${row!.levels}`);
    return row!.at;
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
