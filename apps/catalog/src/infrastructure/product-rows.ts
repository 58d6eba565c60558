import type { ProductImage } from '@getit/contracts';
import { ProductCardRecord, ProductRecord, VariantRecord } from '../application/product.record';
import { isProductStatus } from '../domain/products/product-lifecycle';
import { CatalogTables } from './catalog-tables';

/** SQL select lists and row converters shared by every product query (pg driver rows and Prisma raw rows alike). */
export function recordColumns(t: CatalogTables): string {
  return `p.id::text AS id, p.vendor_id::text AS vendor_id, p.slug, p.title_en, p.title_bn, p.description_en,
          p.description_bn, p.brand, p.category_slug, p.category_path, p.attributes, p.images,
          p.price_poisha::text AS price_poisha, p.compare_at_poisha::text AS compare_at_poisha,
          p.max_price_poisha::text AS max_price_poisha, p.status, p.listed, p.in_stock, p.moderation_reason,
          p.moderated_at, p.submitted_at, p.published_at, p.version, p.created_at, p.updated_at,
          (SELECT coalesce(json_agg(json_build_object(
                    'id', v.id, 'sku', v.sku, 'options', v.options, 'pricePoisha', v.price_poisha,
                    'compareAtPoisha', v.compare_at_poisha, 'weightGrams', v.weight_grams) ORDER BY v.position), '[]'::json)
             FROM ${t.variants} v WHERE v.product_id = p.id) AS variants`;
}

export const CARD_COLUMNS = `p.id::text AS id, p.vendor_id::text AS vendor_id, p.slug, p.title_en, p.title_bn, p.brand,
  p.category_path, p.price_poisha::text AS price_poisha, p.compare_at_poisha::text AS compare_at_poisha,
  p.max_price_poisha::text AS max_price_poisha, p.images -> 0 AS image, p.in_stock, p.created_at, p.status,
  p.version, p.updated_at, p.submitted_at, p.moderation_reason, p.moderated_at`;

type Row = Record<string, unknown>;

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const date = (value: unknown): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(String(value));
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** Poisha arrive as text (bigint); every real amount fits a JS number exactly, and this says so loudly if not. */
function poisha(value: unknown): number {
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new Error(`amount ${String(value)} poisha is not a safe integer`);
  return amount;
}
const optionalPoisha = (value: unknown): number | null =>
  value === null || value === undefined ? null : poisha(value);

function status(value: unknown): ProductRecord['status'] {
  const text = String(value);
  if (!isProductStatus(text)) throw new Error(`unknown product status "${text}"`);
  return text;
}

export function toVariantRecord(row: Row): VariantRecord {
  return {
    id: String(row['id']),
    sku: String(row['sku']),
    options: json(row['options'] ?? {}),
    pricePoisha: poisha(row['pricePoisha']),
    compareAtPoisha: optionalPoisha(row['compareAtPoisha']),
    weightGrams: Number(row['weightGrams']),
  };
}

export function toProductRecord(row: Row): ProductRecord {
  return {
    id: String(row['id']),
    vendorId: String(row['vendor_id']),
    slug: String(row['slug']),
    titleEn: str(row['title_en']),
    titleBn: str(row['title_bn']),
    descriptionEn: str(row['description_en']),
    descriptionBn: str(row['description_bn']),
    brand: str(row['brand']),
    categorySlug: str(row['category_slug']),
    categoryPath: (row['category_path'] as string[] | null) ?? [],
    attributes: json(row['attributes'] ?? {}),
    images: json<ProductImage[]>(row['images'] ?? []),
    pricePoisha: poisha(row['price_poisha']),
    compareAtPoisha: optionalPoisha(row['compare_at_poisha']),
    maxPricePoisha: poisha(row['max_price_poisha']),
    status: status(row['status']),
    listed: Boolean(row['listed']),
    inStock: Boolean(row['in_stock']),
    moderationReason: str(row['moderation_reason']),
    moderatedAt: date(row['moderated_at']),
    submittedAt: date(row['submitted_at']),
    publishedAt: date(row['published_at']),
    version: Number(row['version']),
    createdAt: date(row['created_at'])!,
    updatedAt: date(row['updated_at'])!,
    variants: json<Row[]>(row['variants'] ?? []).map(toVariantRecord),
    shop: row['shop_slug'] ? { slug: String(row['shop_slug']), name: String(row['shop_name']) } : null,
  };
}

export function toCardRecord(row: Row): ProductCardRecord {
  return {
    id: String(row['id']),
    vendorId: String(row['vendor_id']),
    slug: String(row['slug']),
    titleEn: str(row['title_en']),
    titleBn: str(row['title_bn']),
    brand: str(row['brand']),
    categoryPath: (row['category_path'] as string[] | null) ?? [],
    pricePoisha: poisha(row['price_poisha']),
    compareAtPoisha: optionalPoisha(row['compare_at_poisha']),
    maxPricePoisha: poisha(row['max_price_poisha']),
    image: row['image'] ? json<ProductImage>(row['image']) : null,
    inStock: Boolean(row['in_stock']),
    createdAt: date(row['created_at'])!,
    status: status(row['status']),
    version: Number(row['version']),
    updatedAt: date(row['updated_at'])!,
    submittedAt: date(row['submitted_at']),
    moderationReason: str(row['moderation_reason']),
    moderatedAt: date(row['moderated_at']),
  };
}
