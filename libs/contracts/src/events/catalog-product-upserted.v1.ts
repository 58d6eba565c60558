import { z } from 'zod';
import { currencySchema, poishaSchema } from '../money.schema';

const attributeValues = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * A product was created or changed. Carries what search and order need; stock status comes from inventory.
 * Fields after `version` were added later (additive, so still v1): consumers must not require them.
 */
export const catalogProductUpsertedV1 = z.object({
  productId: z.uuid(),
  vendorId: z.uuid(),
  slug: z.string().min(1),
  /** At least one of the two; `en` is absent for a product listed with a Bangla title only. */
  title: z.object({ en: z.string().min(1).optional(), bn: z.string().min(1).optional() }),
  description: z.object({ en: z.string().optional(), bn: z.string().optional() }).optional(),
  brand: z.string().optional(),
  /** Category slugs from the root to the product's leaf category. */
  categoryPath: z.array(z.string().min(1)),
  /** The lowest variant price: what a product grid shows as "from". */
  price: z.object({
    amountPoisha: poishaSchema,
    compareAtPoisha: poishaSchema.optional(),
    currency: currencySchema,
  }),
  imageUrl: z.url().optional(),
  status: z.enum(['draft', 'pending_review', 'published', 'rejected', 'archived']),
  /** Monotonic per product: consumers ignore a version older than the one they hold. */
  version: z.number().int().positive(),
  /**
   * Whether shoppers can see and buy it now: published AND its vendor's shop is active. A published product of a
   * suspended vendor is upserted with `listed: false`. Absent in older events: treat as `status === 'published'`.
   */
  listed: z.boolean().optional(),
  categorySlug: z.string().min(1).optional(),
  attributes: attributeValues.optional(),
  images: z
    .array(z.object({ url: z.url(), alt: z.object({ en: z.string(), bn: z.string().optional() }) }))
    .optional(),
  /** Every sellable variant with its own price, for order and search facets. */
  variants: z
    .array(
      z.object({
        variantId: z.uuid(),
        sku: z.string().min(1),
        options: attributeValues,
        price: z.object({
          amountPoisha: poishaSchema,
          compareAtPoisha: poishaSchema.optional(),
          currency: currencySchema,
        }),
        weightGrams: z.number().int().positive(),
      }),
    )
    .optional(),
});
