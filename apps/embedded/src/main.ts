import { startTracing } from '@getit/observability';

startTracing({ serviceName: 'getit-embedded', otlpEndpoint: process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] });

import { resolve } from 'node:path';
import { Pool } from 'pg';
import { bootConfig } from '@getit/config';
import { InProcessTransport } from '@getit/messaging';
import { GracefulShutdown } from '@getit/observability';
import { RunningService } from '@getit/service-kit';
import { seedDemoCatalog } from './demo-seeder';
import { embeddedConfigSchema } from './embedded.config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { loadService } from './service-loader';

/**
 * Every service in one process on embedded defaults: an embedded Postgres (one schema per service) unless
 * DATABASE_URL is set, the in-process event bus behind the same outbox and inbox, no Redis, no Kafka.
 */
async function main(): Promise<void> {
  const config = bootConfig('embedded', embeddedConfigSchema);
  const shutdown = new GracefulShutdown({ timeoutMs: 20_000 });
  const out = (line: string) => process.stdout.write(`${line}\n`);

  out('GetIt Marketplace (embedded mode): starting…');
  let databaseUrl = config.DATABASE_URL;
  const stops: (() => Promise<void>)[] = [];
  if (!databaseUrl) {
    const dataDir = resolve(config.DATA_DIR, 'pglite');
    const postgres = await startEmbeddedPostgres(dataDir, config.EMBEDDED_PG_PORT);
    databaseUrl = postgres.url;
    stops.push(() => postgres.stop());
    out(`  embedded Postgres (PGlite) in ${dataDir}, serving ${postgres.url}`);
  }
  // PGlite is one Postgres session: one shared connection keeps every query and transaction whole.
  const pool = config.DATABASE_URL ? undefined : new Pool({ connectionString: databaseUrl, max: 1 });
  if (pool) stops.push(() => pool.end());
  const transport = new InProcessTransport();
  await transport.connect();
  stops.push(() => transport.close());

  const common = { HOST: config.HOST, LOG_LEVEL: config.LOG_LEVEL, MESSAGING_TRANSPORT: 'in-process' };
  const dbEnv = (schema: string) => ({
    DATABASE_URL: databaseUrl,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_MAX: '4',
  });
  const services: RunningService[] = [];
  const catalog = await loadService('catalog').start({
    env: { ...common, ...dbEnv('catalog'), PORT: String(config.PORT + 1) },
    transport,
    pool,
  });
  services.push(catalog);
  const search = await loadService('search').start({
    env: { ...common, ...dbEnv('search'), PORT: String(config.PORT + 2) },
    transport,
    pool,
  });
  services.push(search);
  const gateway = await loadService('gateway').start({
    env: { ...common, PORT: String(config.PORT), CATALOG_URL: catalog.url, SEARCH_URL: search.url },
  });
  services.unshift(gateway);

  let stopping = false;
  shutdown.add('services', async () => {
    stopping = true;
    for (const service of services) await service.stop();
    out('  services stopped');
    for (const stop of stops.reverse()) await stop();
    out('Stopped.');
  });
  shutdown.listen();

  // Stopping while seeding is not a failure; seeding again on the next start finishes the job.
  const seeding = config.SEED_DEMO_DATA === 'true' ? seedDemoCatalog(gateway.url) : Promise.resolve(0);
  const seeded = await seeding.catch((error: unknown) => {
    if (stopping) return 0;
    throw error;
  });
  if (stopping) return;
  out(
    seeded > 0
      ? `  seeded ${seeded} demo products from two vendors`
      : '  catalog already has data; not seeding',
  );
  out('');
  out(`  Marketplace API    ${gateway.url}/api/products`);
  out(`  Search             ${gateway.url}/api/search?q=jamdani   (or ?q=শাড়ি)`);
  out(`  OpenAPI document   ${gateway.url}/api/docs`);
  out(`  Health / metrics   ${gateway.url}/readyz   ${gateway.url}/metrics`);
  out(`  Services           catalog ${catalog.url}   search ${search.url}`);
  out('');
  out('Ready. Ctrl-C stops everything.');
}

main().catch((error: unknown) => {
  process.stderr.write(`GetIt embedded mode failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
