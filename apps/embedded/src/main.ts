import { startTracing } from '@getit/observability';

startTracing({ serviceName: 'getit-embedded', otlpEndpoint: process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] });

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { bootConfig } from '@getit/config';
import { InProcessTransport } from '@getit/messaging';
import { GracefulShutdown } from '@getit/observability';
import { RunningService, ServiceEntry } from '@getit/service-kit';
import { seedDemoInventory } from './demo-inventory-seeder';
import { seedDemoCatalog } from './demo-seeder';
import { embeddedConfigSchema } from './embedded.config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { loadService } from './service-loader';

/** The embedded mode takes every payment method: the online ones against the local payment sandbox. */
const ONLINE_METHODS = 'cod,bkash,nagad,sslcommerz';

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
  // Order and payment subscribe before auth starts: the in-process bus gives a consumer group only what is published
  // after it joins (unlike Kafka's fromBeginning), and auth announces the demo vendors as it starts.
  const sandbox = await loadService('payment-sandbox').start({
    env: { HOST: config.HOST, PORT: String(config.PORT + 90) },
  });
  services.push(sandbox);
  // Online payments go to the local sandbox (bKash, Nagad, SSLCommerz simulators), exactly as to live hosts
  const sandboxUrl = sandbox.url;
  const nagad = (await (await fetch(`${sandboxUrl}/__control/keys`)).json()) as {
    nagad: { nagadPublicKey: string; merchantPrivateKey?: string };
  };
  const gatewayUrl = `http://${config.HOST}:${config.PORT}`;
  const payment = await loadService('payment').start({
    env: {
      ...common,
      ...dbEnv('payment'),
      PORT: String(config.PORT + 7),
      PAYMENT_METHODS_ENABLED: ONLINE_METHODS,
      BKASH_BASE_URL: `${sandboxUrl}/v1.2.0-beta`,
      NAGAD_BASE_URL: `${sandboxUrl}/remote-payment-gateway-1.0`,
      NAGAD_PUBLIC_KEY: nagad.nagad.nagadPublicKey,
      NAGAD_MERCHANT_PRIVATE_KEY: nagad.nagad.merchantPrivateKey ?? '',
      SSLCOMMERZ_BASE_URL: sandboxUrl,
      PAYMENT_CALLBACK_BASE_URL: `${gatewayUrl}/api/payments/callbacks`,
    },
    transport,
    pool,
  });
  services.push(payment);
  const order = await loadService('order').start({
    env: {
      ...common,
      ...dbEnv('order'),
      PORT: String(config.PORT + 6),
      SHIPPING_URL: `http://${config.HOST}:${config.PORT + 5}`,
      PAYMENT_METHODS_ENABLED: ONLINE_METHODS,
    },
    transport,
    pool,
  });
  services.push(order);
  const authEntry = loadService('auth') as ServiceEntry & { demoLoginLines?(authUrl: string): string[] };
  const auth = await authEntry.start({
    env: {
      ...common,
      ...dbEnv('auth'),
      PORT: String(config.PORT + 3),
      AUTH_KEY_ENCRYPTION_SECRET: localSecret(config.DATA_DIR, 'auth-key-encryption-secret'),
      SEED_DEMO_DATA: config.SEED_DEMO_DATA,
    },
    transport,
    pool,
  });
  services.push(auth);
  const inventory = await loadService('inventory').start({
    env: { ...common, ...dbEnv('inventory'), PORT: String(config.PORT + 4) },
    transport,
    pool,
  });
  services.push(inventory);
  const shipping = await loadService('shipping').start({
    env: { ...common, ...dbEnv('shipping'), PORT: String(config.PORT + 5) },
    transport,
    pool,
  });
  services.push(shipping);
  const gateway = await loadService('gateway').start({
    env: {
      ...common,
      PORT: String(config.PORT),
      CATALOG_URL: catalog.url,
      SEARCH_URL: search.url,
      AUTH_URL: auth.url,
      INVENTORY_URL: inventory.url,
      SHIPPING_URL: shipping.url,
      ORDER_URL: order.url,
      PAYMENT_URL: payment.url,
    },
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
  const seeding = config.SEED_DEMO_DATA === 'true' ? seedDemoCatalog(catalog.url) : Promise.resolve(0);
  const seeded = await seeding.catch((error: unknown) => {
    if (stopping) return 0;
    throw error;
  });
  const stocked =
    config.SEED_DEMO_DATA === 'true'
      ? await seedDemoInventory(catalog.url, inventory.url).catch((error: unknown) => {
          if (stopping) return 0;
          throw error;
        })
      : 0;
  if (stopping) return;
  out(
    seeded > 0
      ? `  seeded ${seeded} demo products from two vendors`
      : '  catalog already has data; not seeding',
  );
  if (stocked > 0) out(`  stocked ${stocked} demo variants in the two vendors' warehouses`);
  out('');
  out(`  Marketplace API    ${gateway.url}/api/products`);
  out(`  Search             ${gateway.url}/api/search?q=jamdani   (or ?q=শাড়ি)`);
  out(`  OpenAPI document   ${gateway.url}/api/docs`);
  out(`  Health / metrics   ${gateway.url}/readyz   ${gateway.url}/metrics`);
  out(`  Services           catalog ${catalog.url}   search ${search.url}   auth ${auth.url}`);
  out(`                     inventory ${inventory.url}   shipping ${shipping.url}`);
  out(`                     order ${order.url}   payment ${payment.url}   payment sandbox ${sandbox.url}`);
  out(
    `  Checkout           see README.md "Try a checkout": cash on delivery, or bKash/Nagad/SSLCommerz against`,
  );
  out(`                     the payment sandbox (${sandbox.url}; approve a payment on the page the order's`);
  out(`                     GET /api/payments/checkout/<orderId> redirectUrl names)`);
  out('');
  if (config.SEED_DEMO_DATA === 'true') {
    for (const line of authEntry.demoLoginLines?.(auth.url) ?? []) out(`  ${line}`);
    out('');
  }
  out('Ready. Ctrl-C stops everything.');
}

/**
 * A random secret kept in DATA_DIR (created on first start, owner-only), so what auth encrypted under it (signing
 * keys, TOTP secrets) stays readable across restarts without anyone configuring one.
 */
function localSecret(dataDir: string, name: string): string {
  const path = resolve(dataDir, name);
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}

main().catch((error: unknown) => {
  process.stderr.write(`GetIt embedded mode failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
