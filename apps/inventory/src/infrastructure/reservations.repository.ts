import { ReservationStatus } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { AllocationRow, InventoryPrismaClient, ReservationRow, InventoryTx } from './inventory-prisma';
import { InventoryTables } from './inventory-tables';

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

const LOCKED_COLUMNS = `id::text, reservation_key AS "reservationKey", status, expires_at AS "expiresAt",
       created_at AS "createdAt", now() AS now`;

/** Reservations and where their units are held. */
export class ReservationsRepository {
  constructor(
    private readonly prisma: InventoryPrismaClient,
    private readonly tables: InventoryTables,
  ) {}

  /**
   * Takes the idempotency key, or learns that it is taken. A second transaction inserting the same key waits on
   * the unique index until the first commits (then gets nothing) or rolls back (then takes the key itself).
   * The expiry is set by the database clock, the one the sweeper compares with.
   */
  async claim(
    tx: SqlClient,
    reservation: { id: string; reservationKey: string; ttlMs: number; correlationId: string },
  ): Promise<{ expiresAt: Date; createdAt: Date } | undefined> {
    const [row] = await tx.$queryRawUnsafe<{ expiresAt: Date; createdAt: Date }[]>(
      `INSERT INTO ${this.tables.reservations} (id, reservation_key, expires_at, correlation_id)
       VALUES ($1::uuid, $2, now() + $3::int * interval '1 millisecond', $4)
       ON CONFLICT (reservation_key) DO NOTHING
       RETURNING expires_at AS "expiresAt", created_at AS "createdAt"`,
      reservation.id,
      reservation.reservationKey,
      reservation.ttlMs,
      reservation.correlationId,
    );
    return row;
  }

  async insertAllocations(tx: SqlClient, allocations: AllocationRow[]): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.tables.allocations} (reservation_id, variant_id, warehouse_id, vendor_id, quantity)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::int[])`,
      allocations.map((a) => a.reservationId),
      allocations.map((a) => a.variantId),
      allocations.map((a) => a.warehouseId),
      allocations.map((a) => a.vendorId),
      allocations.map((a) => a.quantity),
    );
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
   * The reservation locked, with its allocations (in variant, warehouse order), in one round trip: a commit or
   * release needs both.
   */
  async lock(
    tx: SqlClient,
    id: string,
  ): Promise<(LockedReservation & { allocations: AllocationRow[] }) | undefined> {
    const [row] = await tx.$queryRawUnsafe<(LockedReservation & { allocations: AllocationRow[] })[]>(
      `WITH locked AS (
         SELECT ${LOCKED_COLUMNS} FROM ${this.tables.reservations} WHERE id = $1::uuid FOR UPDATE
       )
       SELECT locked.*,
              coalesce((SELECT json_agg(json_build_object(
                                 'reservationId', a.reservation_id, 'variantId', a.variant_id,
                                 'warehouseId', a.warehouse_id, 'vendorId', a.vendor_id, 'quantity', a.quantity)
                                 ORDER BY a.variant_id, a.warehouse_id)
                          FROM ${this.tables.allocations} a
                         WHERE a.reservation_id = $1::uuid), '[]'::json) AS allocations
         FROM locked`,
      id,
    );
    return row;
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

  /** Moves the reservations to `status`, stamped with the transaction's time, which it returns. */
  async setStatus(tx: SqlClient, ids: string[], status: Exclude<ReservationStatus, 'active'>): Promise<Date> {
    const stamp = status === 'committed' ? 'committed_at' : 'released_at';
    const [row] = await tx.$queryRawUnsafe<{ at: Date }[]>(
      `WITH moved AS (
         UPDATE ${this.tables.reservations} SET status = $2, ${stamp} = now() WHERE id = ANY($1::uuid[]) RETURNING 1
       ) SELECT now() AS at`,
      ids,
      status,
    );
    return row!.at;
  }
}
