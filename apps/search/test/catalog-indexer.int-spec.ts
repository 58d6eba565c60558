import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvelope, EventPayload } from '@getit/contracts';
import { InProcessTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase, waitFor } from '@getit/testing';
import { startSearch } from '../src/search.host';

type Upserted = EventPayload<'catalog.product-upserted.v1'>;
const fixture = JSON.parse(
  readFileSync(
    join(__dirname, '../../../libs/contracts/src/fixtures/catalog.product-upserted.v1.json'),
    'utf8',
  ),
).data as Upserted;

describe('search indexes what the catalog lists (real Postgres, in-process bus)', () => {
  const transport = new InProcessTransport();
  let db: TestDatabase;
  let search: RunningService;

  beforeAll(async () => {
    db = await createTestDatabase('search_indexer');
    await transport.connect();
    search = await startSearch(
      {
        DATABASE_URL: db.url,
        MESSAGING_TRANSPORT: 'in-process',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
      },
      { transport },
    );
  });
  afterAll(async () => {
    await search?.stop();
    await transport.close();
    await db?.drop();
  });

  const publish = (type: 'catalog.product-upserted.v1' | 'catalog.product-removed.v1', data: unknown) =>
    transport.publish([
      {
        topic: 'catalog.products',
        key: fixture.productId,
        value: JSON.stringify(
          createEnvelope(type, data as never, {
            producer: 'catalog',
            correlationId: 't',
            key: fixture.productId,
          }),
        ),
        headers: {},
      },
    ]);
  const hits = async (q: string) =>
    (
      (await (await fetch(`${search.url}/search?q=${encodeURIComponent(q)}`)).json()) as {
        items: { productId: string }[];
      }
    ).items;

  it('indexes a listed product, and takes it out when its vendor is suspended (listed: false)', async () => {
    await publish('catalog.product-upserted.v1', fixture);
    await waitFor('indexed', async () => (await hits('জামদানি')).length === 1);
    await publish('catalog.product-upserted.v1', { ...fixture, listed: false, version: 2 });
    await waitFor('unlisted', async () => (await hits('জামদানি')).length === 0);
  });

  it('indexes older events without `listed` by status, ignores stale versions, and honours removals', async () => {
    const { listed: _listed, variants: _variants, ...legacy } = fixture;
    await publish('catalog.product-upserted.v1', { ...legacy, version: 3 });
    await waitFor('re-indexed', async () => (await hits('jamdani')).length === 1);
    await publish('catalog.product-upserted.v1', { ...legacy, title: { en: 'Stale title' }, version: 2 });
    await publish('catalog.product-removed.v1', {
      productId: fixture.productId,
      vendorId: fixture.vendorId,
      reason: 'vendor_suspended',
      version: 4,
    });
    await waitFor('removed', async () => (await hits('jamdani')).length === 0);
    expect(await hits('stale')).toEqual([]);
  });
});
