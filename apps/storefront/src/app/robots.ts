import type { MetadataRoute } from 'next';
import { PUBLIC_URL } from '../lib/gateway';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/api/',
        '/bn/cart',
        '/en/cart',
        '/bn/checkout',
        '/en/checkout',
        '/bn/account',
        '/en/account',
      ],
    },
    sitemap: `${PUBLIC_URL}/sitemap.xml`,
  };
}
