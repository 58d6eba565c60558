import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LOCALES, type Locale } from '../i18n/routing';
import { PUBLIC_URL } from './gateway';
import { pageLocale } from './page-params';

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

/**
 * `generateMetadata` of a page for one shopper (cart, checkout, account, order, payment), kept out of search
 * engines: its title, and with `path` the canonical URL, hreflang and Open Graph too.
 */
export function privatePageMetadata(
  title: 'accountTitle' | 'orderTitle' | 'paymentTitle' | 'cartTitle' | 'checkoutTitle',
  path?: string,
) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await pageLocale(params);
    const t = await getTranslations({ locale, namespace: 'meta' });
    const shown = path ? pageMetadata(locale, path, t(title), t('homeDescription')) : { title: t(title) };
    return { ...shown, robots: { index: false } };
  };
}
