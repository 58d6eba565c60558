/** Why typed taka is not an amount: each app words it in its own bn and en messages. */
export type TakaAmountRefusal =
  'empty' | 'negative' | 'not_a_number' | 'misplaced_comma' | 'too_many_decimals' | 'too_large';

export type TakaAmountParse = { ok: true; poisha: number } | { ok: false; reason: TakaAmountRefusal };

const BANGLA_DIGITS = /[\u09E6-\u09EF]/g;
/** ৳, Tk, Tk. or BDT before the amount (`৳ 1,250`, `Tk.99`) or after it (`1250৳`, `1250 Tk`). */
const CURRENCY_BEFORE = /^(?:৳|tk\.?|bdt)\s*/i;
const CURRENCY_AFTER = /\s*(?:৳|tk\.?|bdt)$/i;
const NUMBER = /^([\d,]+)(?:\.(\d+))?$/;
/** Lakh grouping (`1,25,000`: the last three digits, then twos) or thousands (`125,000`). */
const GROUPED = /^(?:\d{1,2}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+)$/;

/**
 * Taka as a person types it (a vendor's price, an admin's refund, a spreadsheet cell) to integer poisha, reading
 * the digits as text so nothing rounds: `1250`, `1,250.50`, `1,25,000`, `৳ ১২৫০.৫০`, `Tk. 99`, `1250৳`. Bengali
 * digits, the taka sign or Tk/BDT before or after, commas only where grouping puts them, at most two decimals
 * (a fraction of a poisha is refused, not rounded), no sign, exponent, space inside the number, NaN or Infinity,
 * and nothing beyond a safe integer of poisha. A refusal says why.
 */
export function parseTakaAmount(input: string): TakaAmountParse {
  const text = input
    .trim()
    .replace(BANGLA_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x09e6))
    .replace(CURRENCY_BEFORE, '')
    .replace(CURRENCY_AFTER, '');
  if (!text) return { ok: false, reason: 'empty' };
  if (/^[-−]/.test(text)) return { ok: false, reason: 'negative' };
  const match = NUMBER.exec(text);
  if (!match) return { ok: false, reason: 'not_a_number' };
  const [, grouped = '', fraction = ''] = match;
  if (grouped.includes(',') && !GROUPED.test(grouped)) return { ok: false, reason: 'misplaced_comma' };
  if (fraction.length > 2) return { ok: false, reason: 'too_many_decimals' };
  const poisha = Number(grouped.replace(/,/g, '')) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(poisha) ? { ok: true, poisha } : { ok: false, reason: 'too_large' };
}

/** `parseTakaAmount` for a form that has one message for every refusal: the poisha, or undefined. */
export function takaToPoisha(input: string): number | undefined {
  const parsed = parseTakaAmount(input);
  return parsed.ok ? parsed.poisha : undefined;
}
