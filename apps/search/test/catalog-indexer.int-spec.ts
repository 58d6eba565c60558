import { EventPayload, SearchHit } from '@getit/contracts';
import { eventFixture, waitFor } from '@getit/testing';
import { SearchUnderTest, startSearchUnderTest } from './search.harness';

const fixture = eventFixture<EventPayload<'catalog.product-upserted.v1'>>('catalog.product-upserted.v1');

describe('search indexes what the catalog lists (real Postgres, in-process bus)', () => {
  let search: SearchUnderTest;

  beforeAll(async () => {
    search = await startSearchUnderTest('search_indexer');
  });
  afterAll(async () => {
    await search?.stop();
  });

  const publish = <T extends 'catalog.product-upserted.v1' | 'catalog.product-removed.v1'>(type: T, data: EventPayload<T>) =>
    search.publish(type, data, fixture.productId);
  const hits = async (q: string) =>
    (
      (await (await fetch(`${search.service.url}/search?q=${encodeURIComponent(q)}`)).json()) as {
        items: SearchHit[];
      }
    ).items;

  it('indexes a listed product, and takes it out when its vendor is suspended (listed: false)', async () => {
    await publish('catalog.product-upserted.v1', fixture);
    const [indexed] = await waitFor('indexed', async () => {
      const found = await hits('জামদানি');
      return found.length === 1 ? found : undefined;
    });
    expect(indexed).toEqual({
      productId: fixture.productId,
      vendorId: fixture.vendorId,
      slug: 'jamdani-saree-dhakai-red',
      title: { en: 'Dhakai Jamdani Saree, Red', bn: 'ঢাকাই জামদানি শাড়ি, লাল' },
      brand: 'Tangail Tant Ghar',
      categoryPath: ['fashion', 'women', 'sarees'],
      price: { amountPoisha: 1_250_000, currency: 'BDT' },
      imageUrl: 'https://cdn.getit.com.bd/p/jamdani-red.jpg',
      inStock: true,
    });
    await publish('catalog.product-upserted.v1', { ...fixture, listed: false, version: 2 });
    await waitFor('unlisted', async () => (await hits('জামদানি')).length === 0);
  });

  it('indexes older events without `listed` by status, ignores stale versions, and honours removals', async () => {
    const { listed: _listed, variants: _variants, ...legacy } = fixture;
    await publish('catalog.product-upserted.v1', { ...legacy, version: 3 });
    const [reindexed] = await waitFor('re-indexed', async () => {
      const found = await hits('jamdani');
      return found.length === 1 ? found : undefined;
    });
    expect(reindexed).toMatchObject({ productId: fixture.productId, title: fixture.title });
    await publish('catalog.product-upserted.v1', { ...legacy, title: { en: 'Stale title' }, version: 2 });
    await publish('catalog.product-removed.v1', {
      productId: fixture.productId,
      vendorId: fixture.vendorId,
      reason: 'vendor_suspended',
      version: 4,
    });
    await waitFor('removed', async () => (await hits('jamdani')).length === 0);
    expect(await hits('stale')).toEqual([]);
    expect(await hits('ঢাকাই')).toEqual([]);
  });
});
