import { toBanglaDigits } from '@getit/contracts';

/** Poisha as people read taka: the one formatter in @getit/contracts, shared with the web apps. */
export { formatTaka } from '@getit/contracts';

/** A weight in kilograms with up to three decimals, e.g. `1.25 kg` / `১.২৫ কেজি`. */
export function formatKg(grams: number, locale: 'en' | 'bn'): string {
  const kg = String(grams / 1000);
  return locale === 'bn' ? `${toBanglaDigits(kg)} কেজি` : `${kg} kg`;
}
