/** Payments are integer poisha in BDT (1 taka = 100 poisha). Nothing here divides, so nothing rounds. */
export const CURRENCY = 'BDT' as const;
export type Currency = typeof CURRENCY;

export function isPoisha(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A chargeable amount: at least one poisha. */
export function isPositivePoisha(value: unknown): value is number {
  return isPoisha(value) && value > 0;
}
