import type { NextRequest, NextResponse } from 'next/server';
import { accessCookieMaxAge, type TokenPair } from './auth-session';
import { cookieOptions } from './cart-session';
import { COOKIES, publicGateway } from './gateway';

// A page and the requests it starts can all arrive with the same old refresh token. Auth treats a second use of one
// as theft and ends the session, so this process trades each token once and shares the answer for a minute.
const trades = new Map<string, Promise<TokenPair | null>>();

function trade(refreshToken: string): Promise<TokenPair | null> {
  let pending = trades.get(refreshToken);
  if (!pending) {
    pending = publicGateway()
      .POST('/api/auth/refresh', { body: { refreshToken } })
      .then(
        ({ data }) => data ?? null,
        () => null,
      );
    trades.set(refreshToken, pending);
    setTimeout(() => trades.delete(refreshToken), 60_000).unref();
  }
  return pending;
}

/**
 * Keeps a shopper signed in past the access token's 15 minutes: when the browser still holds the refresh cookie but
 * no access cookie, the token pair is renewed before the page renders. The new cookies go to this request (so the
 * page sees the shopper) and, through the returned function, to the response. A refresh token auth refuses (expired,
 * revoked, reused) signs the browser out. Router prefetches never renew; the navigation that follows does.
 */
export async function renewSession(
  request: NextRequest,
): Promise<((response: NextResponse) => void) | undefined> {
  const refreshToken = request.cookies.get(COOKIES.refresh)?.value;
  if (!refreshToken || request.cookies.has(COOKIES.access)) return undefined;
  if (request.headers.get('next-router-prefetch') || request.headers.get('purpose') === 'prefetch')
    return undefined;
  const tokens = await trade(refreshToken);
  if (!tokens) {
    request.cookies.delete(COOKIES.refresh);
    return (response) => response.cookies.delete(COOKIES.refresh);
  }
  request.cookies.set(COOKIES.access, tokens.accessToken);
  request.cookies.set(COOKIES.refresh, tokens.refreshToken);
  return (response) => {
    response.cookies.set(COOKIES.access, tokens.accessToken, {
      ...cookieOptions,
      maxAge: accessCookieMaxAge(tokens.expiresIn),
    });
    response.cookies.set(COOKIES.refresh, tokens.refreshToken, cookieOptions);
  };
}
