const BANGLA_DIGITS = '০১২৩৪৫৬৭৮৯';

export type MoneyLocale = 'en' | 'bn';

/** Western digits as Bengali digits (০–৯); everything else unchanged. */
export function toBanglaDigits(text: string): string {
  return text.replace(/\d/g, (digit) => BANGLA_DIGITS[Number(digit)]!);
}

/**
 * Poisha as people read taka: `৳1,23,456.50` in English, `৳১,২৩,৪৫৬.৫০` in Bangla. Lakh grouping (the last three
 * digits, then twos); paisa only when there are some. Integer arithmetic only, so nothing rounds. One formatter for
 * the services' messages and the web apps (not Intl, whose bn-BD grouping and digits vary between ICU builds).
 */
export function formatTaka(poisha: number, locale: MoneyLocale = 'en'): string {
  const sign = poisha < 0 ? '-' : '';
  const absolute = Math.abs(poisha);
  const whole = Math.floor(absolute / 100);
  const fraction = absolute % 100;
  const digits = String(whole);
  const head = digits.slice(0, -3);
  const grouped = head ? `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${digits.slice(-3)}` : digits;
  const text = `${sign}৳${grouped}${fraction ? `.${String(fraction).padStart(2, '0')}` : ''}`;
  return locale === 'bn' ? toBanglaDigits(text) : text;
}

/**
 * Poisha as a plain decimal taka amount, for files machines read (CSV, bank uploads) and the value of a form's
 * amount input: `1250.00`, `-0.05`, `0.00`. No currency sign and no grouping, always two decimals, a leading minus
 * for negatives. Integer arithmetic only; a fraction of a poisha is refused rather than rounded away.
 */
export function formatTakaDecimal(poisha: number): string {
  if (!Number.isSafeInteger(poisha)) throw new RangeError('poisha must be a safe integer');
  const magnitude = Math.abs(poisha);
  const taka = Math.floor(magnitude / 100);
  const fraction = String(magnitude % 100).padStart(2, '0');
  return `${poisha < 0 ? '-' : ''}${taka}.${fraction}`;
}
