import type { Metadata } from 'next';
import { LOCALES, type Locale } from '../i18n/routing';
import { PUBLIC_URL } from './gateway';

/** Title, description, canonical URL, hreflang alternates (bn, en, x-default) and Open Graph for one page. */
export function pageMetadata(
  locale: Locale,
  path: string,
  title: string,
  description: string,
  extra: { image?: string | undefined; type?: 'website' | 'article' } = {},
): Metadata {
  const url = (l: Locale) => `${PUBLIC_URL}/${l}${path}`;
  return {
    title,
    description,
    metadataBase: new URL(PUBLIC_URL),
    alternates: {
      canonical: url(locale),
      languages: { ...Object.fromEntries(LOCALES.map((l) => [l, url(l)])), 'x-default': url('bn') },
    },
    openGraph: {
      title,
      description,
      url: url(locale),
      siteName: 'GetIt',
      locale: locale === 'bn' ? 'bn_BD' : 'en_US',
      type: extra.type ?? 'website',
      ...(extra.image ? { images: [{ url: extra.image }] } : {}),
    },
  };
}
