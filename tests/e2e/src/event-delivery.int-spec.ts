import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { infraEnv, ServiceProcess, waitFor } from '@getit/testing';
import { CatalogActions } from './catalog.fixture';
import { demoProduct, getJson, MarketplaceFixture } from './marketplace.fixture';

jest.setTimeout(180_000);

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function duplicatesSeen(search: ServiceProcess): Promise<number> {
  const text = await (await fetch(`${search.url}/metrics`)).text();
  return [
    ...text.matchAll(/messaging_consumer_messages_total\{[^}]*outcome="duplicate"[^}]*\} (\d+)/g),
  ].reduce((sum, [, n]) => sum + Number(n), 0);
}

describe('events between processes on real Kafka', () => {
  const market = new MarketplaceFixture();
  const catalog = new CatalogActions(market);
  beforeAll(async () => {
    await market.start();
    await catalog.openShop();
  });
  afterAll(() => market.stop());

  const api = (path: string) => `${market.gateway.url}/api${path}`;
  const findsProduct = (q: string, id: string) => async () =>
    (await getJson(api(`/search?q=${encodeURIComponent(q)}`))).body.items?.some(
      (i: { productId: string }) => i.productId === id,
    );

  it('loses no event written while the consumer is down, and applies a twice-delivered event once', async () => {
    expect(await market.search.stop()).toBe(0);

    const created = {
      body: await catalog.publish(
        demoProduct({ title: { en: 'Rajshahi Silk Panjabi', bn: 'রাজশাহী সিল্ক পাঞ্জাবি' } }),
      ),
    };
    expect(created.body.status).toBe('published');
    const [outboxRow] = await waitFor(
      'catalog to publish the event to Kafka',
      async () => {
        const rows = await query<{ id: string; envelope: unknown; published_at: Date | null }>(
          market.databases.catalog.url,
          `SELECT id::text, envelope, published_at FROM outbox
            WHERE key = $1 AND envelope -> 'data' ->> 'status' = 'published'`,
          [created.body.id],
        );
        return rows[0]?.published_at ? rows : undefined;
      },
      { timeoutMs: 20_000 },
    );

    const searchDown = await getJson(api('/search?q=panjabi'));
    expect(searchDown.status).toBe(503);
    expect(searchDown.body.code).toBe('DEPENDENCY_UNAVAILABLE');

    market.search = await market.restart(market.search).start();
    await waitFor('search to index what it missed', findsProduct('রাজশাহী সিল্ক', created.body.id), {
      timeoutMs: 30_000,
    });

    // Kafka delivers at least once: send the very same event twice more, as a redelivery would.
    const kafka = new Kafka({
      clientId: 'e2e-redeliver',
      brokers: infraEnv().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer();
    await producer.connect();
    const duplicatesBefore = await duplicatesSeen(market.search);
    const message = { key: created.body.id, value: JSON.stringify(outboxRow!.envelope) };
    await producer.send({ topic: `${market.topicPrefix}catalog.products`, messages: [message, message] });
    await producer.disconnect();
    await waitFor(
      'both redeliveries to be recognised',
      async () => (await duplicatesSeen(market.search)) >= duplicatesBefore + 2,
      {
        timeoutMs: 30_000,
      },
    );

    const inbox = await query(market.databases.search.url, 'SELECT 1 FROM inbox WHERE event_id = $1', [
      outboxRow!.id,
    ]);
    const documents = await query<{ version: number }>(
      market.databases.search.url,
      'SELECT version FROM search_documents WHERE product_id = $1',
      [created.body.id],
    );
    expect(inbox).toHaveLength(1);
    expect(documents).toEqual([{ version: created.body.version }]);
    const hits = (await getJson(api('/search?q=panjabi'))).body.items.filter(
      (i: { productId: string }) => i.productId === created.body.id,
    );
    expect(hits).toHaveLength(1);
  });

  it('stops cleanly on SIGTERM: exit code 0, and the gateway reports the dependency as not ready', async () => {
    expect(await market.catalog.stop('SIGTERM')).toBe(0);
    const ready = await fetch(`${market.gateway.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, checks: { catalog: 'down', search: 'up' } });
  });
});
