import { createEnvelope } from '@getit/contracts';
import { WorkScope } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { lowStockTransition } from '../domain/low-stock.rule';
import { totalAvailable, WarehouseStock } from '../domain/warehouse-stock';
import { InventoryTx } from '../infrastructure/inventory-prisma';
import { ItemState } from '../infrastructure/reservations.repository';
import { LockedItem, StockRepository } from '../infrastructure/stock.repository';

/**
 * The last step of every write to stock, inside its transaction: for each locked variant whose available-to-sell
 * changed (or whose low-stock state did), bump its version, move its low-stock flag, and record
 * `inventory.stock-changed.v1` and, on falling to the threshold, `inventory.stock-low.v1` on the unit of work.
 */
export class StockEventsRecorder {
  constructor(private readonly stock: StockRepository) {}

  async record(
    work: Pick<WorkScope<InventoryTx>, 'tx' | 'record'>,
    ctx: RequestContext,
    items: readonly LockedItem[],
    before: readonly WarehouseStock[],
    after: readonly WarehouseStock[],
  ): Promise<void> {
    await this.stock.saveItemStates(work.tx, this.plan(work, ctx, items, before, after));
  }

  /**
   * As `record`, but returns the item states to save instead of saving them, for a caller that writes them in
   * its own statement (a reservation step writes levels, allocations, items and status in one).
   */
  plan(
    work: Pick<WorkScope<InventoryTx>, 'record'>,
    ctx: RequestContext,
    items: readonly LockedItem[],
    before: readonly WarehouseStock[],
    after: readonly WarehouseStock[],
  ): ItemState[] {
    const states: ItemState[] = [];
    for (const item of items) {
      const available = totalAvailable(after, item.variantId);
      const changed = available !== totalAvailable(before, item.variantId);
      const low = lowStockTransition(
        { lowStock: item.lowStock, threshold: item.lowStockThreshold },
        available,
      );
      if (!changed && !low.alert && low.lowStock === item.lowStock) continue;
      const version = changed || low.alert ? item.version + 1 : item.version;
      states.push({ variantId: item.variantId, version, lowStock: low.lowStock });
      const origin = { producer: 'inventory', correlationId: ctx.correlationId, key: item.variantId };
      const variant = {
        variantId: item.variantId,
        vendorId: item.vendorId,
        sku: item.sku,
        available,
        version,
      };
      if (changed) work.record(createEnvelope('inventory.stock-changed.v1', variant, origin));
      if (low.alert) {
        const threshold = item.lowStockThreshold ?? 0;
        work.record(createEnvelope('inventory.stock-low.v1', { ...variant, threshold }, origin));
      }
    }
    return states;
  }
}
