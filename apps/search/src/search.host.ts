import { bootConfig } from '@getit/config';
import {
  createHttpApp,
  RunningService,
  ServiceRuntime,
  SharedInfrastructure,
  serviceMigrationsDir,
} from '@getit/service-kit';
import { SearchModule } from './app.module';
import { SearchService } from './application/search.service';
import { searchConfigSchema } from './config/search.config';
import { SearchDocumentsRepository } from './infrastructure/search-documents.repository';
import { SearchPrismaClient } from './infrastructure/search-prisma';
import { catalogEventsConsumer } from './messaging/catalog-events.consumer';

export const SEARCH_MIGRATIONS = serviceMigrationsDir(__dirname, 'search');

export async function startSearch(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('search', searchConfigSchema, env);
  const runtime = new ServiceRuntime('search', config.LOG_LEVEL);
  const prisma = await runtime.openDatabase<SearchPrismaClient>(
    SearchPrismaClient,
    config,
    SEARCH_MIGRATIONS,
    shared.pool,
  );
  const transport = await runtime.openTransport(config, shared.transport);
  const tables = runtime.tables(config);
  const documents = new SearchDocumentsRepository(prisma, `"${config.DATABASE_SCHEMA}".search_documents`);

  const consumer = catalogEventsConsumer({
    transport,
    prisma,
    tables,
    documents,
    metrics: runtime.messagingMetrics,
    log: (level, message, extra) => runtime.logger[level](extra ?? {}, message),
  });
  const app = await createHttpApp({
    module: SearchModule.register(new SearchService(documents)),
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
  });
  await consumer.start();
  runtime.onStop('consumers', () => consumer.stop());
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'search', url, stop: () => runtime.stop() };
}

export async function migrateSearch(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('search', searchConfigSchema, env);
  await new ServiceRuntime('search', config.LOG_LEVEL).migrate(config, SEARCH_MIGRATIONS);
}
