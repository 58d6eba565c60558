import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/** Locale negotiation: `/checkout/payment?…` (the payment return URL) lands on `/bn/checkout/payment?…` or `/en/…`. */
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|metrics|healthz|readyz|sitemap.xml|robots.txt|.*\\..*).*)'],
};
