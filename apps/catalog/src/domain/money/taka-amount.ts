const BANGLA_DIGITS = /[০-৯]/g;
const AMOUNT = /^(?:\d{1,3}(?:,\d{2,3})*|\d+)(?:\.(\d{1,2}))?$/;

/**
 * A taka amount as people write it in a spreadsheet ("1250", "1,250.50", "১২৫০", "৳ 1,25,000") to integer poisha,
 * without floating point: the digits are read as text. Lakh grouping is accepted. Undefined when it is not an
 * amount: negative, more than two decimals (a fraction of a poisha), or not a number at all.
 */
export function takaToPoisha(input: string): number | undefined {
  const text = input
    .trim()
    .replace(BANGLA_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x09e6))
    .replace(/^(?:৳|tk\.?|bdt)\s*/i, '');
  const match = AMOUNT.exec(text);
  if (!match) return undefined;
  const [whole, fraction = ''] = text.replace(/,/g, '').split('.');
  const poisha = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(poisha) ? poisha : undefined;
}
