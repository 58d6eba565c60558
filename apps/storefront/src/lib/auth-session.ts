import { cookies } from 'next/headers';
import type { ApiResponse } from '@getit/api-client';
import { cookieOptions } from './cart-session';
import { COOKIES, gateway } from './gateway';

export type TokenPair = ApiResponse<'/api/auth/refresh', 'post'>;

/**
 * The access cookie goes a little before the token does, so a page never sends an expired token: with only the
 * refresh cookie left, the proxy trades it for a new pair before the page renders (see token-refresh.ts).
 */
export function accessCookieMaxAge(expiresInSeconds: number): number {
  return Math.max(1, expiresInSeconds - 30);
}

/** Signs the browser in with a fresh token pair, and the guest cart joins the shopper's cart. Server actions only. */
export async function startSession(tokens: TokenPair): Promise<void> {
  const jar = await cookies();
  jar.set(COOKIES.access, tokens.accessToken, {
    ...cookieOptions,
    maxAge: accessCookieMaxAge(tokens.expiresIn),
  });
  jar.set(COOKIES.refresh, tokens.refreshToken, cookieOptions);
  const guestCart = jar.get(COOKIES.cart)?.value;
  if (!guestCart) return;
  const merged = await (
    await gateway(tokens.accessToken)
  ).POST('/api/carts/{cartId}/merge', { params: { path: { cartId: guestCart } } });
  if (merged.data) jar.set(COOKIES.cart, merged.data.id, cookieOptions);
  else jar.delete(COOKIES.cart);
}

/** Forgets the session in this browser (the cart belonged to the shopper, so it goes too). Server actions only. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  for (const name of [COOKIES.access, COOKIES.refresh, COOKIES.cart]) jar.delete(name);
}

/** Whether this request carries a shopper's access token (renewed by the proxy when it had expired). */
export async function isSignedIn(): Promise<boolean> {
  return Boolean((await cookies()).get(COOKIES.access)?.value);
}
