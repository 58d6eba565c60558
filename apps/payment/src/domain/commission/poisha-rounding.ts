/**
 * Every rounding rule of the payment ledger lives here. One rule: **round half up to a whole poisha** (x.5 goes
 * up, everything else to the nearest). It is the rule a vendor checks an invoice with by hand; banker's rounding
 * would save a few poisha of bias over millions of lines but makes single invoices look wrong. Amounts are never
 * negative here, so "half up" and "half away from zero" agree. Products are computed in BigInt, so no amount
 * loses precision however large.
 */

export const BASIS_POINTS_PER_WHOLE = 10_000;

/** `basisPoints` / 10,000 of `amountPoisha`, rounded half up: 10% (1,000 bp) of 1,005 poisha is 101 (100.5 ↑). */
export function basisPointsOf(amountPoisha: number, basisPoints: number): number {
  assertWhole(amountPoisha, 'amountPoisha');
  assertWhole(basisPoints, 'basisPoints');
  return divideHalfUp(BigInt(amountPoisha) * BigInt(basisPoints), BigInt(BASIS_POINTS_PER_WHOLE));
}

/**
 * `amountPoisha` × `part` / `whole`, rounded half up: the share of an amount that belongs to `part` of `whole`.
 * Monotone in `part`, 0 at part 0 and exactly `amountPoisha` at part = whole, so cumulative use never drifts.
 */
export function proportionOf(amountPoisha: number, part: number, whole: number): number {
  assertWhole(amountPoisha, 'amountPoisha');
  assertWhole(part, 'part');
  assertWhole(whole, 'whole');
  if (whole === 0) throw new RangeError('whole must be at least 1');
  if (part > whole) throw new RangeError('part must not exceed whole');
  return divideHalfUp(BigInt(amountPoisha) * BigInt(part), BigInt(whole));
}

function divideHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

function assertWhole(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
}
