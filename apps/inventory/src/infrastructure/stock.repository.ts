import { SqlClient } from '@getit/database';
import { combineDeltas, StockDelta, WarehouseStock } from '../domain/warehouse-stock';
import { InventoryPrismaClient } from './inventory-prisma';
import { InventoryTables } from './inventory-tables';
import { Prisma } from './prisma/generated/client';

/** A variant's item row as locked for a write: the per-variant mutex and the low-stock state. */
export interface LockedItem {
  variantId: string;
  vendorId: string;
  sku: string;
  lowStockThreshold: number | null;
  lowStock: boolean;
  version: number;
}

/** The columns of a locked item row, as `LockedItem` (also built into JSON by the reservations' merged locks). */
export const LOCKED_ITEM_COLUMNS = `variant_id::text AS "variantId", vendor_id::text AS "vendorId", sku,
       low_stock_threshold AS "lowStockThreshold", low_stock AS "lowStock", version`;

const variantWithLevels = {
  stockLevels: {
    include: { warehouse: { select: { code: true } } },
    orderBy: { warehouseId: 'asc' },
  },
} satisfies Prisma.InventoryItemInclude;

export type VariantWithLevels = Prisma.InventoryItemGetPayload<{ include: typeof variantWithLevels }>;

/**
 * Items and stock levels. Writers lock item rows first, always in variant-id order, then the variants' levels, so
 * two transactions touching the same variants queue instead of deadlocking. The locking reads are raw SQL:
 * Prisma has no FOR UPDATE.
 */
export class StockRepository {
  constructor(
    private readonly prisma: InventoryPrismaClient,
    private readonly tables: InventoryTables,
  ) {}

  lockItems(tx: SqlClient, variantIds: readonly string[]): Promise<LockedItem[]> {
    return tx.$queryRawUnsafe<LockedItem[]>(
      `SELECT ${LOCKED_ITEM_COLUMNS}
         FROM ${this.tables.items}
        WHERE variant_id = ANY($1::uuid[])
        ORDER BY variant_id
          FOR UPDATE`,
      [...variantIds],
    );
  }

  /** Registers a variant; a concurrent registration of the same variant wins and this one changes nothing. */
  async createItem(tx: SqlClient, item: { variantId: string; vendorId: string; sku: string }): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.tables.items} (variant_id, vendor_id, sku) VALUES ($1::uuid, $2::uuid, $3)
       ON CONFLICT (variant_id) DO NOTHING`,
      item.variantId,
      item.vendorId,
      item.sku,
    );
  }

  /**
   * Registers the variants the catalog announced (vendor, variant, SKU); a changed SKU is taken over. A variant
   * another vendor already stocks is left alone. Rows are written in variant-id order, the order every writer
   * locks them in.
   */
  async registerVariants(
    tx: SqlClient,
    vendorId: string,
    variants: readonly { variantId: string; sku: string }[],
  ): Promise<void> {
    if (variants.length === 0) return;
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.tables.items} AS i (variant_id, vendor_id, sku)
       SELECT v.variant_id, $2::uuid, v.sku FROM unnest($1::uuid[], $3::text[]) AS v(variant_id, sku)
        ORDER BY v.variant_id
       ON CONFLICT (variant_id) DO UPDATE SET sku = EXCLUDED.sku, updated_at = now()
        WHERE i.vendor_id = EXCLUDED.vendor_id AND i.sku <> EXCLUDED.sku`,
      variants.map((v) => v.variantId),
      vendorId,
      variants.map((v) => v.sku),
    );
  }

  async updateItem(
    tx: SqlClient,
    variantId: string,
    changes: { sku?: string; lowStockThreshold?: number | null },
  ): Promise<void> {
    await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.items}
          SET sku = coalesce($2, sku),
              low_stock_threshold = CASE WHEN $3::boolean THEN $4::int ELSE low_stock_threshold END,
              updated_at = now()
        WHERE variant_id = $1::uuid`,
      variantId,
      changes.sku ?? null,
      changes.lowStockThreshold !== undefined,
      changes.lowStockThreshold ?? null,
    );
  }

  /** The variants' levels in every warehouse, locked (call after lockItems). */
  lockLevels(tx: SqlClient, variantIds: readonly string[]): Promise<WarehouseStock[]> {
    return tx.$queryRawUnsafe<WarehouseStock[]>(
      `SELECT variant_id::text AS "variantId", warehouse_id::text AS "warehouseId",
              on_hand AS "onHand", reserved
         FROM ${this.tables.levels}
        WHERE variant_id = ANY($1::uuid[])
        ORDER BY variant_id, warehouse_id
          FOR UPDATE`,
      [...variantIds],
    );
  }

  async setOnHand(tx: SqlClient, variantId: string, warehouseId: string, onHand: number): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.tables.levels} (variant_id, warehouse_id, on_hand) VALUES ($1::uuid, $2::uuid, $3)
       ON CONFLICT (variant_id, warehouse_id) DO UPDATE SET on_hand = EXCLUDED.on_hand, updated_at = now()`,
      variantId,
      warehouseId,
      onHand,
    );
  }

  /** Applies many level changes in one statement; every level must exist (the caller locked them). */
  async applyDeltas(tx: SqlClient, changes: readonly StockDelta[]): Promise<void> {
    const deltas = combineDeltas(changes);
    if (deltas.length === 0) return;
    const updated = await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.levels} AS s
          SET on_hand = s.on_hand + d.on_hand, reserved = s.reserved + d.reserved, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) AS d(variant_id, warehouse_id, on_hand, reserved)
        WHERE s.variant_id = d.variant_id AND s.warehouse_id = d.warehouse_id`,
      deltas.map((d) => d.variantId),
      deltas.map((d) => d.warehouseId),
      deltas.map((d) => d.onHand),
      deltas.map((d) => d.reserved),
    );
    if (updated !== deltas.length)
      throw new Error(`expected ${deltas.length} stock levels, updated ${updated}`);
  }

  /** Saves the version and low-stock flag of many items in one statement. */
  async saveItemStates(
    tx: SqlClient,
    states: readonly { variantId: string; version: number; lowStock: boolean }[],
  ): Promise<void> {
    if (states.length === 0) return;
    await tx.$executeRawUnsafe(
      `UPDATE ${this.tables.items} AS i
          SET version = s.version, low_stock = s.low_stock, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::boolean[]) AS s(variant_id, version, low_stock)
        WHERE i.variant_id = s.variant_id`,
      states.map((s) => s.variantId),
      states.map((s) => s.version),
      states.map((s) => s.lowStock),
    );
  }

  /** Available-to-sell per variant, summed over warehouses, in one query. Unknown variants are absent. */
  async availability(
    variantIds: readonly string[],
    db: SqlClient = this.prisma,
  ): Promise<Map<string, number>> {
    const rows = await db.$queryRawUnsafe<{ variantId: string; available: number }[]>(
      `SELECT variant_id::text AS "variantId", sum(on_hand - reserved)::int AS available
         FROM ${this.tables.levels}
        WHERE variant_id = ANY($1::uuid[])
        GROUP BY variant_id`,
      [...variantIds],
    );
    return new Map(rows.map((row) => [row.variantId, row.available]));
  }

  findVariant(vendorId: string, variantId: string): Promise<VariantWithLevels | null> {
    return this.prisma.inventoryItem.findFirst({
      where: { variantId, vendorId },
      include: variantWithLevels,
    });
  }

  /** A page of the vendor's variants in id order (keyset on variant id). */
  listVariants(
    vendorId: string,
    page: { limit: number; after?: string; warehouseId?: string; lowOnly?: boolean },
  ): Promise<VariantWithLevels[]> {
    return this.prisma.inventoryItem.findMany({
      where: {
        vendorId,
        ...(page.after ? { variantId: { gt: page.after } } : {}),
        ...(page.lowOnly ? { lowStock: true } : {}),
        ...(page.warehouseId ? { stockLevels: { some: { warehouseId: page.warehouseId } } } : {}),
      },
      include: variantWithLevels,
      orderBy: { variantId: 'asc' },
      take: page.limit,
    });
  }
}
