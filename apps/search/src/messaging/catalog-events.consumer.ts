import { EventConsumer, EventTransport, MessagingMetrics, MessagingTables } from '@getit/messaging';
import { SearchDocumentsRepository } from '../infrastructure/search-documents.repository';
import { SearchPrismaClient, SearchTx } from '../infrastructure/search-prisma';

export const CATALOG_INDEXER_GROUP = 'search.catalog-indexer';

/**
 * Keeps the index in step with the catalog: products shoppers can buy are indexed, anything else is taken out.
 * `listed` (added to v1 later) is false for a published product of a suspended vendor; older events lack it.
 */
export function catalogEventsConsumer(deps: {
  transport: EventTransport;
  prisma: SearchPrismaClient;
  tables: MessagingTables;
  documents: SearchDocumentsRepository;
  metrics: MessagingMetrics;
  log: (level: 'info' | 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
}): EventConsumer<SearchTx> {
  const { documents } = deps;
  return new EventConsumer<SearchTx>({
    transport: deps.transport,
    db: deps.prisma,
    groupId: CATALOG_INDEXER_GROUP,
    tables: deps.tables,
    metrics: deps.metrics,
    log: deps.log,
  })
    .on('catalog.product-upserted.v1', async ({ data }, tx) => {
      if (data.status === 'published' && data.listed !== false) await documents.upsert(tx, data);
      else await documents.remove(tx, data.productId, data.version);
    })
    .on('catalog.product-removed.v1', async ({ data }, tx) => {
      await documents.remove(tx, data.productId, data.version);
    });
}
