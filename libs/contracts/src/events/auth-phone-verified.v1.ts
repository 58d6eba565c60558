import { z } from 'zod';

/**
 * A person proved they hold a mobile number (an SMS code). Orders placed as a guest with this number can be
 * claimed by `userId`: the order service links them when this arrives, at any time after the order.
 */
export const authPhoneVerifiedV1 = z.object({
  userId: z.uuid(),
  /** E.164, e.g. +8801712345678 */
  phone: z.string().regex(/^\+8801[3-9]\d{8}$/),
  verifiedAt: z.iso.datetime({ offset: true }),
});
