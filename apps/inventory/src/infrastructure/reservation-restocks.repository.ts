import { SqlClient } from '@getit/database';
import { InventoryTables } from './inventory-tables';

export type RestockReason = 'order_cancelled' | 'package_cancelled';

/** Which vendor parts of committed reservations were put back on hand: each at most once. */
export class ReservationRestocksRepository {
  constructor(private readonly tables: InventoryTables) {}

  /** Claims the vendors' parts for restocking; returns the vendors not restocked before (the ones to do now). */
  async claim(
    tx: SqlClient,
    restock: {
      reservationId: string;
      vendorIds: readonly string[];
      reason: RestockReason;
      correlationId: string;
    },
  ): Promise<string[]> {
    if (restock.vendorIds.length === 0) return [];
    const rows = await tx.$queryRawUnsafe<{ vendorId: string }[]>(
      `INSERT INTO ${this.tables.restocks} (reservation_id, vendor_id, reason, correlation_id)
       SELECT $1::uuid, v, $3, $4 FROM unnest($2::uuid[]) AS v
       ON CONFLICT (reservation_id, vendor_id) DO NOTHING
       RETURNING vendor_id::text AS "vendorId"`,
      restock.reservationId,
      [...restock.vendorIds],
      restock.reason,
      restock.correlationId,
    );
    return rows.map((row) => row.vendorId);
  }
}
