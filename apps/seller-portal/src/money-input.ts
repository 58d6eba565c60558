const BENGALI_DIGIT = /[\u09E6-\u09EF]/g;

/** Taka as typed (`1250`, `1,250.50`, `১২৫০`) to poisha; undefined when it is not an amount. */
export function takaToPoisha(text: string): number | undefined {
  const plain = text
    .replace(BENGALI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x09e6))
    .replace(/[,\s৳]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(plain)) return undefined;
  const [whole, fraction = ''] = plain.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
