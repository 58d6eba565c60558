import {
  formatCount,
  formatDateTime,
  formatDay,
  formatDecimal,
  formatMoney,
  formatPercent,
} from '../locale-format';
import { useUiLocale } from './intl';

/** Poisha as taka in the page's language: `৳১,২৩,৪৫৬.৫০` / `৳1,23,456.50`. */
export function Money({ poisha }: { poisha: number }) {
  const { locale } = useUiLocale();
  return <span className="tabular-nums whitespace-nowrap">{formatMoney(poisha, locale)}</span>;
}

/** A whole number with lakh grouping in the page's digits. */
export function Count({ value }: { value: number }) {
  const { locale } = useUiLocale();
  return <span className="tabular-nums">{formatCount(value, locale)}</span>;
}

/** A time in Dhaka, in the page's language, with the machine-readable value for assistive tech. */
export function DateTime({ iso }: { iso: string | null | undefined }) {
  const { locale } = useUiLocale();
  if (!iso) return <span>—</span>;
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}

/** The same formatters as functions, for attributes and chart labels. */
export function useFormatters() {
  const { locale } = useUiLocale();
  return {
    money: (poisha: number) => formatMoney(poisha, locale),
    count: (value: number) => formatCount(value, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
    day: (day: string) => formatDay(day, locale),
    decimal: (value: number) => formatDecimal(value, locale),
    percent: (share: number) => formatPercent(share, locale),
  };
}
