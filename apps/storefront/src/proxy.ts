import type { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { renewSession } from './lib/token-refresh';

const negotiateLocale = createMiddleware(routing);

/**
 * Every page request: a signed-in shopper's expired access token is renewed first (lib/token-refresh.ts), then the
 * locale is negotiated: `/checkout/payment?…` (the payment return URL) lands on `/bn/checkout/payment?…` or `/en/…`.
 */
export default async function proxy(request: NextRequest) {
  const renewed = await renewSession(request);
  // next-intl forwards this request's headers (with any renewed cookies) to the page it renders.
  const response = negotiateLocale(request);
  renewed?.(response);
  return response;
}

export const config = {
  matcher: ['/((?!api|_next|metrics|healthz|readyz|sitemap.xml|robots.txt|.*\\..*).*)'],
};
