import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '../i18n/routing';

export type LocaleParams = Promise<{ locale: string }>;

/** The page's locale from its `[locale]` segment (404 for anything else), set for next-intl's server functions. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** A product listed in Bangla only has no `en`: its Bangla text shows in both locales. */
export function localized(
  text: { en?: string | undefined; bn?: string | undefined },
  locale: Locale,
): string {
  return (locale === 'bn' ? (text.bn ?? text.en) : (text.en ?? text.bn)) ?? '';
}

export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What Next hands a page below `[locale]`: its segment params (`P` besides the locale) and its query. */
export interface PageProps<P extends object = object> {
  params: Promise<{ locale: string } & P>;
  searchParams: SearchParams;
}

/** A page's locale (404 unless bn or en, set for next-intl), its other segment params and its query string. */
export async function pageRequest<P extends object>(props: PageProps<P>) {
  const locale = await pageLocale(props.params);
  return { locale, params: await props.params, query: await props.searchParams };
}
