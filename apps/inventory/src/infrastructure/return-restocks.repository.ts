import { SqlClient } from '@getit/database';
import { InventoryTables } from './inventory-tables';

/** Returned packages whose units went back on hand: each package at most once. */
export class ReturnRestocksRepository {
  constructor(private readonly tables: InventoryTables) {}

  /** Claims the package's restock; false when it was restocked before (nothing to do now). */
  async claim(
    tx: SqlClient,
    restock: {
      packageId: string;
      receiptId: string;
      reservationId: string;
      vendorId: string;
      units: number;
      correlationId: string;
    },
  ): Promise<boolean> {
    const rows = await tx.$queryRawUnsafe<{ packageId: string }[]>(
      `INSERT INTO ${this.tables.returnRestocks}
         (package_id, receipt_id, reservation_id, vendor_id, units, correlation_id)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5, $6)
       ON CONFLICT DO NOTHING
       RETURNING package_id::text AS "packageId"`,
      restock.packageId,
      restock.receiptId,
      restock.reservationId,
      restock.vendorId,
      restock.units,
      restock.correlationId,
    );
    return rows.length === 1;
  }
}
