import { z } from 'zod';
import { INT4_MAX, itemPricePoishaSchema, MAX_ITEM_PRICE_POISHA } from '../money.schema';

const text = (max: number) => z.string().trim().min(1).max(max);

export const MAX_PRODUCT_IMAGES = 10;
export const MAX_PRODUCT_VARIANTS = 100;
export const MAX_PRODUCT_ATTRIBUTES = 30;

export const PRODUCT_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'archived'] as const;
export const productStatusSchema = z.enum(PRODUCT_STATUSES);
export type ProductStatus = z.infer<typeof productStatusSchema>;

export const slugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** English or Bangla or both: many small vendors list in Bangla only (the slug is then its Banglish transliteration). */
const localizedTitle = z
  .object({ en: text(200).optional(), bn: text(200).optional() })
  .strict()
  .refine((title) => title.en !== undefined || title.bn !== undefined, {
    message: 'give an English title (title.en) or a Bangla title (title.bn)',
    path: ['en'],
  });
/** What reads show: `en` is absent for a product listed with a Bangla title only. */
const titleView = z.object({ en: z.string().optional(), bn: z.string().optional() });
const localizedDescription = z.object({ en: text(5_000).optional(), bn: text(5_000).optional() }).strict();

/** Attribute keys are the category's definition keys: `colour`, `storage`, `screen_size`. */
export const attributeKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a lowercase attribute key');
export const attributeValueSchema = z.union([text(200), z.number().finite()]);
export const attributeValuesSchema = z
  .record(attributeKeySchema, attributeValueSchema)
  .refine((values) => Object.keys(values).length <= MAX_PRODUCT_ATTRIBUTES, {
    message: `must have at most ${MAX_PRODUCT_ATTRIBUTES} attributes`,
  });
export type AttributeValues = z.infer<typeof attributeValuesSchema>;

export const productImageSchema = z
  .object({
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).max(2_000),
    alt: z.object({ en: text(200), bn: text(200).optional() }).strict(),
  })
  .strict();
export type ProductImage = z.infer<typeof productImageSchema>;

const priceInput = z
  .object({ amountPoisha: itemPricePoishaSchema.min(1), compareAtPoisha: itemPricePoishaSchema.optional() })
  .strict()
  .refine((p) => p.compareAtPoisha === undefined || p.compareAtPoisha >= p.amountPoisha, {
    message: 'must not be below the price',
    path: ['compareAtPoisha'],
  });

export const skuSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_", "/" or "-"');

/** One sellable option combination of a product: its own SKU (unique per vendor), price and weight. */
export const variantInputSchema = z
  .object({
    sku: skuSchema,
    options: attributeValuesSchema.optional(),
    price: priceInput,
    weightGrams: z.number().int().min(1).max(1_000_000),
  })
  .strict();
export type VariantInput = z.infer<typeof variantInputSchema>;

const productFields = {
  slug: slugSchema.optional(),
  title: localizedTitle,
  description: localizedDescription.optional(),
  brand: text(100).optional(),
  /** A leaf of the category tree (GET /categories). */
  categorySlug: slugSchema,
  /** Validated against the category's attribute definitions, inherited down the tree. */
  attributes: attributeValuesSchema.optional(),
  images: z.array(productImageSchema).max(MAX_PRODUCT_IMAGES).optional(),
  variants: z.array(variantInputSchema).min(1).max(MAX_PRODUCT_VARIANTS),
};

/** POST /vendors/:vendorId/products: a draft, or straight into the moderation queue with submitForReview. */
export const createProductRequest = z
  .object({ ...productFields, submitForReview: z.boolean().optional() })
  .strict();
export type CreateProductRequest = z.infer<typeof createProductRequest>;

/**
 * PATCH /vendors/:vendorId/products/:productId: only the fields given change; `variants` replaces the whole set
 * (variants keep their id when their SKU stays). `expectedVersion` turns a lost update into a 409.
 */
export const updateProductRequest = z
  .object({
    slug: productFields.slug,
    title: localizedTitle.optional(),
    description: localizedDescription.optional(),
    brand: text(100).nullable().optional(),
    categorySlug: slugSchema.optional(),
    attributes: productFields.attributes,
    images: productFields.images,
    variants: productFields.variants.optional(),
    expectedVersion: z.number().int().positive().max(INT4_MAX).optional(),
  })
  .strict();
export type UpdateProductRequest = z.infer<typeof updateProductRequest>;

export const moneyView = z.object({
  amountPoisha: z.number().int(),
  compareAtPoisha: z.number().int().optional(),
  currency: z.literal('BDT'),
});

/** The lowest variant price ("from ৳…"), and the highest when variants differ. */
export const priceRangeView = moneyView.extend({ maxAmountPoisha: z.number().int().optional() });

export const variantView = z.object({
  id: z.uuid(),
  sku: z.string(),
  options: z.record(z.string(), z.union([z.string(), z.number()])),
  price: moneyView,
  weightGrams: z.number().int(),
});
export type VariantView = z.infer<typeof variantView>;

export const productView = z.object({
  id: z.uuid(),
  vendorId: z.uuid(),
  slug: z.string(),
  title: titleView,
  description: z.object({ en: z.string().optional(), bn: z.string().optional() }),
  brand: z.string().optional(),
  categorySlug: z.string().optional(),
  categoryPath: z.array(z.string()),
  attributes: z.record(z.string(), z.union([z.string(), z.number()])),
  images: z.array(productImageSchema),
  variants: z.array(variantView),
  price: priceRangeView,
  /** The first image's URL, for clients that show one picture. */
  imageUrl: z.string().optional(),
  inStock: z.boolean(),
  shop: z.object({ slug: z.string(), name: z.string() }).optional(),
  status: productStatusSchema,
  /** The last moderation decision; shown to the product's vendor and to admins, never on public reads. */
  moderation: z.object({ reason: z.string().optional(), decidedAt: z.string().optional() }).optional(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().optional(),
});
export type ProductView = z.infer<typeof productView>;

/** A product in a list: enough for a product grid, no variants. */
export const productCard = z.object({
  id: z.uuid(),
  vendorId: z.uuid(),
  slug: z.string(),
  title: titleView,
  brand: z.string().optional(),
  categoryPath: z.array(z.string()),
  price: priceRangeView,
  image: productImageSchema.optional(),
  imageUrl: z.string().optional(),
  inStock: z.boolean(),
  createdAt: z.string(),
});
export type ProductCard = z.infer<typeof productCard>;

/** A product in a vendor's or a moderator's list: the card plus where it stands. */
export const managedProductCard = productCard.extend({
  status: productStatusSchema,
  version: z.number().int(),
  updatedAt: z.string(),
  moderation: productView.shape.moderation,
});
export type ManagedProductCard = z.infer<typeof managedProductCard>;

const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const poishaParam = z.coerce.number().int().min(0).max(MAX_ITEM_PRICE_POISHA);

export const PRODUCT_SORTS = ['newest', 'price_asc', 'price_desc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** GET /products: published products of active shops, cursor-paginated. */
export const listProductsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(24),
    cursor: z.string().max(300).optional(),
    /** A category slug; products anywhere in its subtree match. */
    category: slugSchema.optional(),
    vendorId: z.uuid().optional(),
    minPricePoisha: poishaParam.optional(),
    maxPricePoisha: poishaParam.optional(),
    inStock: booleanFlag.optional(),
    sort: z.enum(PRODUCT_SORTS).default('newest'),
  })
  .strict()
  .refine(
    (q) =>
      q.minPricePoisha === undefined ||
      q.maxPricePoisha === undefined ||
      q.minPricePoisha <= q.maxPricePoisha,
    { message: 'must not be below minPricePoisha', path: ['maxPricePoisha'] },
  );
export type ListProductsQuery = z.infer<typeof listProductsQuery>;

export const productPage = z.object({ items: z.array(productCard), nextCursor: z.string().nullable() });
export type ProductPage = z.infer<typeof productPage>;

/** GET /vendors/:vendorId/products: every product of the vendor, any status, newest first. */
export const listVendorProductsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(24),
    cursor: z.string().max(300).optional(),
    status: productStatusSchema.optional(),
  })
  .strict();
export type ListVendorProductsQuery = z.infer<typeof listVendorProductsQuery>;

export const managedProductPage = z.object({
  items: z.array(managedProductCard),
  nextCursor: z.string().nullable(),
});
export type ManagedProductPage = z.infer<typeof managedProductPage>;

export const productIdParams = z.object({ vendorId: z.uuid(), productId: z.uuid() }).strict();
export const vendorIdParams = z.object({ vendorId: z.uuid() }).strict();
