import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  createTestDatabase,
  freePort,
  infraEnv,
  ServiceProcess,
  TestDatabase,
  TestTokenIssuer,
} from '@getit/testing';
import { gatewayProcess, realAuthEnv } from './real-auth.fixture';

const dist = join(__dirname, '../../../dist/apps');

/** The vendor `demoProduct()` lists for. */
export const DEMO_VENDOR_ID = 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22';

export interface MarketplaceOptions {
  /** Gateway variables a test needs on top of the defaults: rate limits, Redis, trusted proxies. */
  gatewayEnv?: Record<string, string>;
  /**
   * Run the real auth service (own database, Kafka, demo accounts, dev SMS sink) and point the gateway at it
   * instead of the test token issuer. `vendorHeaders()` tokens then no longer verify: log in through auth.
   */
  realAuth?: boolean;
  /** The first gateway's port, when services must know the public URL before it starts (payment callbacks). */
  gatewayPort?: number;
}

/** The distributed slice as separate OS processes on the real Postgres and Kafka, with its own databases and topics. */
export class MarketplaceFixture {
  readonly topicPrefix = `e2e${randomUUID().slice(0, 8)}.`;
  /** Stands in for the auth service's token side: the gateway verifies tokens against its JWKS. */
  readonly issuer = new TestTokenIssuer();
  databases: Record<'catalog' | 'search', TestDatabase> & Partial<Record<'auth', TestDatabase>> = {} as never;
  /** Started only with `realAuth`. */
  auth?: ServiceProcess;
  catalog!: ServiceProcess;
  search!: ServiceProcess;
  gateway!: ServiceProcess;
  private readonly extraGateways: ServiceProcess[] = [];

  constructor(private readonly options: MarketplaceOptions = {}) {}

  async start(): Promise<void> {
    this.databases = {
      catalog: await createTestDatabase('e2e_catalog'),
      search: await createTestDatabase('e2e_search'),
    };
    this.catalog = await this.service('catalog', { DATABASE_URL: this.databases.catalog.url });
    this.search = await this.service('search', { DATABASE_URL: this.databases.search.url });
    if (this.options.realAuth) {
      this.databases.auth = await createTestDatabase('e2e_auth');
      this.auth = await this.service('auth', { DATABASE_URL: this.databases.auth.url, ...realAuthEnv() });
    }
    await Promise.all([this.catalog.start(), this.search.start(), this.auth?.start(), this.issuer.listen()]);
    this.gateway = await this.startGateway();
  }

  /** A gateway process in front of this fixture's services; call again for another replica. */
  async startGateway(): Promise<ServiceProcess> {
    const gateway = await gatewayProcess(
      { catalog: this.catalog.url, search: this.search.url, auth: this.auth?.url ?? this.issuer.url },
      this.options.gatewayEnv,
      (!this.gateway && this.options.gatewayPort) || undefined,
    );
    if (this.gateway) this.extraGateways.push(gateway);
    return gateway.start();
  }

  /** The Authorization header of a staff member of `vendorId` (by default the vendor demoProduct() lists for). */
  vendorHeaders(vendorId = DEMO_VENDOR_ID): Record<string, string> {
    return {
      authorization: `Bearer ${this.issuer.token({ roles: ['vendor:staff'], vendorId, amr: ['pwd'] })}`,
    };
  }

  async stop(): Promise<void> {
    const processes = [this.gateway, ...this.extraGateways, this.search, this.catalog, this.auth].filter(
      (p): p is ServiceProcess => p !== undefined,
    );
    await Promise.all(processes.map((p) => p.stop()));
    await this.issuer.close();
    await Promise.all(Object.values(this.databases).map((db) => db.drop()));
  }

  /** A fresh process for the same service, database and port (after the old one was stopped). */
  restart(service: ServiceProcess): ServiceProcess {
    return new ServiceProcess(service.options);
  }

  private async service(
    name: 'catalog' | 'search' | 'auth',
    env: Record<string, string>,
  ): Promise<ServiceProcess> {
    const port = await freePort();
    return new ServiceProcess({
      name,
      script: join(dist, name, 'src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: {
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        MESSAGING_TRANSPORT: 'kafka',
        KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: this.topicPrefix,
      },
    });
  }
}

/** A valid POST /api/vendors/:vendorId/products body (a saree), with a fresh SKU each call. */
export const demoProduct = (overrides: Record<string, unknown> = {}) => ({
  title: { en: 'Dhakai Jamdani Saree, Red', bn: 'ঢাকাই জামদানি শাড়ি, লাল' },
  brand: 'Tangail Tant Ghar',
  categorySlug: 'sarees',
  attributes: { fabric: 'Cotton', saree_type: 'Jamdani' },
  images: [
    {
      url: 'https://cdn.getit.com.bd/p/jamdani-red.jpg',
      alt: { en: 'Red Dhakai Jamdani saree', bn: 'লাল ঢাকাই জামদানি শাড়ি' },
    },
  ],
  variants: [
    {
      sku: `JAM-RED-${randomUUID().slice(0, 8)}`,
      options: { colour: 'Red' },
      price: { amountPoisha: 1_250_000, compareAtPoisha: 1_400_000 },
      weightGrams: 650,
    },
  ],
  ...overrides,
});

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

export async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** Any method, JSON in and out (an empty body reads as undefined). */
export async function send(
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
