import { EventPayload } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { OrderTables } from './order-tables';

type ProductUpserted = EventPayload<'catalog.product-upserted.v1'>;
type ProductRemoved = EventPayload<'catalog.product-removed.v1'>;
type StockChanged = EventPayload<'inventory.stock-changed.v1'>;

/** A vendor decision as the read model keeps it; `district` only comes with an approval. */
export interface VendorDecision {
  vendorId: string;
  shopName: string;
  district?: string;
  active: boolean;
  version: number;
}

/**
 * The local copies of other services' data that carts and checkout read: variants with price and weight
 * (catalog), available-to-sell (inventory) and vendors' pickup districts (auth). Every write is one statement and
 * carries the source's version, so an event that arrives late never overwrites a newer one.
 */
export class ReadModelsRepository {
  constructor(private readonly tables: OrderTables) {}

  /**
   * A product's newest state: its variants upserted (price, weight, title, category, listed), variants it no
   * longer has taken off sale. Nothing changes when a newer version is already held.
   */
  async upsertProduct(tx: SqlClient, product: ProductUpserted): Promise<boolean> {
    const { products, variants } = this.tables;
    const listed = product.listed ?? product.status === 'published';
    const categorySlug = product.categorySlug ?? product.categoryPath.at(-1) ?? null;
    const given = product.variants;
    const rows = (given ?? []).map((v) => ({
      id: v.variantId,
      sku: v.sku,
      // a product listed with a Bangla title only has no English one
      title: variantTitle(product.title.en ?? product.title.bn ?? '', v.options),
      price: v.price.amountPoisha,
      weight: v.weightGrams,
    }));
    const applied = await tx.$queryRawUnsafe<{ productId: string }[]>(
      `WITH p AS (
         INSERT INTO ${products} AS p (product_id, vendor_id, version, removed) VALUES ($1::uuid, $2::uuid, $3, false)
         ON CONFLICT (product_id) DO UPDATE
           SET vendor_id = EXCLUDED.vendor_id, version = EXCLUDED.version, removed = false, updated_at = now()
           WHERE p.version < EXCLUDED.version
         RETURNING product_id
       ), gone AS (
         UPDATE ${variants} SET listed = CASE WHEN $4::boolean THEN false ELSE $10::boolean END, updated_at = now()
          WHERE product_id = $1::uuid AND EXISTS (SELECT 1 FROM p)
            AND ($4::boolean = false OR variant_id <> ALL($5::uuid[]))
       ), v AS (
         INSERT INTO ${variants} AS v
                (variant_id, product_id, vendor_id, sku, title, price_poisha, weight_grams, category_slug, listed)
         SELECT r.id, $1::uuid, $2::uuid, r.sku, r.title, r.price, r.weight, $11, $10::boolean
           FROM unnest($5::uuid[], $6::text[], $7::text[], $8::bigint[], $9::int[]) AS r(id, sku, title, price, weight)
          WHERE EXISTS (SELECT 1 FROM p)
          ORDER BY r.id
         ON CONFLICT (variant_id) DO UPDATE
           SET product_id = EXCLUDED.product_id, vendor_id = EXCLUDED.vendor_id, sku = EXCLUDED.sku,
               title = EXCLUDED.title, price_poisha = EXCLUDED.price_poisha, weight_grams = EXCLUDED.weight_grams,
               category_slug = EXCLUDED.category_slug, listed = EXCLUDED.listed, updated_at = now()
       )
       SELECT product_id::text AS "productId" FROM p`,
      product.productId,
      product.vendorId,
      product.version,
      given !== undefined,
      rows.map((r) => r.id),
      rows.map((r) => r.sku),
      rows.map((r) => r.title),
      rows.map((r) => r.price),
      rows.map((r) => r.weight),
      listed,
      categorySlug,
    );
    return applied.length > 0;
  }

  /** The product left the catalog: its variants can no longer be bought (carts show them as unavailable). */
  async removeProduct(tx: SqlClient, product: ProductRemoved): Promise<boolean> {
    const { products, variants } = this.tables;
    const applied = await tx.$queryRawUnsafe<unknown[]>(
      `WITH p AS (
         INSERT INTO ${products} AS p (product_id, vendor_id, version, removed) VALUES ($1::uuid, $2::uuid, $3, true)
         ON CONFLICT (product_id) DO UPDATE SET version = EXCLUDED.version, removed = true, updated_at = now()
           WHERE p.version < EXCLUDED.version
         RETURNING product_id
       ), v AS (
         UPDATE ${variants} SET listed = false, updated_at = now()
          WHERE product_id = $1::uuid AND EXISTS (SELECT 1 FROM p)
       )
       SELECT 1 FROM p`,
      product.productId,
      product.vendorId,
      product.version,
    );
    return applied.length > 0;
  }

  async setStock(tx: SqlClient, stock: StockChanged): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.tables.stock} AS s (variant_id, vendor_id, available, version)
       VALUES ($1::uuid, $2::uuid, $3, $4)
       ON CONFLICT (variant_id) DO UPDATE
         SET available = EXCLUDED.available, version = EXCLUDED.version, vendor_id = EXCLUDED.vendor_id,
             updated_at = now()
         WHERE s.version < EXCLUDED.version`,
      stock.variantId,
      stock.vendorId,
      stock.available,
      stock.version,
    );
  }

  async applyVendorDecision(tx: SqlClient, decision: VendorDecision): Promise<void> {
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.tables.vendors} AS v (vendor_id, shop_name, district, active, version)
       VALUES ($1::uuid, $2, $3, $4, $5)
       ON CONFLICT (vendor_id) DO UPDATE
         SET shop_name = EXCLUDED.shop_name, district = coalesce(EXCLUDED.district, v.district),
             active = EXCLUDED.active, version = EXCLUDED.version, updated_at = now()
         WHERE v.version < EXCLUDED.version`,
      decision.vendorId,
      decision.shopName,
      decision.district ?? null,
      decision.active,
      decision.version,
    );
  }

  /** Guest orders placed with a phone its owner has now verified become that account's orders. */
  attachGuestOrders(tx: SqlClient, phone: string, userId: string): Promise<number> {
    return tx.$executeRawUnsafe(
      `UPDATE ${this.tables.orders} SET shopper_id = $2::uuid, updated_at = now()
        WHERE shopper_id IS NULL AND phone = $1`,
      phone,
      userId,
    );
  }
}

/** "Walton Primo A1 (Black, 64GB)": the product's title with the variant's options, as a cart line shows it. */
function variantTitle(title: string, options: Record<string, string | number>): string {
  const values = Object.values(options).map(String).filter(Boolean);
  return values.length > 0 ? `${title} (${values.join(', ')})` : title;
}
