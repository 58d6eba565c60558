import { z } from 'zod';

/** A vendor organisation's onboarding decision; other services react (catalog stops selling a suspended vendor). */
const vendorDecision = z.object({
  vendorId: z.uuid(),
  shopName: z.string().min(1),
  slug: z.string().min(1),
  decidedBy: z.uuid(),
  reason: z.string().max(1_000).optional(),
  /** Monotonic per vendor, so a consumer can ignore an older decision that arrives late. */
  version: z.number().int().positive(),
});

export const authVendorApprovedV1 = vendorDecision.extend({
  district: z.string().min(1),
  payoutMethod: z.enum(['bkash', 'nagad', 'bank']),
});
export const authVendorRejectedV1 = vendorDecision.extend({ reason: z.string().min(1).max(1_000) });
export const authVendorSuspendedV1 = vendorDecision.extend({ reason: z.string().min(1).max(1_000) });
export const authVendorReinstatedV1 = vendorDecision;
