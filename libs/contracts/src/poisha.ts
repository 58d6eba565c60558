/**
 * Checks on amounts of money, which are integer poisha in BDT (1 taka = 100 poisha) as `poishaSchema` says: for
 * domain code that validates amounts it computed rather than parsed. Nothing here divides, so nothing rounds; each
 * service keeps its own rounding rules.
 */
export function isPoisha(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A chargeable amount: at least one poisha. */
export function isPositivePoisha(value: unknown): value is number {
  return isPoisha(value) && value > 0;
}
