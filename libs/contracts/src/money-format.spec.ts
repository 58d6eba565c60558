import { formatTaka, formatTakaDecimal, toBanglaDigits } from './money-format';

describe('formatTaka', () => {
  it.each([
    [0, '৳0', '৳০'],
    [5, '৳0.05', '৳০.০৫'],
    [125_000, '৳1,250', '৳১,২৫০'],
    [5_000_000, '৳50,000', '৳৫০,০০০'],
    [12_345_650, '৳1,23,456.50', '৳১,২৩,৪৫৬.৫০'],
    [1_234_567_890, '৳1,23,45,678.90', '৳১,২৩,৪৫,৬৭৮.৯০'],
    [-7_000, '-৳70', '-৳৭০'],
  ])('%i poisha reads %s in English and %s in Bangla', (poisha, en, bn) => {
    expect(formatTaka(poisha, 'en')).toBe(en);
    expect(formatTaka(poisha, 'bn')).toBe(bn);
  });

  it('defaults to English, as the services write their messages', () => {
    expect(formatTaka(12_000_050)).toBe('৳1,20,000.50');
  });

  it('writes Bengali digits and leaves other characters alone', () => {
    expect(toBanglaDigits('Only 3 left, 1.5 kg')).toBe('Only ৩ left, ১.৫ kg');
  });
});

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
