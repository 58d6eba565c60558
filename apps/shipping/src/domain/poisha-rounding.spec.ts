import { basisPointsOfRoundedUp, extraKilogramsRoundedUp } from './poisha-rounding';

describe('poisha rounding', () => {
  it.each([
    [0, 100, 0],
    [1, 100, 1],
    [99, 100, 1],
    [100, 100, 1],
    [101, 100, 2],
    [10_000, 100, 100],
    [10_001, 100, 101],
    [125_050, 150, 1_876],
    [10_000_000_000, 100, 100_000_000],
    [12_345, 0, 0],
  ])('%i poisha × %i bp = %i (rounded up)', (amount, basisPoints, fee) => {
    expect(basisPointsOfRoundedUp(amount, basisPoints)).toBe(fee);
  });

  it('stays exact beyond 2^53 / 10,000', () => {
    expect(basisPointsOfRoundedUp(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses fractions and negatives instead of guessing', () => {
    expect(() => basisPointsOfRoundedUp(10.5, 100)).toThrow(RangeError);
    expect(() => basisPointsOfRoundedUp(-1, 100)).toThrow(RangeError);
  });

  it.each([
    [1_999, 0],
    [2_000, 0],
    [2_001, 1],
    [2_999, 1],
    [3_000, 1],
    [3_001, 2],
    [50_000, 48],
  ])('%i g over 2 kg is %i whole extra kg', (grams, kg) => {
    expect(extraKilogramsRoundedUp(grams, 2_000)).toBe(kg);
  });
});
