import { SqlClient } from '@getit/database';

/** Which product each variant belongs to and its available-to-sell quantity; writes join the handler's tx. */
export class VariantStockRepository {
  /**
   * `documents`: the Postgres index's table (search_documents), when the index is in this database: a stock change
   * then marks the product's document in the statement that records it.
   */
  constructor(
    private readonly table: string,
    private readonly documents?: string,
  ) {}

  async linkVariants(tx: SqlClient, productId: string, variantIds: string[]): Promise<void> {
    if (!variantIds.length) return;
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.table} (variant_id, product_id) SELECT unnest($1::uuid[]), $2::uuid
       ON CONFLICT (variant_id) DO UPDATE SET product_id = EXCLUDED.product_id`,
      variantIds,
      productId,
    );
  }

  /**
   * Records a stock change unless a newer one is already here and, in the same statement, whether the variant's
   * product is now in stock (as `productInStock` answers it, with the row just written): undefined when nothing
   * was recorded or the variant's product is not known yet. With the documents table of the Postgres index
   * (`documents`), the statement also marks the product's document (`marked`), so nothing else needs to run.
   * The other variants are read in the statement's snapshot; the recorded one is taken from what it wrote.
   */
  async recordStock(
    tx: SqlClient,
    variantId: string,
    available: number,
    version: number,
  ): Promise<{ productId: string; inStock: boolean; marked: boolean } | undefined> {
    const mark = this.documents
      ? `, marked AS (
         UPDATE ${this.documents} d SET in_stock = p.in_stock FROM product p WHERE d.product_id = p.product_id
         RETURNING 1)`
      : '';
    const rows = await tx.$queryRawUnsafe<{ product_id: string; in_stock: boolean }[]>(
      `WITH recorded AS (
         INSERT INTO ${this.table} AS s (variant_id, available, stock_version) VALUES ($1::uuid, $2, $3)
         ON CONFLICT (variant_id) DO UPDATE SET available = EXCLUDED.available, stock_version = EXCLUDED.stock_version
         WHERE s.stock_version < EXCLUDED.stock_version
         RETURNING variant_id, product_id, available
       ),
       product AS (
         SELECT r.product_id,
                coalesce(r.available, 1) > 0
                OR coalesce((SELECT bool_or(coalesce(o.available, 1) > 0) FROM ${this.table} o
                              WHERE o.product_id = r.product_id AND o.variant_id <> r.variant_id), false) AS in_stock
           FROM recorded r
          WHERE r.product_id IS NOT NULL
       )${mark}
       SELECT product_id::text, in_stock FROM product`,
      variantId,
      available,
      version,
    );
    const [row] = rows;
    return row ? { productId: row.product_id, inStock: row.in_stock, marked: this.documents !== undefined } : undefined;
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
