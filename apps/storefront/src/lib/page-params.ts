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

export function localized(text: { en: string; bn?: string | undefined }, locale: Locale): string {
  return locale === 'bn' ? (text.bn ?? text.en) : text.en;
}

export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
