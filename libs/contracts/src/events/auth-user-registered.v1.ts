import { z } from 'zod';

/** A person got an account (shopper by phone or email, vendor staff, admin). No secrets, no password hash. */
export const authUserRegisteredV1 = z.object({
  userId: z.uuid(),
  kind: z.enum(['shopper', 'vendor_staff', 'admin']),
  /** E.164, e.g. +8801712345678 */
  phone: z
    .string()
    .regex(/^\+8801[3-9]\d{8}$/)
    .optional(),
  email: z.email().optional(),
  displayName: z.string().max(200).optional(),
  locale: z.enum(['en', 'bn']).default('en'),
});
