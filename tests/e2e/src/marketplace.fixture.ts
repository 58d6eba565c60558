import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createTestDatabase, freePort, infraEnv, ServiceProcess, TestDatabase } from '@getit/testing';

const dist = join(__dirname, '../../../dist/apps');

/** The distributed slice as separate OS processes on the real Postgres and Kafka, with its own databases and topics. */
export class MarketplaceFixture {
  readonly topicPrefix = `e2e${randomUUID().slice(0, 8)}.`;
  databases: Record<'catalog' | 'search', TestDatabase> = {} as never;
  catalog!: ServiceProcess;
  search!: ServiceProcess;
  gateway!: ServiceProcess;

  async start(): Promise<void> {
    this.databases = {
      catalog: await createTestDatabase('e2e_catalog'),
      search: await createTestDatabase('e2e_search'),
    };
    this.catalog = await this.service('catalog', { DATABASE_URL: this.databases.catalog.url });
    this.search = await this.service('search', { DATABASE_URL: this.databases.search.url });
    await Promise.all([this.catalog.start(), this.search.start()]);
    const port = await freePort();
    this.gateway = new ServiceProcess({
      name: 'gateway',
      script: join(dist, 'gateway/src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        CATALOG_URL: this.catalog.url,
        SEARCH_URL: this.search.url,
        LOG_LEVEL: 'warn',
      },
    });
    await this.gateway.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.gateway, this.search, this.catalog].filter(Boolean).map((p) => p.stop()));
    await Promise.all(Object.values(this.databases).map((db) => db.drop()));
  }

  /** A fresh process for the same service, database and port (after the old one was stopped). */
  restart(service: ServiceProcess): ServiceProcess {
    return new ServiceProcess(service.options);
  }

  private async service(name: 'catalog' | 'search', env: Record<string, string>): Promise<ServiceProcess> {
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

export const demoProduct = (overrides: Record<string, unknown> = {}) => ({
  vendorId: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
  title: { en: 'Dhakai Jamdani Saree, Red', bn: 'ঢাকাই জামদানি শাড়ি, লাল' },
  brand: 'Tangail Tant Ghar',
  categoryPath: ['fashion', 'women', 'sarees'],
  price: { amountPoisha: 1_250_000, compareAtPoisha: 1_400_000 },
  imageUrl: 'https://cdn.getit.com.bd/p/jamdani-red.jpg',
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

export async function getJson(url: string) {
  const response = await fetch(url);
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}
