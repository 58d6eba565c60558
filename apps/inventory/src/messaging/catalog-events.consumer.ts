import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { InventoryPrismaClient, InventoryTx } from '../infrastructure/inventory-prisma';
import { StockRepository } from '../infrastructure/stock.repository';

export const CATALOG_VARIANTS_GROUP = 'inventory.catalog-variants';

/**
 * Learns from the catalog which variants exist, whose they are and their SKUs, so a vendor counts stock by variant
 * id alone and no vendor can claim another's variant. Stock itself never follows catalog events: a product taken
 * off sale keeps its units on the shelf.
 */
export function catalogEventsConsumer(deps: {
  transport: EventTransport;
  prisma: InventoryPrismaClient;
  tables: MessagingTables;
  stock: StockRepository;
  metrics: MessagingMetrics;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}): EventConsumer<InventoryTx> {
  return new EventConsumer<InventoryTx>({
    transport: deps.transport,
    db: deps.prisma,
    groupId: CATALOG_VARIANTS_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log: deps.log,
  }).on('catalog.product-upserted.v1', async ({ data }, tx) => {
    const variants = (data.variants ?? []).map((v) => ({ variantId: v.variantId, sku: v.sku }));
    await deps.stock.registerVariants(tx, data.vendorId, variants);
  });
}
