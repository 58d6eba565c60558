import { FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { bootConfig } from '@getit/config';
import { AuditRecorder, OutboxRelay, TransactionalOutbox } from '@getit/messaging';
import {
  createHttpApp,
  RunningService,
  ServiceRuntime,
  SharedInfrastructure,
  serviceMigrationsDir,
} from '@getit/service-kit';
import { CatalogModule } from './app.module';
import { CatalogWriter } from './application/catalog-writer';
import { CategoryCatalog } from './application/category-catalog';
import { ProductImportService } from './application/product-import.service';
import { ProductModerationService } from './application/product-moderation.service';
import { ProductStockService } from './application/product-stock.service';
import { PublicCatalogService } from './application/public-catalog.service';
import { PublicReadCache } from './application/public-read.cache';
import { ShopsService } from './application/shops.service';
import { VendorProductsService } from './application/vendor-products.service';
import { CatalogConfig, catalogConfigSchema } from './config/catalog.config';
import { CatalogPrismaClient, CatalogTx } from './infrastructure/catalog-prisma';
import { CatalogTables } from './infrastructure/catalog-tables';
import { CategoriesRepository } from './infrastructure/categories.repository';
import { ProductReadsRepository } from './infrastructure/product-reads.repository';
import { ProductWritesRepository } from './infrastructure/product-writes.repository';
import { ShopsRepository } from './infrastructure/shops.repository';
import { catalogInboundConsumer } from './messaging/catalog-inbound.consumer';

/** Migrations ship beside the compiled code: <root>/apps/catalog/migrations from src or dist. */
export const CATALOG_MIGRATIONS = serviceMigrationsDir(__dirname, 'catalog');

/** CSV imports arrive as text; JSON stays with Fastify's own parser. */
function acceptCsv(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: maxBytes },
    (_request, body, done) => done(null, body),
  );
}

/**
 * One pg pool for the service: Prisma runs on it (writes, transactions) and the read repository uses it directly
 * with prepared statements (the hot public reads). The embedded mode hands in its single shared connection.
 */
function openPool(runtime: ServiceRuntime, config: CatalogConfig, shared?: Pool): Pool {
  if (shared) return shared;
  const pool = new Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_MAX,
    application_name: 'catalog',
  });
  pool.on('error', (error) => runtime.logger.warn({ err: error }, 'idle database connection failed'));
  return pool;
}

export async function startCatalog(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('catalog', catalogConfigSchema, env);
  const runtime = new ServiceRuntime('catalog', config.LOG_LEVEL);
  const pool = openPool(runtime, config, shared.pool);
  const prisma = await runtime.openDatabase<CatalogPrismaClient>(
    CatalogPrismaClient,
    config,
    CATALOG_MIGRATIONS,
    pool,
  );
  if (!shared.pool) runtime.onStop('connections', () => pool.end());
  const transport = await runtime.openTransport(config, shared.transport);
  const tables = runtime.tables(config);
  const catalogTables = new CatalogTables(config.DATABASE_SCHEMA);

  const relay = new OutboxRelay({
    db: prisma,
    transport,
    tables,
    metrics: runtime.messagingMetrics,
    log: (level, message, extra) => runtime.logger[level](extra ?? {}, message),
  });
  const outbox = new TransactionalOutbox<CatalogTx>(prisma, () => relay.nudge(), tables);
  const cache = new PublicReadCache(config.PUBLIC_CACHE_TTL_MS, config.PUBLIC_CACHE_MAX_ENTRIES);
  const writes = new ProductWritesRepository(catalogTables);
  const reads = new ProductReadsRepository(pool, catalogTables);
  const shopsRepository = new ShopsRepository(prisma, catalogTables);
  const categories = new CategoryCatalog(new CategoriesRepository(prisma, catalogTables));
  await categories.load();
  const writer = new CatalogWriter(outbox, writes, cache);
  const shops = new ShopsService(shopsRepository, writes, cache);

  const consumer = catalogInboundConsumer({
    transport,
    prisma,
    tables,
    shops,
    stock: new ProductStockService(writes),
    metrics: runtime.messagingMetrics,
    afterCommit: () => {
      cache.invalidate();
      relay.nudge();
    },
    log: (level, message, extra) => runtime.logger[level](extra ?? {}, message),
  });
  const app = await createHttpApp({
    module: CatalogModule.register({
      publicCatalog: new PublicCatalogService(reads, categories, shops, cache),
      vendorProducts: new VendorProductsService({
        writer,
        writes,
        reads,
        shops: shopsRepository,
        categories,
      }),
      imports: new ProductImportService(writer, writes, categories, config.IMPORT_MAX_ROWS),
      moderation: new ProductModerationService(
        writer,
        writes,
        reads,
        shopsRepository,
        new AuditRecorder({
          producer: 'catalog',
          db: prisma,
          tables,
          onCommitted: () => relay.nudge(),
          log: (level, message, extra) => runtime.logger[level](extra ?? {}, message),
        }),
      ),
      shops,
    }),
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
    configure: (fastify) => acceptCsv(fastify, config.IMPORT_MAX_BYTES),
  });
  relay.start();
  runtime.onStop('relay', () => relay.stop());
  await consumer.start();
  runtime.onStop('consumers', () => consumer.stop());
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'catalog', url, stop: () => runtime.stop() };
}

/** Migrates the schema and syncs the category tree (the Helm pre-upgrade Job runs this). */
export async function migrateCatalog(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('catalog', catalogConfigSchema, env);
  const runtime = new ServiceRuntime('catalog', config.LOG_LEVEL);
  await runtime.migrate(config, CATALOG_MIGRATIONS);
  const prisma = await runtime.openDatabase<CatalogPrismaClient>(
    CatalogPrismaClient,
    { ...config, MIGRATE_ON_START: false },
    CATALOG_MIGRATIONS,
  );
  try {
    await new CategoryCatalog(
      new CategoriesRepository(prisma, new CatalogTables(config.DATABASE_SCHEMA)),
    ).load();
  } finally {
    await runtime.stop();
  }
}
