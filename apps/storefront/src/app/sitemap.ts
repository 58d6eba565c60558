import type { MetadataRoute } from 'next';
import { LOCALES } from '../i18n/routing';
import { load, publicGateway, PUBLIC_URL } from '../lib/gateway';

export const dynamic = 'force-dynamic';

/** Home, every category and the newest products, in both languages with hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const api = publicGateway();
  const [categories, products] = await Promise.all([
    load(api.GET('/api/categories')),
    load(api.GET('/api/products', { params: { query: { limit: 100, sort: 'newest' } } })),
  ]);
  const paths = [
    '',
    ...(categories.ok ? categories.data.items.map((c) => `/c/${c.slug}`) : []),
    ...(products.ok ? products.data.items.map((p) => `/p/${p.slug}`) : []),
  ];
  return paths.map((path) => ({
    url: `${PUBLIC_URL}/bn${path}`,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${PUBLIC_URL}/${l}${path}`])) },
  }));
}
