/** Every rounding rule of the shipping service lives here; all amounts are integer poisha. */

const BASIS_POINTS = 10_000n;

/**
 * `basisPoints` / 10,000 of `amountPoisha`, rounded up to the next whole poisha: a fee is never under-charged
 * by a fraction. Computed in BigInt so no amount loses precision.
 */
export function basisPointsOfRoundedUp(amountPoisha: number, basisPoints: number): number {
  assertWhole(amountPoisha, 'amountPoisha');
  assertWhole(basisPoints, 'basisPoints');
  const product = BigInt(amountPoisha) * BigInt(basisPoints);
  return Number((product + BASIS_POINTS - 1n) / BASIS_POINTS);
}

/** Whole kilograms charged for the grams beyond `includedGrams`: any part of a kilogram counts as one. */
export function extraKilogramsRoundedUp(weightGrams: number, includedGrams: number): number {
  assertWhole(weightGrams, 'weightGrams');
  return weightGrams <= includedGrams ? 0 : Math.ceil((weightGrams - includedGrams) / 1000);
}

function assertWhole(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
}
