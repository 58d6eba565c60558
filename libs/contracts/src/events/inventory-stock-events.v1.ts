import { z } from 'zod';

const quantity = z.number().int().nonnegative();

/**
 * A variant's available-to-sell quantity changed (on hand − reserved, summed over the vendor's warehouses).
 * Keyed by variantId on `inventory.stock`; `version` grows with every change, so a consumer ignores an older one.
 */
export const inventoryStockChangedV1 = z.object({
  variantId: z.uuid(),
  vendorId: z.uuid(),
  sku: z.string().min(1),
  available: quantity,
  version: z.number().int().positive(),
});

/** Available-to-sell fell to or below the vendor's threshold for the variant; raised again only after recovering. */
export const inventoryStockLowV1 = z.object({
  variantId: z.uuid(),
  vendorId: z.uuid(),
  sku: z.string().min(1),
  available: quantity,
  threshold: quantity,
  version: z.number().int().positive(),
});
