import type { SqlClient } from '@getit/database';
import { ProductRecord } from '../application/product.record';
import type { ProductStatus } from '../domain/products/product-lifecycle';
import { CatalogTables } from './catalog-tables';
import { recordColumns, toProductRecord } from './product-rows';

/** A product row to insert; money in poisha, JSON columns as values. */
export interface NewProductRow {
  id: string;
  vendorId: string;
  slug: string;
  titleEn: string | null;
  titleBn: string | null;
  descriptionEn: string | null;
  descriptionBn: string | null;
  brand: string | null;
  categorySlug: string;
  categoryPath: string[];
  attributes: Record<string, string | number>;
  images: { url: string; alt: { en: string; bn?: string } }[];
  pricePoisha: number;
  compareAtPoisha: number | null;
  maxPricePoisha: number;
  status: ProductStatus;
  listed: boolean;
  submitted: boolean;
}

export interface NewVariantRow {
  id: string;
  productId: string;
  vendorId: string;
  sku: string;
  options: Record<string, string | number>;
  pricePoisha: number;
  compareAtPoisha: number | null;
  weightGrams: number;
  position: number;
}

/** Fields a product update may set; money in poisha. */
export type ProductChanges = Partial<
  Omit<NewProductRow, 'id' | 'vendorId' | 'submitted'> & {
    moderationReason: string | null;
    moderatedBy: string | null;
    moderated: boolean;
    submitted: boolean;
    published: boolean;
  }
>;

const COLUMN: Record<string, string> = {
  slug: 'slug',
  titleEn: 'title_en',
  titleBn: 'title_bn',
  descriptionEn: 'description_en',
  descriptionBn: 'description_bn',
  brand: 'brand',
  categorySlug: 'category_slug',
  categoryPath: 'category_path',
  attributes: 'attributes',
  images: 'images',
  pricePoisha: 'price_poisha',
  compareAtPoisha: 'compare_at_poisha',
  maxPricePoisha: 'max_price_poisha',
  status: 'status',
  listed: 'listed',
  moderationReason: 'moderation_reason',
  moderatedBy: 'moderated_by',
};
const CAST: Record<string, string> = {
  categoryPath: '::text[]',
  attributes: '::jsonb',
  images: '::jsonb',
  pricePoisha: '::bigint',
  compareAtPoisha: '::bigint',
  maxPricePoisha: '::bigint',
  moderatedBy: '::uuid',
};

/**
 * Every catalog write on products and variants, inside the caller's transaction. Rows go in as one JSON document
 * per statement (jsonb_to_recordset), so one product and a vendor's import of thousands take the same two inserts.
 */
export class ProductWritesRepository {
  constructor(private readonly t: CatalogTables) {}

  async insertProducts(tx: SqlClient, rows: NewProductRow[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.t.products} (id, vendor_id, slug, title_en, title_bn, description_en, description_bn, brand,
              category_slug, category_path, attributes, images, price_poisha, compare_at_poisha, max_price_poisha,
              status, listed, submitted_at)
       SELECT x.id, x."vendorId", x.slug, x."titleEn", x."titleBn", x."descriptionEn", x."descriptionBn", x.brand,
              x."categorySlug", x."categoryPath", x.attributes, x.images, x."pricePoisha", x."compareAtPoisha",
              x."maxPricePoisha", x.status, x.listed, CASE WHEN x.submitted THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "vendorId" uuid, slug text, "titleEn" text, "titleBn" text,
              "descriptionEn" text, "descriptionBn" text, brand text, "categorySlug" text, "categoryPath" text[],
              attributes jsonb, images jsonb, "pricePoisha" bigint, "compareAtPoisha" bigint, "maxPricePoisha" bigint,
              status text, listed boolean, submitted boolean)`,
      JSON.stringify(rows),
    );
  }

  async insertVariants(tx: SqlClient, rows: NewVariantRow[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.$executeRawUnsafe(
      `INSERT INTO ${this.t.variants} (id, product_id, vendor_id, sku, options, price_poisha, compare_at_poisha,
              weight_grams, position)
       SELECT x.id, x."productId", x."vendorId", x.sku, x.options, x."pricePoisha", x."compareAtPoisha",
              x."weightGrams", x.position
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, "productId" uuid, "vendorId" uuid, sku text, options jsonb,
              "pricePoisha" bigint, "compareAtPoisha" bigint, "weightGrams" integer, position integer)`,
      JSON.stringify(rows),
    );
  }

  /** Updates kept variants (same SKU, same id), deletes dropped ones and inserts new ones. */
  async replaceVariants(
    tx: SqlClient,
    productId: string,
    keep: NewVariantRow[],
    add: NewVariantRow[],
  ): Promise<void> {
    await tx.$executeRawUnsafe(
      `DELETE FROM ${this.t.variants} WHERE product_id = $1::uuid AND NOT (id = ANY($2::uuid[]))`,
      productId,
      keep.map((v) => v.id),
    );
    if (keep.length > 0) {
      await tx.$executeRawUnsafe(
        `UPDATE ${this.t.variants} v
            SET options = x.options, price_poisha = x."pricePoisha", compare_at_poisha = x."compareAtPoisha",
                weight_grams = x."weightGrams", position = x.position, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, options jsonb, "pricePoisha" bigint,
                "compareAtPoisha" bigint, "weightGrams" integer, position integer)
          WHERE v.id = x.id AND v.product_id = $2::uuid`,
        JSON.stringify(keep),
        productId,
      );
    }
    await this.insertVariants(tx, add);
  }

  /** Applies changes and bumps the version; every call is a new version consumers see. */
  async update(tx: SqlClient, id: string, changes: ProductChanges): Promise<void> {
    const sets = ['version = version + 1', 'updated_at = now()'];
    const values: unknown[] = [id];
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (field === 'moderated') sets.push(`moderated_at = ${value ? 'now()' : 'NULL'}`);
      else if (field === 'submitted') sets.push(`submitted_at = ${value ? 'now()' : 'NULL'}`);
      else if (field === 'published') sets.push(`published_at = ${value ? 'now()' : 'published_at'}`);
      else {
        const column = COLUMN[field];
        if (!column) throw new Error(`unknown product field ${field}`);
        values.push(field === 'attributes' || field === 'images' ? JSON.stringify(value) : value);
        sets.push(`${column} = $${values.length}${CAST[field] ?? ''}`);
      }
    }
    await tx.$executeRawUnsafe(
      `UPDATE ${this.t.products} SET ${sets.join(', ')} WHERE id = $1::uuid`,
      ...values,
    );
  }

  /** The product with its variants, locked until the transaction ends. */
  async lock(tx: SqlClient, id: string): Promise<ProductRecord | undefined> {
    const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${recordColumns(this.t)} FROM ${this.t.products} p WHERE p.id = $1::uuid FOR UPDATE OF p`,
      id,
    );
    return rows[0] ? toProductRecord(rows[0]) : undefined;
  }

  /** Products with their variants, in the caller's transaction (to build events from what was just written). */
  async find(tx: SqlClient, ids: string[]): Promise<ProductRecord[]> {
    if (ids.length === 0) return [];
    const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${recordColumns(this.t)} FROM ${this.t.products} p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id`,
      ids,
    );
    return rows.map(toProductRecord);
  }

  /** SKUs among `skus` the vendor already uses on products other than `exceptProductId`. */
  async takenSkus(
    tx: SqlClient,
    vendorId: string,
    skus: string[],
    exceptProductId?: string,
  ): Promise<Set<string>> {
    if (skus.length === 0) return new Set();
    const rows = await tx.$queryRawUnsafe<{ sku: string }[]>(
      `SELECT sku FROM ${this.t.variants}
        WHERE vendor_id = $1::uuid AND sku = ANY($2::text[]) AND ($3::uuid IS NULL OR product_id <> $3::uuid)`,
      vendorId,
      skus,
      exceptProductId ?? null,
    );
    return new Set(rows.map((row) => row.sku));
  }

  async takenSlugs(tx: SqlClient, slugs: string[], exceptProductId?: string): Promise<Set<string>> {
    if (slugs.length === 0) return new Set();
    const rows = await tx.$queryRawUnsafe<{ slug: string }[]>(
      `SELECT slug FROM ${this.t.products} WHERE slug = ANY($1::text[]) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      slugs,
      exceptProductId ?? null,
    );
    return new Set(rows.map((row) => row.slug));
  }

  /** The slugs taken among `base`, `base-2`, `base-3`, … (any shop's: slugs are unique across the marketplace). */
  async numberedSlugs(tx: SqlClient, base: string): Promise<Set<string>> {
    const rows = await tx.$queryRawUnsafe<{ slug: string }[]>(
      `SELECT slug FROM ${this.t.products} WHERE slug = $1 OR (slug LIKE $1 || '-%' AND slug ~ ('^' || $1 || '-[0-9]+$'))`,
      base,
    );
    return new Set(rows.map((row) => row.slug));
  }

  /** Takes a vendor's listed products off sale; returns each with its new version. */
  async delistVendor(tx: SqlClient, vendorId: string): Promise<{ id: string; version: number }[]> {
    return tx.$queryRawUnsafe(
      `UPDATE ${this.t.products} SET listed = false, version = version + 1, updated_at = now()
        WHERE vendor_id = $1::uuid AND listed RETURNING id::text AS id, version`,
      vendorId,
    );
  }

  /** Puts a vendor's published products back on sale; returns their ids. */
  async relistVendor(tx: SqlClient, vendorId: string): Promise<string[]> {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `UPDATE ${this.t.products} SET listed = true, version = version + 1, updated_at = now()
        WHERE vendor_id = $1::uuid AND status = 'published' AND NOT listed RETURNING id::text AS id`,
      vendorId,
    );
    return rows.map((row) => row.id);
  }

  /** After variants changed: the product is in stock when any of its variants has stock. */
  async refreshInStock(tx: SqlClient, productId: string): Promise<void> {
    await tx.$executeRawUnsafe(
      `UPDATE ${this.t.products} p
          SET in_stock = EXISTS (SELECT 1 FROM ${this.t.variants} v WHERE v.product_id = p.id AND v.available > 0)
        WHERE p.id = $1::uuid`,
      productId,
    );
  }

  /**
   * Records a variant's available stock (ignoring an older report) and recomputes its product's in_stock flag.
   * Returns the product id when the flag changed.
   */
  async applyStock(
    tx: SqlClient,
    variantId: string,
    available: number,
    version: number,
  ): Promise<string | undefined> {
    const rows = await tx.$queryRawUnsafe<{ product_id: string }[]>(
      `WITH changed AS (
         UPDATE ${this.t.variants} SET available = $2, stock_version = $3
          WHERE id = $1::uuid AND (stock_version IS NULL OR stock_version < $3)
          RETURNING product_id)
       UPDATE ${this.t.products} p
          SET in_stock = EXISTS (SELECT 1 FROM ${this.t.variants} v
                                  WHERE v.product_id = p.id AND v.id <> $1::uuid AND v.available > 0) OR $2 > 0
         FROM changed
        WHERE p.id = changed.product_id
          AND p.in_stock IS DISTINCT FROM (EXISTS (SELECT 1 FROM ${this.t.variants} v
                                  WHERE v.product_id = p.id AND v.id <> $1::uuid AND v.available > 0) OR $2 > 0)
        RETURNING p.id::text AS product_id`,
      variantId,
      available,
      version,
    );
    return rows[0]?.product_id;
  }
}
