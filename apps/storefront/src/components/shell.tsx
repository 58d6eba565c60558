import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '../i18n/routing';

/** Header (search, cart, account, language), main and footer of every page. `path` is the page without locale. */
export async function Shell({
  locale,
  path,
  children,
}: {
  locale: Locale;
  path: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'nav' });
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
          <form
            action={`/${locale}/search`}
            method="get"
            role="search"
            className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1"
          >
            <label htmlFor="q" className="sr-only">
              {t('searchLabel')}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              placeholder={t('searchPlaceholder')}
              className="min-w-0 flex-1 rounded px-3 py-2 text-gray-900"
            />
            <button type="submit" className="rounded bg-white px-3 py-2 font-semibold text-brand-dark">
              {t('searchButton')}
            </button>
          </form>
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
