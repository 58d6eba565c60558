import { z } from 'zod';

/** A product left the catalog (archived, deleted or its vendor suspended). */
export const catalogProductRemovedV1 = z.object({
  productId: z.uuid(),
  vendorId: z.uuid(),
  reason: z.enum(['archived', 'deleted', 'vendor_suspended']),
  version: z.number().int().positive(),
});
