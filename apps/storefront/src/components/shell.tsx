import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';
import { SearchBox } from './search-box';

/**
 * Header (search with autocomplete, cart, account, language), main and footer of every page. `path` is the page
 * without locale; `query` what the header's search box shows (the results page's query).
 */
export async function Shell({
  locale,
  path,
  query = '',
  children,
}: {
  locale: Locale;
  path: string;
  query?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'nav' });
  const search = await getTranslations({ locale, namespace: 'search' });
  const footer = await getTranslations({ locale, namespace: 'footer' });
  const other: Locale = locale === 'bn' ? 'en' : 'bn';
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only">
        {t('skipToContent')}
      </a>
      <header className="bg-brand text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href={`/${locale}`} className="text-xl font-bold">
            GetIt
          </Link>
          <SearchBox
            locale={locale}
            initial={query}
            labels={{
              label: t('searchLabel'),
              placeholder: t('searchPlaceholder'),
              button: t('searchButton'),
              suggestions: search('suggestions'),
            }}
          />
          <nav className="ml-auto flex gap-4 text-sm font-semibold">
            <Link href={`/${locale}/cart`}>{t('cart')}</Link>
            <Link href={`/${locale}/account`}>{t('account')}</Link>
            <a href={`/${other}${path}`} hrefLang={other} lang={other}>
              {t('switchLanguage')}
            </a>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl px-4 py-8 text-sm text-gray-700">{footer('note')}</footer>
    </>
  );
}
