import { z } from 'zod';

export const SHOP_STATUSES = ['active', 'suspended', 'rejected'] as const;
export const shopStatusSchema = z.enum(SHOP_STATUSES);
export type ShopStatus = z.infer<typeof shopStatusSchema>;

/** An approved vendor's public profile. Created when auth approves the vendor. */
export const shopView = z.object({
  vendorId: z.uuid(),
  slug: z.string(),
  name: z.string(),
  logoUrl: z.string().optional(),
  description: z.object({ en: z.string().optional(), bn: z.string().optional() }),
  district: z.string(),
  /** Reviews come later; until then every shop shows "no ratings yet". */
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  since: z.string(),
});
export type ShopView = z.infer<typeof shopView>;

/** The vendor's own view of its shop, whatever its standing. */
export const managedShopView = shopView.extend({ status: shopStatusSchema });
export type ManagedShopView = z.infer<typeof managedShopView>;

/** PATCH /vendors/:vendorId/shop: what a vendor may say about its shop (name and district come from onboarding). */
export const updateShopRequest = z
  .object({
    logoUrl: z
      .url({ protocol: /^https$/, error: 'must be an https URL' })
      .max(2_000)
      .nullable()
      .optional(),
    description: z
      .object({
        en: z.string().trim().min(1).max(2_000).optional(),
        bn: z.string().trim().min(1).max(2_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type UpdateShopRequest = z.infer<typeof updateShopRequest>;

export const listShopsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(24),
    cursor: z.string().max(300).optional(),
    district: z.string().trim().min(1).max(60).optional(),
  })
  .strict();
export type ListShopsQuery = z.infer<typeof listShopsQuery>;

export const shopPage = z.object({ items: z.array(shopView), nextCursor: z.string().nullable() });
export type ShopPage = z.infer<typeof shopPage>;
