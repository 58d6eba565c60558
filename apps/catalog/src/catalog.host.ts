import { join } from 'node:path';
import { bootConfig } from '@getit/config';
import { OutboxRelay, TransactionalOutbox } from '@getit/messaging';
import { createHttpApp, RunningService, ServiceRuntime, SharedInfrastructure } from '@getit/service-kit';
import { CatalogModule } from './app.module';
import { ProductsService } from './application/products.service';
import { catalogConfigSchema } from './config/catalog.config';
import { CatalogPrismaClient, CatalogTx } from './infrastructure/catalog-prisma';
import { ProductsRepository } from './infrastructure/products.repository';

/** Migrations ship beside the compiled code: <root>/apps/catalog/migrations from src or dist. */
export const CATALOG_MIGRATIONS = join(__dirname, '..', '..', '..', 'apps', 'catalog', 'migrations').replace(
  /\/dist\/apps\//,
  '/apps/',
);

export async function startCatalog(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('catalog', catalogConfigSchema, env);
  const runtime = new ServiceRuntime('catalog', config.LOG_LEVEL);
  const prisma = await runtime.openDatabase<CatalogPrismaClient>(
    CatalogPrismaClient,
    config,
    CATALOG_MIGRATIONS,
    shared.pool,
  );
  const transport = await runtime.openTransport(config, shared.transport);
  const tables = runtime.tables(config);

  const relay = new OutboxRelay({
    db: prisma,
    transport,
    tables,
    metrics: runtime.messagingMetrics,
    log: (level, message, extra) => runtime.logger[level](extra ?? {}, message),
  });
  const outbox = new TransactionalOutbox<CatalogTx>(prisma, () => relay.nudge(), tables);
  const products = new ProductsService(new ProductsRepository(prisma), outbox);

  const app = await createHttpApp({
    module: CatalogModule.register(products),
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
  });
  relay.start();
  runtime.onStop('relay', () => relay.stop());
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'catalog', url, stop: () => runtime.stop() };
}

export async function migrateCatalog(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('catalog', catalogConfigSchema, env);
  await new ServiceRuntime('catalog', config.LOG_LEVEL).migrate(config, CATALOG_MIGRATIONS);
}
