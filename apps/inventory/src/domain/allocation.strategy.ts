import { WarehouseStock } from './warehouse-stock';

export interface RequestedLine {
  variantId: string;
  quantity: number;
}

export interface Allocation {
  variantId: string;
  warehouseId: string;
  quantity: number;
}

export interface Shortage {
  variantId: string;
  requested: number;
  available: number;
}

export type AllocationResult = { ok: true; allocations: Allocation[] } | { ok: false; shortages: Shortage[] };

/**
 * Decides which warehouses hold the units of a reservation. All or nothing: either every line is covered, or the
 * result names every line that is short and by how much. Pure: the caller has locked the rows it passes in.
 */
export interface AllocationStrategy {
  readonly name: string;
  allocate(lines: readonly RequestedLine[], stock: readonly WarehouseStock[]): AllocationResult;
}
