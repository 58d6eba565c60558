import { cookies } from 'next/headers';
import { COOKIES, gateway } from './gateway';

const THIRTY_DAYS = 60 * 60 * 24 * 30;
export const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge: THIRTY_DAYS };

export async function cartId(): Promise<string | undefined> {
  return (await cookies()).get(COOKIES.cart)?.value;
}

/** The shopper's cart id, creating a cart (guest, or the signed-in shopper's) the first time. Server actions only. */
export async function ensureCart(): Promise<string | undefined> {
  const existing = await cartId();
  if (existing) return existing;
  const { data } = await (await gateway()).POST('/api/carts');
  if (!data) return undefined;
  (await cookies()).set(COOKIES.cart, data.id, cookieOptions);
  return data.id;
}

export async function chosenDistrict(): Promise<string> {
  return (await cookies()).get(COOKIES.district)?.value ?? 'Dhaka';
}
