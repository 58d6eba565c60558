import fc from 'fast-check';
import { formatTaka, formatTakaDecimal, toBanglaDigits } from './money-format';
import { parseTakaAmount, takaToPoisha } from './taka-amount.parser';

describe('taka typed by a person, read as poisha', () => {
  it.each([
    ['1250', 125_000],
    ['1250.5', 125_050],
    ['1250.50', 125_050],
    ['0.01', 1],
    ['0.07', 7],
    ['1,250.75', 125_075],
    ['1,25,000', 12_500_000],
    ['12,34,567.89', 123_456_789],
    ['125,000', 12_500_000],
    ['৳ 1,250', 125_000],
    ['৳১২৫০.৭৫', 125_075],
    ['৳ ১২৫০.৫০', 125_050],
    ['Tk. 99', 9_900],
    ['tk 99', 9_900],
    ['BDT 1,250', 125_000],
    ['1250৳', 125_000],
    ['1250 Tk', 125_000],
    ['  250  ', 25_000],
    ['১২৫০', 125_000],
    ['১২৫০.৫০', 125_050],
    ['0.1', 10],
    ['0', 0],
  ])('reads %p as %d poisha', (text, poisha) => {
    expect(parseTakaAmount(text)).toEqual({ ok: true, poisha });
    expect(takaToPoisha(text)).toBe(poisha);
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['৳', 'empty'],
    ['-120', 'negative'],
    ['-5', 'negative'],
    ['৳ -5', 'negative'],
    ['−5', 'negative'],
    ['12.345', 'too_many_decimals'],
    ['0.001', 'too_many_decimals'],
    ['1e3', 'not_a_number'],
    ['abc', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['12.', 'not_a_number'],
    ['.5', 'not_a_number'],
    ['1 250', 'not_a_number'],
    ['0x10', 'not_a_number'],
    ['+5', 'not_a_number'],
    ['৳৳5', 'not_a_number'],
    ['1,2', 'misplaced_comma'],
    ['12,50', 'misplaced_comma'],
    [',125', 'misplaced_comma'],
    ['1,,250', 'misplaced_comma'],
    ['1250,', 'misplaced_comma'],
    ['99999999999999999999', 'too_large'],
  ])('refuses %p (%s)', (text, reason) => {
    expect(parseTakaAmount(text)).toEqual({ ok: false, reason });
    expect(takaToPoisha(text)).toBeUndefined();
  });

  it('stays exact where floats would not (0.29 taka is 29 poisha, not 28.999…)', () => {
    expect(takaToPoisha('0.29')).toBe(29);
    expect(takaToPoisha('1234567.89')).toBe(123_456_789);
  });

  const poisha = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

  it('reads back every amount as the apps write it: ৳ with lakh grouping (en and bn) and plain decimals', () => {
    fc.assert(
      fc.property(poisha, (amount) => {
        expect(takaToPoisha(formatTaka(amount))).toBe(amount);
        expect(takaToPoisha(formatTaka(amount, 'bn'))).toBe(amount);
        expect(takaToPoisha(formatTakaDecimal(amount))).toBe(amount);
        expect(takaToPoisha(toBanglaDigits(formatTakaDecimal(amount)))).toBe(amount);
      }),
    );
  });

  it('answers integer poisha or a reason, for any text at all', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseTakaAmount(text);
        if (parsed.ok) expect(Number.isSafeInteger(parsed.poisha) && parsed.poisha >= 0).toBe(true);
        else expect(typeof parsed.reason).toBe('string');
      }),
    );
  });

  it('never rounds a fraction of a poisha away', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.stringMatching(/^\d{3,6}$/), (whole, decimals) => {
        expect(parseTakaAmount(`${whole}.${decimals}`)).toEqual({ ok: false, reason: 'too_many_decimals' });
      }),
    );
  });

  it('never reads a negative amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (amount) => {
        expect(parseTakaAmount(`-${formatTakaDecimal(amount)}`)).toEqual({ ok: false, reason: 'negative' });
      }),
    );
  });
});
