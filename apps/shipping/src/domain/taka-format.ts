const BANGLA_DIGITS = '০১২৩৪৫৬৭৮৯';

/**
 * Poisha as people read taka: `৳1,20,000` or `৳120.50` in English, the same with Bangla digits in Bangla.
 * Lakh grouping (last three digits, then twos); paisa shown only when there are some.
 */
export function formatTaka(poisha: number, locale: 'en' | 'bn'): string {
  const whole = Math.floor(poisha / 100);
  const fraction = poisha % 100;
  const digits = String(whole);
  const head = digits.slice(0, -3);
  const grouped = head ? `${head.replace(/\B(?=(\d{2})+$)/g, ',')},${digits.slice(-3)}` : digits;
  const text = `৳${grouped}${fraction ? `.${String(fraction).padStart(2, '0')}` : ''}`;
  return locale === 'bn' ? text.replace(/\d/g, (digit) => BANGLA_DIGITS[Number(digit)]!) : text;
}

/** A weight in kilograms with up to three decimals, e.g. `1.25 kg` / `১.২৫ কেজি`. */
export function formatKg(grams: number, locale: 'en' | 'bn'): string {
  const kg = String(grams / 1000);
  return locale === 'bn'
    ? `${kg.replace(/\d/g, (digit) => BANGLA_DIGITS[Number(digit)]!)} কেজি`
    : `${kg} kg`;
}
