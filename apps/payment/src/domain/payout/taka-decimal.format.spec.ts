import { formatTakaDecimal } from './taka-decimal.format';

describe('formatTakaDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [100, '1.00'],
    [1_106_25, '1106.25'],
    [1_00_00_000_00, '10000000.00'],
    [-5, '-0.05'],
    [-442_50, '-442.50'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i poisha → %s', (poisha, text) => {
    expect(formatTakaDecimal(poisha)).toBe(text);
  });

  it('refuses fractions of a poisha instead of rounding them away', () => {
    expect(() => formatTakaDecimal(10.5)).toThrow(RangeError);
    expect(() => formatTakaDecimal(Number.NaN)).toThrow(RangeError);
  });
});
