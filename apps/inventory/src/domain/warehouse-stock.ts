/** Units of one variant in one warehouse. */
export interface WarehouseStock {
  variantId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
}

/** A change to one warehouse's units of a variant: reserving adds to reserved, committing takes from both. */
export interface StockDelta {
  variantId: string;
  warehouseId: string;
  onHand: number;
  reserved: number;
}

export const availableIn = (stock: WarehouseStock): number => stock.onHand - stock.reserved;

/** Available-to-sell of a variant: on hand − reserved, summed over warehouses. */
export function totalAvailable(stock: readonly WarehouseStock[], variantId: string): number {
  return stock.reduce((sum, s) => (s.variantId === variantId ? sum + availableIn(s) : sum), 0);
}

/** The levels after the deltas; a delta for a level not in the list adds it (a first count in a warehouse). */
export function withDeltas(
  stock: readonly WarehouseStock[],
  deltas: readonly StockDelta[],
): WarehouseStock[] {
  const next = stock.map((s) => ({ ...s }));
  for (const d of deltas) {
    const level = next.find((s) => s.variantId === d.variantId && s.warehouseId === d.warehouseId);
    if (level) {
      level.onHand += d.onHand;
      level.reserved += d.reserved;
    } else next.push({ ...d });
  }
  return next;
}

/**
 * One delta per level, summed. An UPDATE … FROM a list applies only one of several list rows matching the same
 * target row, so several reservations releasing units of one level must be summed before they reach SQL.
 */
export function combineDeltas(deltas: readonly StockDelta[]): StockDelta[] {
  const byLevel = new Map<string, StockDelta>();
  for (const d of deltas) {
    const key = `${d.variantId}/${d.warehouseId}`;
    const sum = byLevel.get(key);
    if (sum) {
      sum.onHand += d.onHand;
      sum.reserved += d.reserved;
    } else
      byLevel.set(key, {
        variantId: d.variantId,
        warehouseId: d.warehouseId,
        onHand: d.onHand,
        reserved: d.reserved,
      });
  }
  return [...byLevel.values()];
}
