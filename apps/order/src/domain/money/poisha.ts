import { isPoisha } from '@getit/contracts';

/**
 * Money rules for orders, in one place. Amounts are integer poisha (1 taka = 100 poisha) in BDT. Order building
 * only multiplies and adds, so no rounding happens here; any arithmetic that leaves the safe-integer range is refused
 * instead of losing precision.
 */
export const CURRENCY = 'BDT' as const;
export type Currency = typeof CURRENCY;

export function addPoisha(...amounts: readonly number[]): number {
  const total = amounts.reduce((sum, amount) => {
    if (!isPoisha(amount)) throw new RangeError(`not an amount in poisha: ${amount}`);
    return sum + amount;
  }, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('amount exceeds the safe integer range');
  return total;
}

export function multiplyPoisha(unitPoisha: number, quantity: number): number {
  if (!isPoisha(unitPoisha)) throw new RangeError(`not an amount in poisha: ${unitPoisha}`);
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError(`not a quantity: ${quantity}`);
  const total = unitPoisha * quantity;
  if (!Number.isSafeInteger(total)) throw new RangeError('amount exceeds the safe integer range');
  return total;
}
