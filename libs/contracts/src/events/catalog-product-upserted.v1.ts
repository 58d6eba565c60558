import { z } from 'zod';
import { currencySchema, poishaSchema } from '../money.schema';

/** A product was created or changed. Carries what search and order need; stock status comes from inventory. */
export const catalogProductUpsertedV1 = z.object({
  productId: z.uuid(),
  vendorId: z.uuid(),
  slug: z.string().min(1),
  title: z.object({ en: z.string().min(1), bn: z.string().min(1).optional() }),
  description: z.object({ en: z.string().optional(), bn: z.string().optional() }).optional(),
  brand: z.string().optional(),
  categoryPath: z.array(z.string().min(1)),
  price: z.object({
    amountPoisha: poishaSchema,
    compareAtPoisha: poishaSchema.optional(),
    currency: currencySchema,
  }),
  imageUrl: z.url().optional(),
  status: z.enum(['draft', 'pending_review', 'published', 'rejected', 'archived']),
  /** Monotonic per product: consumers ignore a version older than the one they hold. */
  version: z.number().int().positive(),
});
