import { SqlClient } from '@getit/database';
import { Prisma } from './prisma/generated/client';
import { InventoryPrismaClient, WarehouseRow } from './inventory-prisma';
import { InventoryTables } from './inventory-tables';

export type NewWarehouseRow = Prisma.WarehouseUncheckedCreateInput;
export type WarehouseChanges = Prisma.WarehouseUncheckedUpdateInput;

/** Every query on warehouses. Archived warehouses are invisible to everything but the audit trail. */
export class WarehousesRepository {
  constructor(
    private readonly prisma: InventoryPrismaClient,
    private readonly tables: InventoryTables,
  ) {}

  insert(row: NewWarehouseRow): Promise<WarehouseRow> {
    return this.prisma.warehouse.create({ data: row });
  }

  findActive(vendorId: string, id: string): Promise<WarehouseRow | null> {
    return this.prisma.warehouse.findFirst({ where: { id, vendorId, archivedAt: null } });
  }

  listActive(vendorId: string): Promise<WarehouseRow[]> {
    return this.prisma.warehouse.findMany({
      where: { vendorId, archivedAt: null },
      orderBy: [{ code: 'asc' }],
    });
  }

  update(id: string, changes: WarehouseChanges): Promise<WarehouseRow> {
    return this.prisma.warehouse.update({ where: { id }, data: { ...changes, updatedAt: new Date() } });
  }

  /**
   * Locks an active warehouse of the vendor: shared by stock writes (many may stock one warehouse at once),
   * exclusive for archiving, so a warehouse is never archived while stock is being put into it.
   */
  async lockActive(
    tx: SqlClient,
    vendorId: string,
    id: string,
    mode: 'share' | 'update',
  ): Promise<{ id: string; code: string } | undefined> {
    const [row] = await tx.$queryRawUnsafe<{ id: string; code: string }[]>(
      `SELECT id::text, code FROM ${this.tables.warehouses}
        WHERE id = $1::uuid AND vendor_id = $2::uuid AND archived_at IS NULL
          FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'}`,
      id,
      vendorId,
    );
    return row;
  }

  /** Units on hand or reserved in a warehouse, over all variants. */
  async unitsHeld(tx: SqlClient, id: string): Promise<number> {
    const [row] = await tx.$queryRawUnsafe<{ units: number }[]>(
      `SELECT coalesce(sum(on_hand + reserved), 0)::int AS units FROM ${this.tables.levels} WHERE warehouse_id = $1::uuid`,
      id,
    );
    return row?.units ?? 0;
  }

  async archive(tx: SqlClient, id: string): Promise<void> {
    await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.warehouses} SET archived_at = now(), updated_at = now() WHERE id = $1::uuid`,
      id,
    );
  }
}
