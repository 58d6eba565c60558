/** Letters and digits a shopper can read out on the phone: no 0/O, 1/I/L or U. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const SUFFIX_LENGTH = 6;

/**
 * A human-readable order number, e.g. GI-20261121-4F7K2Q: the day it was placed in Bangladesh time (UTC+6, no
 * daylight saving) and six random characters. About 7 × 10⁸ numbers a day; the database's unique constraint
 * catches the rare repeat and the caller draws again. `random` returns integers in [0, bound).
 */
export function orderNumber(placedAt: Date, random: (bound: number) => number): string {
  const dhaka = new Date(placedAt.getTime() + 6 * 3_600_000);
  const day = dhaka.toISOString().slice(0, 10).replace(/-/g, '');
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += ALPHABET[random(ALPHABET.length)];
  return `GI-${day}-${suffix}`;
}

export const ORDER_NUMBER_PATTERN = /^GI-\d{8}-[2-9A-HJKMNP-TV-Z]{6}$/;
