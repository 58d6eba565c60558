/**
 * Payments are integer poisha in BDT (1 taka = 100 poisha); the checks and the taka formatter are in
 * `@getit/contracts` (`isPoisha`, `isPositivePoisha`, `formatTaka`). Nothing here divides, so nothing rounds.
 */
export const CURRENCY = 'BDT' as const;
export type Currency = typeof CURRENCY;
