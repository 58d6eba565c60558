import { EventEnvelope } from '@getit/contracts';
import {
  EventConsumer,
  EventTransport,
  MessagingMetrics,
  MessagingTables,
  writeToOutbox,
} from '@getit/messaging';
import { systemContext } from '@getit/service-kit';
import { ProductStockService } from '../application/product-stock.service';
import { ShopsService, VendorDecision } from '../application/shops.service';
import { CatalogPrismaClient, CatalogTx } from '../infrastructure/catalog-prisma';

export const CATALOG_INBOUND_GROUP = 'catalog.inbound';

/**
 * What the catalog learns from other services: auth's decisions about vendors (shops open, close and reopen; their
 * products go off and back on sale) and inventory's stock levels (the in-stock flag). Product events a decision
 * causes are written to the outbox in the consumer's own transaction, with the inbox row: exactly once.
 */
export function catalogInboundConsumer(deps: {
  transport: EventTransport;
  prisma: CatalogPrismaClient;
  tables: MessagingTables;
  shops: ShopsService;
  stock: ProductStockService;
  metrics: MessagingMetrics;
  /** Runs after each committed transaction: empties the public read cache and wakes the outbox relay. */
  afterCommit: () => void;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}): EventConsumer<CatalogTx> {
  const { shops, stock, tables } = deps;
  const db = {
    $transaction: async <R>(
      fn: (tx: CatalogTx) => Promise<R>,
      options?: { timeout?: number; maxWait?: number },
    ) => {
      const result = await deps.prisma.$transaction(fn, options);
      deps.afterCommit();
      return result;
    },
  };
  const decide =
    (kind: VendorDecision['kind']) =>
    async (event: EventEnvelope<Omit<VendorDecision, 'kind'>>, tx: CatalogTx): Promise<void> => {
      const envelopes = await shops.applyVendorDecision(systemContext(event.correlationId), tx, {
        kind,
        ...event.data,
      });
      await writeToOutbox(tx, envelopes, tables);
    };
  return new EventConsumer<CatalogTx>({
    transport: deps.transport,
    db,
    groupId: CATALOG_INBOUND_GROUP,
    tables,
    metrics: deps.metrics,
    log: deps.log,
  })
    .on('auth.vendor-approved.v1', decide('approved'))
    .on('auth.vendor-rejected.v1', decide('rejected'))
    .on('auth.vendor-suspended.v1', decide('suspended'))
    .on('auth.vendor-reinstated.v1', decide('reinstated'))
    .on('inventory.stock-changed.v1', async ({ data }, tx) => {
      await stock.applyStockChange(tx, data);
    });
}
