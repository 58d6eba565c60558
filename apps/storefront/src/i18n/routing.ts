import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['bn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** `/bn/...` and `/en/...`; a first visit picks by Accept-Language, a year-long cookie remembers the choice. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'bn',
  localePrefix: 'always',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
  alternateLinks: false,
});

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}
