// the money formatting alone: the contracts barrel would bring zod and every schema into the SPAs' entry chunk
import { formatTaka, toBanglaDigits, type MoneyLocale } from '@getit/contracts/money-format';

export type UiLocale = MoneyLocale;

/** Money for a page: the one formatter the services use (`৳১,২৩,৪৫৬.৫০` / `৳1,23,456.50`). */
export function formatMoney(poisha: number, locale: UiLocale): string {
  return formatTaka(poisha, locale);
}

/** A whole number in the locale's digits with lakh grouping: `1,00,000` / `১,০০,০০০`. */
export function formatCount(value: number, locale: UiLocale): string {
  const digits = String(Math.trunc(Math.abs(value)));
  const head = digits.slice(0, -3);
  const grouped = head ? `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${digits.slice(-3)}` : digits;
  const text = `${value < 0 ? '-' : ''}${grouped}`;
  return locale === 'bn' ? toBanglaDigits(text) : text;
}

/** A number with one decimal (days, averages), in the locale's digits: `2.5` / `২.৫`; whole numbers stay whole. */
export function formatDecimal(value: number, locale: UiLocale): string {
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded)
    ? formatCount(rounded, 'en')
    : `${formatCount(Math.trunc(rounded), 'en')}.${Math.abs(Math.round(rounded * 10)) % 10}`;
  return locale === 'bn' ? toBanglaDigits(text) : text;
}

/** A share 0…1 as a whole percentage in the locale's digits: `83%` / `৮৩%`. */
export function formatPercent(share: number, locale: UiLocale): string {
  return `${formatCount(Math.round(share * 100), locale)}%`;
}

const DATE_LOCALES: Record<UiLocale, string> = { en: 'en-GB', bn: 'bn-BD' };

/** A date and time in Dhaka time, in the locale's words and digits: `7 Dec 2026, 14:05` / `৭ ডিসে, ২০২৬ ...`. */
export function formatDateTime(iso: string, locale: UiLocale): string {
  const text = new Intl.DateTimeFormat(DATE_LOCALES[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Dhaka',
  }).format(new Date(iso));
  return locale === 'bn' ? toBanglaDigits(text) : text;
}

/** A calendar day (`YYYY-MM-DD`, a day in Dhaka) in the locale's words and digits: `1 Nov 2026` / `১ নভে, ২০২৬`. */
export function formatDay(day: string, locale: UiLocale): string {
  const text = new Intl.DateTimeFormat(DATE_LOCALES[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
  return locale === 'bn' ? toBanglaDigits(text) : text;
}

/** "3 minutes ago" / "৩ মিনিট আগে", from seconds relative to `now`. */
export function formatRelative(iso: string, locale: UiLocale, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const format = new Intl.RelativeTimeFormat(DATE_LOCALES[locale], { numeric: 'auto' });
  for (const [unit, size] of units)
    if (Math.abs(seconds) >= size)
      return toLocaleDigits(format.format(Math.round(seconds / size), unit), locale);
  return toLocaleDigits(format.format(seconds, 'second'), locale);
}

function toLocaleDigits(text: string, locale: UiLocale): string {
  return locale === 'bn' ? toBanglaDigits(text) : text;
}
