/** A vendor part of a committed reservation: units of a variant that left one warehouse for the order. */
export interface SoldAllocation {
  variantId: string;
  warehouseId: string;
  vendorId: string;
  quantity: number;
}

export interface ReturnedUnits {
  variantId: string;
  quantity: number;
}

export interface ReturnRestockPlan {
  /** Units going back on hand, per warehouse the order took them from. */
  restock: (SoldAllocation & { quantity: number })[];
  /** Units the vendor says came back beyond what the order took of that variant (not restocked). */
  unmatched: ReturnedUnits[];
}

/**
 * Where the units of a returned parcel go back: into the warehouses the order took them from, never more per
 * warehouse than it took, in the allocations' order (variant, warehouse). Several lines of one variant add up.
 */
export function planReturnRestock(
  allocations: readonly SoldAllocation[],
  returned: readonly ReturnedUnits[],
): ReturnRestockPlan {
  const wanted = new Map<string, number>();
  for (const item of returned)
    if (item.quantity > 0) wanted.set(item.variantId, (wanted.get(item.variantId) ?? 0) + item.quantity);
  const restock: ReturnRestockPlan['restock'] = [];
  for (const allocation of allocations) {
    const left = wanted.get(allocation.variantId) ?? 0;
    const units = Math.min(left, allocation.quantity);
    if (units === 0) continue;
    restock.push({ ...allocation, quantity: units });
    wanted.set(allocation.variantId, left - units);
  }
  const unmatched = [...wanted]
    .filter(([, quantity]) => quantity > 0)
    .map(([variantId, quantity]) => ({ variantId, quantity }));
  return { restock, unmatched };
}
