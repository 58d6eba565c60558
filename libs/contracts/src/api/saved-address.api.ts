import { z } from 'zod';
import { deliveryAddress, orderView } from './order.api';

/** A shopper keeps at most this many addresses. */
export const MAX_SAVED_ADDRESSES = 10;

/**
 * POST /me/addresses and PUT /me/addresses/:addressId: a labelled delivery address ("Home", "Office"), checked like
 * an order's (BD mobile, division → district from the reference lists, postcode). `isDefault` makes it the one
 * checkout offers first; the first address saved is the default.
 */
export const savedAddressBody = z
  .object({
    label: z.string().trim().min(1).max(40),
    isDefault: z.boolean().optional(),
    address: deliveryAddress,
  })
  .strict();
export type SavedAddressBody = z.output<typeof savedAddressBody>;

export const savedAddressView = z.object({
  id: z.uuid(),
  label: z.string(),
  isDefault: z.boolean(),
  /** As an order's address: phone in E.164, division and district in the reference lists' spelling. */
  address: orderView.shape.address,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedAddressView = z.infer<typeof savedAddressView>;

/** GET /me/addresses: the default first, then the newest. */
export const savedAddressList = z.object({ items: z.array(savedAddressView) });
export type SavedAddressList = z.infer<typeof savedAddressList>;
