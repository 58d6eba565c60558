import { startTracing } from '@getit/observability';

startTracing({ serviceName: 'getit-embedded', otlpEndpoint: process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] });

import { resolve } from 'node:path';
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
  const transport = new InProcessTransport();
  await transport.connect();
  stops.push(() => transport.close());

  const common = { HOST: config.HOST, LOG_LEVEL: config.LOG_LEVEL, MESSAGING_TRANSPORT: 'in-process' };
  const dbEnv = (schema: string) => ({ DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema, DATABASE_POOL_MAX: '4' });
  const services: RunningService[] = [];
  const catalog = await loadService('catalog').start({
    env: { ...common, ...dbEnv('catalog'), PORT: String(config.PORT + 1) },
    transport,
  });
  services.push(catalog);
  const search = await loadService('search').start({
    env: { ...common, ...dbEnv('search'), PORT: String(config.PORT + 2) },
    transport,
  });
  services.push(search);
  const gateway = await loadService('gateway').start({
    env: { ...common, PORT: String(config.PORT), CATALOG_URL: catalog.url, SEARCH_URL: search.url },
  });
  services.unshift(gateway);

  shutdown.add('services', async () => {
    for (const service of services) await service.stop();
    for (const stop of stops.reverse()) await stop();
  });
  shutdown.listen();

  const seeded = config.SEED_DEMO_DATA === 'true' ? await seedDemoCatalog(gateway.url) : 0;
  out(seeded > 0 ? `  seeded ${seeded} demo products from two vendors` : '  catalog already has data; not seeding');
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
