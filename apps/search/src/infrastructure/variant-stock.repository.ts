import { SqlClient } from '@getit/database';

/** Which product each variant belongs to and its available-to-sell quantity; writes join the handler's tx. */
export class VariantStockRepository {
  constructor(private readonly table: string) {}

  async linkVariants(tx: SqlClient, productId: string, variantIds: string[]): Promise<void> {
    if (!variantIds.length) return;
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.table} (variant_id, product_id) SELECT unnest($1::uuid[]), $2::uuid
       ON CONFLICT (variant_id) DO UPDATE SET product_id = EXCLUDED.product_id`,
      variantIds,
      productId,
    );
  }

  /** Records a stock change unless a newer one is already here; the product it belongs to, if known. */
  async recordStock(tx: SqlClient, variantId: string, available: number, version: number): Promise<string | undefined> {
    const rows = await tx.$queryRawUnsafe<{ product_id: string | null }[]>(
      `INSERT INTO ${this.table} AS s (variant_id, available, stock_version) VALUES ($1::uuid, $2, $3)
       ON CONFLICT (variant_id) DO UPDATE SET available = EXCLUDED.available, stock_version = EXCLUDED.stock_version
       WHERE s.stock_version < EXCLUDED.stock_version
       RETURNING product_id::text`,
      variantId,
      available,
      version,
    );
    return rows[0]?.product_id ?? undefined;
  }

  /** In stock when any variant is; a variant with no stock event yet counts as in stock. */
  async productInStock(tx: SqlClient, productId: string): Promise<boolean> {
    const [row] = await tx.$queryRawUnsafe<{ in_stock: boolean | null }[]>(
      `SELECT bool_or(coalesce(available, 1) > 0) AS in_stock FROM ${this.table} WHERE product_id = $1::uuid`,
      productId,
    );
    return row?.in_stock ?? true;
  }
}
