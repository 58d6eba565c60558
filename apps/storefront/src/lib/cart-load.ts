import { cartId, chosenDistrict } from './cart-session';
import { gateway, load, type Loaded } from './gateway';
import type { Cart, DeliveryQuote } from '../components/cart-packages';

export interface LoadedCart {
  cart: Loaded<Cart> | null;
  quote: DeliveryQuote | null;
  district: string;
}

/**
 * The shopper's cart and its delivery quote (one charge per vendor package) for the chosen district, or for
 * `deliverTo` (checkout's saved address).
 */
export async function loadCart(
  paymentMethod: 'cod' | 'bkash' | 'nagad' | 'sslcommerz' = 'cod',
  deliverTo?: string,
): Promise<LoadedCart> {
  const id = await cartId();
  const district = deliverTo ?? (await chosenDistrict());
  if (!id) return { cart: null, quote: null, district };
  const api = await gateway();
  const cart = await load(api.GET('/api/carts/{cartId}', { params: { path: { cartId: id } } }));
  const hasLines = cart.ok && cart.data.vendors.some((v) => v.lines.length > 0);
  const quote = hasLines
    ? await load(
        api.POST('/api/carts/{cartId}/delivery-quote', {
          params: { path: { cartId: id } },
          body: { destinationDistrict: district, paymentMethod },
        }),
      )
    : null;
  return { cart, quote: quote?.ok ? quote.data : null, district };
}
