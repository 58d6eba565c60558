export interface StockedLine {
  variantId: string;
  quantity: number;
}

export interface LineShortage {
  /** The line's position in the cart, for `lines.<i>.quantity` field errors. */
  index: number;
  variantId: string;
  requested: number;
  available: number;
}

/**
 * The lines that ask for more than the read model says is available to sell, in cart order. A variant with no
 * stock figure counts as 0 available. Inventory's reservation remains the real check: this one only stops a
 * checkout that is sure to fail and tells the shopper which line to change.
 */
export function findShortages(
  lines: readonly StockedLine[],
  available: ReadonlyMap<string, number>,
): LineShortage[] {
  const shortages: LineShortage[] = [];
  lines.forEach((line, index) => {
    const have = Math.max(0, available.get(line.variantId) ?? 0);
    if (line.quantity > have)
      shortages.push({ index, variantId: line.variantId, requested: line.quantity, available: have });
  });
  return shortages;
}
