import {
  Allocation,
  AllocationResult,
  AllocationStrategy,
  RequestedLine,
  Shortage,
} from './allocation.strategy';
import { availableIn, WarehouseStock } from './warehouse-stock';

/**
 * Takes each line from the warehouse with the most available units first and splits across the next ones only
 * when that warehouse cannot cover it. So a line ships from one warehouse whenever any single warehouse can
 * fill it (one package, one courier pickup), and a split uses as few warehouses as the greedy order allows.
 * Ties go to the lower warehouse id, so the same stock always gives the same allocation.
 */
export class MostAvailableFirstStrategy implements AllocationStrategy {
  readonly name = 'most-available-first';

  allocate(lines: readonly RequestedLine[], stock: readonly WarehouseStock[]): AllocationResult {
    const allocations: Allocation[] = [];
    const shortages: Shortage[] = [];
    for (const line of lines) {
      const candidates = stock
        .filter((s) => s.variantId === line.variantId && availableIn(s) > 0)
        .sort((a, b) => availableIn(b) - availableIn(a) || (a.warehouseId < b.warehouseId ? -1 : 1));
      const available = candidates.reduce((sum, s) => sum + availableIn(s), 0);
      if (available < line.quantity) {
        shortages.push({ variantId: line.variantId, requested: line.quantity, available });
        continue;
      }
      let remaining = line.quantity;
      for (const s of candidates) {
        if (remaining === 0) break;
        const take = Math.min(remaining, availableIn(s));
        allocations.push({ variantId: line.variantId, warehouseId: s.warehouseId, quantity: take });
        remaining -= take;
      }
    }
    return shortages.length > 0 ? { ok: false, shortages } : { ok: true, allocations };
  }
}
