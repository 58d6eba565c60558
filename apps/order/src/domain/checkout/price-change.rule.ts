export interface PricedCartLine {
  variantId: string;
  sku: string;
  title: string;
  quantity: number;
  unitPricePoisha: number;
}

export interface PriceChange {
  variantId: string;
  sku: string;
  title: string;
  oldUnitPricePoisha: number;
  newUnitPricePoisha: number;
  /** Change in what this line costs: (new − old) × quantity; negative when it got cheaper. */
  lineDeltaPoisha: number;
}

export interface PriceCheck {
  changed: PriceChange[];
  /** Variants the catalog no longer sells (no current price). */
  unavailable: string[];
  /** True when checkout may charge the cart as shown: nothing changed and nothing disappeared. */
  unchanged: boolean;
}

/**
 * Compares the prices the shopper saw with the catalog's current prices. Any difference, cheaper or dearer, is
 * reported so the shopper confirms the new total: checkout never charges a price the shopper did not see.
 * Results keep the cart's line order.
 */
export function checkPrices(
  cart: readonly PricedCartLine[],
  currentPrices: ReadonlyMap<string, number>,
): PriceCheck {
  const changed: PriceChange[] = [];
  const unavailable: string[] = [];
  for (const line of cart) {
    const current = currentPrices.get(line.variantId);
    if (current === undefined) unavailable.push(line.variantId);
    else if (current !== line.unitPricePoisha)
      changed.push({
        variantId: line.variantId,
        sku: line.sku,
        title: line.title,
        oldUnitPricePoisha: line.unitPricePoisha,
        newUnitPricePoisha: current,
        lineDeltaPoisha: (current - line.unitPricePoisha) * line.quantity,
      });
  }
  return { changed, unavailable, unchanged: changed.length === 0 && unavailable.length === 0 };
}
