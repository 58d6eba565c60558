import { bootConfig } from '@getit/config';
import {
  migrateService,
  RunningService,
  ServiceHost,
  serviceMigrationsDir,
  SharedInfrastructure,
} from '@getit/service-kit';
import { SearchModule } from './app.module';
import { SearchIndex } from './application/search-index.port';
import { SearchIndexerService } from './application/search-indexer.service';
import { SearchMetrics } from './application/search.metrics';
import { SearchService } from './application/search.service';
import { SearchConfig, searchConfigSchema } from './config/search.config';
import { SynonymExpander } from './domain/synonyms';
import { loadSynonymLines } from './infrastructure/synonyms-file';
import { OpenSearchSearchIndex } from './infrastructure/opensearch-search.index';
import { PostgresSearchIndex } from './infrastructure/postgres-search.index';
import { SearchPrismaClient, SearchTx } from './infrastructure/search-prisma';
import { VariantStockRepository } from './infrastructure/variant-stock.repository';
import { CATALOG_INDEXER_GROUP } from './messaging/catalog-events.controller';

export const SEARCH_MIGRATIONS = serviceMigrationsDir(__dirname, 'search');
const ENSURE_INDEX_RETRY_MS = 5_000;
const INDEXER_RETRY = { maxAttempts: 30, initialDelayMs: 200, maxDelayMs: 30_000 };

/** Search adds its index (OpenSearch or Postgres, ADR 0017), the query service, the indexer and their module. */
export async function startSearch(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('search', searchConfigSchema, env);
  const host = await ServiceHost.open<SearchPrismaClient, SearchTx>({
    name: 'search',
    config,
    prisma: SearchPrismaClient,
    migrationsDir: SEARCH_MIGRATIONS,
    shared,
  });
  const index = openIndex(host, config);
  const metrics = new SearchMetrics(host.runtime.registry, index.engine);
  return host.serve({
    module: SearchModule.register({
      search: new SearchService(index, metrics),
      indexer: new SearchIndexerService(
        host.unitOfWork,
        index,
        // the Postgres index's documents are marked in the statement that records a stock change
        new VariantStockRepository(
          host.table('search_variant_stock'),
          index.engine === 'postgres' ? host.table('search_documents') : undefined,
        ),
        metrics,
      ),
    }),
    eventGroupId: CATALOG_INDEXER_GROUP,
    // An engine outage must not park events on the dead-letter topic: keep retrying (in order, per key) for about
    // ten minutes, so indexing resumes where it stopped once OpenSearch answers again.
    retry: INDEXER_RETRY,
  });
}

function openIndex(host: ServiceHost<SearchPrismaClient, SearchTx>, config: SearchConfig): SearchIndex<SearchTx> {
  const synonyms = loadSynonymLines();
  if (config.SEARCH_ENGINE === 'postgres' || !config.OPENSEARCH_URL) {
    return new PostgresSearchIndex(host.db, host.table('search_documents'), new SynonymExpander(synonyms));
  }
  const index = OpenSearchSearchIndex.connect(config.OPENSEARCH_URL, synonyms, config.OPENSEARCH_INDEX_PREFIX);
  host.runtime.health.add('opensearch', () => index.ready());
  // The engine may come up after us: keep trying to create the index; searches answer 503 until then.
  let timer: NodeJS.Timeout | undefined;
  const ensure = () =>
    index.ensureIndex().catch((err: unknown) => {
      host.logger.warn({ err }, 'search index not created yet; retrying');
      timer = setTimeout(ensure, ENSURE_INDEX_RETRY_MS);
    });
  void ensure();
  host.runtime.onStop('connections', async () => {
    clearTimeout(timer);
    await index.close();
  });
  return index;
}

export async function migrateSearch(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService('search', bootConfig('search', searchConfigSchema, env), SEARCH_MIGRATIONS);
}
