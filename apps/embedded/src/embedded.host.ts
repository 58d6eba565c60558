import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Pool } from 'pg';
import { bootConfig } from '@getit/config';
import { createSingleSessionPool } from '@getit/database';
import { InProcessTransport } from '@getit/messaging';
import { RunningService, ServiceEntry, SharedInfrastructure } from '@getit/service-kit';
import { seedDemoInventory } from './demo-inventory-seeder';
import { seedDemoCatalog } from './demo-seeder';
import { EmbeddedConfig, embeddedConfigSchema } from './embedded.config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { freePort } from './free-port';
import { startStorefront } from './storefront.process';
import { webAppGatewayEnv } from './web-apps';
import { loadService } from './service-loader';
import { EmbeddedServiceName, parseServiceOverrides, ServiceOverridesError } from './service-overrides';

/** The embedded mode takes every payment method: the online ones against the local payment sandbox. */
const ONLINE_METHODS = 'cod,bkash,nagad,sslcommerz';
const SEED_ATTEMPTS = 4;

/** Every service running in this process. */
export interface EmbeddedHost {
  config: EmbeddedConfig;
  /** The public entry point, on PORT. */
  gatewayUrl: string;
  /** The embedded Postgres, when no DATABASE_URL was given. */
  embeddedDatabaseUrl?: string;
  /** The one connection every service shares on the embedded Postgres. */
  pool?: Pool;
  /** Loads the demo catalog and stock (again when a previous start stopped half-way). */
  seedDemoData(): Promise<{ products: number; variants: number }>;
  demoLoginLines(): string[];
  stop(): Promise<void>;
}

/**
 * Every service in one process on embedded defaults: an embedded Postgres (one schema per service) unless
 * DATABASE_URL is set, the in-process event bus behind the same outbox and inbox, no Redis, no Kafka. Internal
 * services listen on free ports; only the gateway has a fixed one (PORT).
 */
export async function startEmbeddedHost(
  env: NodeJS.ProcessEnv,
  warn: (line: string) => void,
): Promise<EmbeddedHost> {
  const config = bootConfig('embedded', embeddedConfigSchema, env);
  const overrides = serviceOverrides(env);
  for (const warning of overrides.warnings) warn(warning);
  const stops: (() => Promise<void>)[] = [];
  const services: RunningService[] = [];
  const stopAll = async () => {
    for (const service of services) await service.stop();
    for (const stop of stops.reverse()) await stop();
  };

  try {
    let databaseUrl = config.DATABASE_URL;
    let pool: Pool | undefined;
    let embeddedDatabaseUrl: string | undefined;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres(
        resolve(config.DATA_DIR, 'pglite'),
        config.EMBEDDED_PG_PORT,
      );
      stops.push(() => postgres.stop());
      databaseUrl = embeddedDatabaseUrl = postgres.url;
      pool = createSingleSessionPool({
        url: databaseUrl,
        onIdleError: (error) => warn(`embedded Postgres connection failed: ${error.message}`),
      });
      const sharedPool = pool;
      stops.push(() => sharedPool.end());
    }
    const transport = new InProcessTransport();
    await transport.connect();
    stops.push(() => transport.close());

    const gatewayUrl = `http://${config.HOST}:${config.PORT}`;
    const shared: SharedInfrastructure = { transport, pool };
    const start = async (
      name: EmbeddedServiceName,
      env: Record<string, string | undefined>,
      options: { shared?: boolean; port?: number } = {},
      entry: ServiceEntry = loadService(name),
    ) => {
      const port = options.port ?? (await freePort(config.HOST));
      const service = await entry.start({
        env: {
          HOST: config.HOST,
          LOG_LEVEL: config.LOG_LEVEL,
          ...env,
          PORT: String(port),
          ...overrides.for(name),
        },
        ...(options.shared === false ? {} : shared),
      });
      services.unshift(service); // stopped in reverse order of starting
      return service;
    };
    const withDatabase = (schema: string) => ({
      MESSAGING_TRANSPORT: 'in-process',
      DATABASE_URL: databaseUrl,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_MAX: '4',
    });

    const catalog = await start('catalog', withDatabase('catalog'));
    const search = await start('search', withDatabase('search'));
    const shipping = await start('shipping', withDatabase('shipping'));
    // Online payments go to the local sandbox (bKash, Nagad, SSLCommerz simulators), exactly as to live hosts
    const sandbox = await start('payment-sandbox', {}, { shared: false });
    const keys = (await (await fetch(`${sandbox.url}/__control/keys`)).json()) as {
      nagad: { nagadPublicKey: string; merchantPrivateKey?: string };
    };
    // Order and payment subscribe before auth starts: the in-process bus gives a consumer group only what is
    // published after it joins (unlike Kafka's fromBeginning), and auth announces the demo vendors as it starts.
    const payment = await start('payment', {
      ...withDatabase('payment'),
      PAYMENT_METHODS_ENABLED: ONLINE_METHODS,
      BKASH_BASE_URL: `${sandbox.url}/v1.2.0-beta`,
      NAGAD_BASE_URL: `${sandbox.url}/remote-payment-gateway-1.0`,
      NAGAD_PUBLIC_KEY: keys.nagad.nagadPublicKey,
      NAGAD_MERCHANT_PRIVATE_KEY: keys.nagad.merchantPrivateKey ?? '',
      SSLCOMMERZ_BASE_URL: sandbox.url,
      PAYMENT_CALLBACK_BASE_URL: `${gatewayUrl}/api/payments/callbacks`,
      STOREFRONT_RETURN_URL: `${gatewayUrl}/checkout/payment`,
    });
    const order = await start('order', {
      ...withDatabase('order'),
      SHIPPING_URL: shipping.url,
      PAYMENT_METHODS_ENABLED: ONLINE_METHODS,
    });
    const authEntry = loadService('auth') as ServiceEntry & { demoLoginLines?(authUrl: string): string[] };
    const auth = await start(
      'auth',
      {
        ...withDatabase('auth'),
        AUTH_KEY_ENCRYPTION_SECRET: localSecret(config.DATA_DIR, 'auth-key-encryption-secret'),
        SEED_DEMO_DATA: config.SEED_DEMO_DATA,
        // KYC documents on local disk, beside the embedded database
        DOCUMENT_STORAGE_DIR: resolve(config.DATA_DIR, 'kyc-documents'),
      },
      {},
      authEntry,
    );
    const inventory = await start('inventory', withDatabase('inventory'));
    // The storefront (when built) behind the gateway: pages at every path outside /api, on the same origin.
    const storefront = await startStorefront(config.HOST, await freePort(config.HOST), gatewayUrl);
    if (storefront) stops.push(() => storefront.stop());
    await start(
      'gateway',
      {
        CATALOG_URL: catalog.url,
        SEARCH_URL: search.url,
        AUTH_URL: auth.url,
        INVENTORY_URL: inventory.url,
        SHIPPING_URL: shipping.url,
        ORDER_URL: order.url,
        PAYMENT_URL: payment.url,
        ...(storefront ? { STOREFRONT_URL: storefront.url } : {}),
        ...webAppGatewayEnv(),
      },
      { shared: false, port: config.PORT },
    );

    return {
      config,
      gatewayUrl,
      embeddedDatabaseUrl,
      pool,
      seedDemoData: async () => {
        // Seeding resumes where it stopped, so a step refused on a busy machine (a transaction that waited too long
        // for the one shared connection) is simply tried again.
        for (let attempt = 1; ; attempt++) {
          try {
            const products = await seedDemoCatalog(catalog.url);
            const variants = await seedDemoInventory(catalog.url, inventory.url);
            return { products, variants };
          } catch (error) {
            if (attempt === SEED_ATTEMPTS) throw error;
            warn(`demo seeding failed (${(error as Error).message.slice(0, 200)}); trying again`);
            await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
          }
        }
      },
      demoLoginLines: () => authEntry.demoLoginLines?.(auth.url) ?? [],
      stop: stopAll,
    };
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}

/** Per-service settings from the environment; a bad name stops the start with a message naming it. */
function serviceOverrides(env: NodeJS.ProcessEnv) {
  try {
    return parseServiceOverrides(env);
  } catch (error) {
    if (!(error instanceof ServiceOverridesError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return process.exit(1);
  }
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
