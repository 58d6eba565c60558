import { MAX_QUANTITY_PER_LINE } from '../checkout/order-split';

/** Why a quantity cannot go in the cart: not a whole number in range, or more than is available to sell. */
export type QuantityProblem =
  { kind: 'out_of_range'; max: number } | { kind: 'not_enough_stock'; available: number };

/**
 * Whether a cart line may hold `quantity` units (0 means "remove" and is always fine). The stock figure is the
 * read model's available-to-sell: a hint that spares the shopper a surprise at checkout, not a reservation.
 */
export function checkLineQuantity(quantity: number, available: number): QuantityProblem | null {
  if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY_PER_LINE)
    return { kind: 'out_of_range', max: MAX_QUANTITY_PER_LINE };
  if (quantity > 0 && quantity > available)
    return { kind: 'not_enough_stock', available: Math.max(0, available) };
  return null;
}

export interface MergeLine {
  variantId: string;
  quantity: number;
}

/**
 * A guest cart merged into the shopper's cart at sign-in: quantities of the same variant are added, then capped
 * by what is available and by the per-line maximum. A line that would end with nothing (sold out) is dropped.
 * Lines keep the shopper's cart order, then the guest cart's new variants in their order.
 */
export function mergeCartLines(
  target: readonly MergeLine[],
  source: readonly MergeLine[],
  available: ReadonlyMap<string, number>,
): MergeLine[] {
  const merged = new Map<string, number>();
  for (const line of [...target, ...source])
    merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
  const result: MergeLine[] = [];
  for (const [variantId, quantity] of merged) {
    const cap = Math.min(MAX_QUANTITY_PER_LINE, Math.max(0, available.get(variantId) ?? 0));
    const capped = Math.min(quantity, cap);
    if (capped > 0) result.push({ variantId, quantity: capped });
  }
  return result;
}
