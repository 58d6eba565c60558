import { basisPointsOf, proportionOf } from './poisha-rounding';

describe('basisPointsOf (half up to a whole poisha)', () => {
  it.each([
    [125_000, 1_000, 12_500], // ৳1,250.00 × 10% = ৳125.00
    [12_500, 1_500, 1_875], // VAT 15% of ৳125.00 = ৳18.75
    [1_005, 1_000, 101], // 100.5 → 101: the half goes up
    [1_004, 1_000, 100], // 100.4 → 100
    [1_015, 1_000, 102], // 101.5 → 102 (banker's would give 102 too)
    [1_025, 1_000, 103], // 102.5 → 103 (banker's would give 102)
    [3, 1_500, 0], // 0.45 → 0
    [4, 1_500, 1], // 0.6 → 1
    [0, 1_500, 0],
    [12_345, 0, 0],
    [12_345, 10_000, 12_345],
  ])('%i poisha × %i bp = %i', (amount, bp, expected) => {
    expect(basisPointsOf(amount, bp)).toBe(expected);
  });

  it('stays exact beyond 2^53 / 10,000', () => {
    expect(basisPointsOf(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(basisPointsOf(Number.MAX_SAFE_INTEGER, 5_000)).toBe(4_503_599_627_370_496); // (2^53 − 1) / 2 = …495.5 ↑
  });

  it('refuses fractions and negatives instead of guessing', () => {
    expect(() => basisPointsOf(10.5, 100)).toThrow(RangeError);
    expect(() => basisPointsOf(-1, 100)).toThrow(RangeError);
    expect(() => basisPointsOf(100, 1.5)).toThrow(RangeError);
  });
});

describe('proportionOf (half up)', () => {
  it.each([
    [100, 1, 3, 33], // 33.33 → 33
    [100, 2, 3, 67], // 66.67 → 67
    [1, 1, 2, 1], // 0.5 → 1
    [3, 1, 2, 2], // 1.5 → 2
    [18_875, 62_500, 125_000, 9_438], // half of ৳188.75 = 94.375 → 94.38
    [0, 5, 7, 0],
    [999, 7, 7, 999],
  ])('%i × %i / %i = %i', (amount, part, whole, expected) => {
    expect(proportionOf(amount, part, whole)).toBe(expected);
  });

  it('is monotone in the part and ends exactly at the amount', () => {
    let previous = 0;
    for (let part = 0; part <= 97; part += 1) {
      const share = proportionOf(41, part, 97);
      expect(share).toBeGreaterThanOrEqual(previous);
      expect(share - previous).toBeLessThanOrEqual(1);
      previous = share;
    }
    expect(previous).toBe(41);
  });

  it('refuses a zero whole or a part above the whole', () => {
    expect(() => proportionOf(10, 0, 0)).toThrow(RangeError);
    expect(() => proportionOf(10, 3, 2)).toThrow(RangeError);
  });
});
