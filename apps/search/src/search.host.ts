import { bootConfig } from '@getit/config';
import {
  migrateService,
  RunningService,
  ServiceHost,
  serviceMigrationsDir,
  SharedInfrastructure,
} from '@getit/service-kit';
import { SearchModule } from './app.module';
import { SearchIndexerService } from './application/search-indexer.service';
import { SearchService } from './application/search.service';
import { searchConfigSchema } from './config/search.config';
import { SearchDocumentsRepository } from './infrastructure/search-documents.repository';
import { SearchPrismaClient, SearchTx } from './infrastructure/search-prisma';
import { CATALOG_INDEXER_GROUP } from './messaging/catalog-events.controller';

export const SEARCH_MIGRATIONS = serviceMigrationsDir(__dirname, 'search');

/** Search adds its index (a repository), the query service, the indexer fed by catalog events, and their module. */
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
  const documents = new SearchDocumentsRepository(host.db, host.table('search_documents'));
  return host.serve({
    module: SearchModule.register({
      search: new SearchService(documents),
      indexer: new SearchIndexerService(host.unitOfWork, documents),
    }),
    eventGroupId: CATALOG_INDEXER_GROUP,
  });
}

export async function migrateSearch(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService('search', bootConfig('search', searchConfigSchema, env), SEARCH_MIGRATIONS);
}
