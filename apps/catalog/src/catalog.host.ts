import { FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { bootConfig } from '@getit/config';
import { AuditRecorder } from '@getit/messaging';
import {
  migrateService,
  RunningService,
  ServiceHost,
  ServiceRuntime,
  serviceMigrationsDir,
  SharedInfrastructure,
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
import { CATALOG_INBOUND_GROUP } from './messaging/inbound-events.controller';

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
function openPool(
  config: CatalogConfig,
  shared: Pool | undefined,
  onIdleError: (error: Error) => void,
): { pool: Pool; owned: boolean } {
  if (shared) return { pool: shared, owned: false };
  const pool = new Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_MAX,
    application_name: 'catalog',
  });
  pool.on('error', onIdleError);
  return { pool, owned: true };
}

/**
 * Catalog adds its pool (shared by Prisma and the prepared public reads), the public read cache, the category
 * tree, its use cases with the writer that empties the cache after each commit, and the handlers of auth's vendor
 * decisions and inventory's stock levels.
 */
export async function startCatalog(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('catalog', catalogConfigSchema, env);
  let host: ServiceHost<CatalogPrismaClient, CatalogTx> | undefined;
  const { pool, owned } = openPool(config, shared.pool, (error) =>
    host?.logger.warn({ err: error }, 'idle database connection failed'),
  );
  try {
    host = await ServiceHost.open<CatalogPrismaClient, CatalogTx>({
      name: 'catalog',
      config,
      prisma: CatalogPrismaClient,
      migrationsDir: CATALOG_MIGRATIONS,
      shared: { ...shared, pool },
    });
  } catch (error) {
    if (owned) await pool.end();
    throw error;
  }
  if (owned) host.runtime.onStop('connections', () => pool.end());
  const { unitOfWork } = host;
  const catalogTables = new CatalogTables(config.DATABASE_SCHEMA);
  const cache = new PublicReadCache(config.PUBLIC_CACHE_TTL_MS, config.PUBLIC_CACHE_MAX_ENTRIES);
  const writes = new ProductWritesRepository(catalogTables);
  const reads = new ProductReadsRepository(pool, catalogTables);
  const shopsRepository = new ShopsRepository(host.db, catalogTables);
  const categories = new CategoryCatalog(new CategoriesRepository(host.db, catalogTables));
  await categories.load();
  const writer = new CatalogWriter(unitOfWork, writes, cache);
  const shops = new ShopsService(shopsRepository, writes, cache, unitOfWork);

  return host.serve({
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
        new AuditRecorder({ producer: 'catalog', unitOfWork, log: host.log }),
      ),
      shops,
      stock: new ProductStockService(writes, cache, unitOfWork),
    }),
    eventGroupId: CATALOG_INBOUND_GROUP,
    configure: (fastify) => acceptCsv(fastify, config.IMPORT_MAX_BYTES),
  });
}

/** Migrates the schema (the service's, then the messaging library's) and syncs the category tree (the Helm pre-upgrade Job runs this). */
export async function migrateCatalog(env: NodeJS.ProcessEnv): Promise<void> {
  const config = bootConfig('catalog', catalogConfigSchema, env);
  await migrateService('catalog', config, CATALOG_MIGRATIONS);
  const runtime = new ServiceRuntime('catalog', config.LOG_LEVEL);
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
