import { waitFor } from '@getit/testing';
import { EmbeddedFixture, SqlStatement } from './embedded.fixture';

jest.setTimeout(600_000);

/**
 * The embedded mode shares one PGlite session between every service. One failed query used to break it for good:
 * the pool dropped its connection, the next one knew none of the session's prepared statements, and every
 * uncached product page answered 500 "prepared statement … already exists" until a restart. Here each kind of
 * failure is sent through the services' own shared pool; reads and a checkout must still work after each.
 */
describe('embedded mode after failed queries', () => {
  const marketplace = new EmbeddedFixture({ databaseDriver: true });
  const api = marketplace.api;
  let unread: { slug: string; title: { en: string } }[] = [];

  beforeAll(async () => {
    await marketplace.start();
    await marketplace.seeded();
    unread = await marketplace.everyProduct();
    // search indexes the seeded catalogue from catalog's and inventory's events after the seed: wait for it, so the
    // checks below compare reads before and after each failure, not an index still filling
    await waitFor(
      'the search index to hold the jamdani sarees',
      async () => ((await api('/search?q=jamdani&limit=1')).body?.items?.length ?? 0) > 0 || undefined,
      { timeoutMs: 180_000 },
    );
  });
  afterAll(() => marketplace.stop());

  /** A product page nobody has read yet, so it comes from the database (catalog's prepared statements), not the cache. */
  async function readUncachedProduct() {
    const product = unread.shift()!;
    const { status, body } = await api(`/products/${product.slug}`);
    return { status, slug: body?.slug, title: body?.title?.en, expected: product };
  }

  async function expectReadsToWork() {
    const page = await readUncachedProduct();
    expect(page).toMatchObject({ status: 200, slug: page.expected.slug, title: page.expected.title.en });
    expect((await api(`/products/no-such-product-${unread.length}`)).status).toBe(404);
    const search = await api(`/search?q=jamdani&limit=${1 + (unread.length % 40)}`);
    expect(search.status).toBe(200);
    expect(search.body.items.length).toBeGreaterThan(0);
  }

  const failures: [string, SqlStatement, { queryTimeoutMs?: number }, string][] = [
    [
      'a NUL byte (bad encoding)',
      { text: 'SELECT vendor_id FROM catalog.shops WHERE district = $1', values: ['\u0000'] },
      {},
      '22021',
    ],
    [
      'a constraint violation',
      { text: 'INSERT INTO catalog.products SELECT * FROM catalog.products LIMIT 1' },
      {},
      '23505',
    ],
    [
      'a cast error',
      { text: 'SELECT id FROM catalog.products WHERE id = $1::uuid', values: ['not-a-uuid'] },
      {},
      '22P02',
    ],
    [
      'a number out of range',
      { text: 'SELECT id FROM catalog.products WHERE price_poisha >= $1::int', values: ['2147483648'] },
      {},
      '22003',
    ],
    // PGlite does not enforce statement_timeout; the pg client's own timeout is the one that fires
    ['a timeout', { text: 'SELECT pg_sleep(1)' }, { queryTimeoutMs: 200 }, 'Query read timeout'],
  ];

  it.each(failures)('serves reads after %s', async (_kind, statement, options, code) => {
    await expectReadsToWork(); // catalog has prepared its statements in the session
    expect(await marketplace.sql([statement], options)).toEqual({ failed: true, code });
    await expectReadsToWork();
  });

  it('rolls back the transaction of a client that broke inside it, and serves reads after', async () => {
    const victim = unread.shift()!;
    const result = await marketplace.sql(
      [
        { text: 'BEGIN' },
        {
          text: `UPDATE catalog.products SET title_en = 'Half-written' WHERE slug = $1`,
          values: [victim.slug],
        },
        { text: 'INSERT INTO catalog.products SELECT * FROM catalog.products LIMIT 1' },
      ],
      { transaction: true },
    );
    expect(result).toEqual({ failed: true, code: '23505' });
    await expectReadsToWork();
    expect((await api(`/products/${victim.slug}`)).body.title.en).toBe(victim.title.en);
  });

  it('serves reads after a NUL byte sent through the API', async () => {
    await api('/shops?district=%00'); // whatever it answers, it must not break what follows
    await expectReadsToWork();
    await expectReadsToWork();
  });

  it('still takes a cash-on-delivery order from two vendors after all of that', async () => {
    const { order, vendors } = await marketplace.codCheckoutFromTwoVendors();
    // the cancellation (null when confirmed) says why, should a failed query have cost the saga a step
    expect({ status: order.status, cancellation: order.cancellation }).toEqual({
      status: 'confirmed',
      cancellation: null,
    });
    expect(order.packages.map((p: any) => p.vendorId).sort()).toEqual([...vendors].sort());
  });
});
