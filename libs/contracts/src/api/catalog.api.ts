import { z } from 'zod';
import { poishaSchema } from '../money.schema';

const text = (max: number) => z.string().trim().min(1).max(max);

/** POST /products: a vendor lists a product (the vendor comes from the token once identity lands). */
export const createProductRequest = z
  .object({
    vendorId: z.uuid(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')
      .max(120)
      .optional(),
    title: z.object({ en: text(200), bn: text(200).optional() }).strict(),
    description: z
      .object({ en: text(5_000).optional(), bn: text(5_000).optional() })
      .strict()
      .optional(),
    brand: text(100).optional(),
    categoryPath: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'must be a category slug'))
      .min(1)
      .max(5),
    price: z
      .object({ amountPoisha: poishaSchema.min(1), compareAtPoisha: poishaSchema.optional() })
      .strict()
      .refine((p) => p.compareAtPoisha === undefined || p.compareAtPoisha >= p.amountPoisha, {
        message: 'must not be below the price',
        path: ['compareAtPoisha'],
      }),
    imageUrl: z
      .url({ protocol: /^https?$/ })
      .max(2_000)
      .optional(),
  })
  .strict();
export type CreateProductRequest = z.infer<typeof createProductRequest>;

export const productView = z.object({
  id: z.uuid(),
  vendorId: z.uuid(),
  slug: z.string(),
  title: z.object({ en: z.string(), bn: z.string().optional() }),
  description: z.object({ en: z.string().optional(), bn: z.string().optional() }),
  brand: z.string().optional(),
  categoryPath: z.array(z.string()),
  price: z.object({
    amountPoisha: z.number().int(),
    compareAtPoisha: z.number().int().optional(),
    currency: z.literal('BDT'),
  }),
  imageUrl: z.string().optional(),
  status: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductView = z.infer<typeof productView>;

/** GET /products: newest first, cursor-paginated. */
export const listProductsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(24),
    cursor: z.string().max(200).optional(),
    vendorId: z.uuid().optional(),
  })
  .strict();
export type ListProductsQuery = z.infer<typeof listProductsQuery>;

export const productPage = z.object({ items: z.array(productView), nextCursor: z.string().nullable() });
export type ProductPage = z.infer<typeof productPage>;
