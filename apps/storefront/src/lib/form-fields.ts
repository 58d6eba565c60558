import { isLocale, type Locale } from '../i18n/routing';

/** A submitted form field, trimmed ('' when absent). */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** The page's locale, posted as a hidden field by every form. */
export function localeOf(form: FormData): Locale {
  const locale = text(form, 'locale');
  return isLocale(locale) ? locale : 'bn';
}
