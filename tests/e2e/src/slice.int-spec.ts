import { waitFor } from '@getit/testing';
import { CatalogActions } from './catalog.fixture';
import { DEMO_VENDOR_ID, demoProduct, getJson, MarketplaceFixture, postJson } from './marketplace.fixture';

jest.setTimeout(120_000);

describe('first slice through the gateway: catalog → Kafka → search, as separate processes', () => {
  const market = new MarketplaceFixture();
  const catalog = new CatalogActions(market);
  beforeAll(async () => {
    await market.start();
    await catalog.openShop();
  });
  afterAll(() => market.stop());

  const api = (path: string) => `${market.gateway.url}/api${path}`;
  const ownProducts = () => api(`/vendors/${DEMO_VENDOR_ID}/products`);

  it('a product created through the gateway can be read back and is found by search in English and Bangla', async () => {
    const created = await postJson(ownProducts(), demoProduct({ submitForReview: true }), {
      ...market.vendorHeaders(),
      'x-request-id': 'shopper-req-0001',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe('shopper-req-0001');
    expect(created.body).toMatchObject({
      slug: expect.stringMatching(/^dhakai-jamdani-saree-red-/),
      status: 'pending_review',
      price: { amountPoisha: 1_250_000, currency: 'BDT' },
    });
    const approved = await postJson(api(`/admin/products/${created.body.id}/approve`), {}, catalog.admin());
    expect(approved.body.status).toBe('published');

    const bySlug = await getJson(api(`/products/${created.body.slug}`));
    expect(bySlug.body.id).toBe(created.body.id);

    for (const q of ['jamdani saree', 'জামদানি', 'tangail']) {
      const hit = await waitFor(
        `"${q}" to find the product`,
        async () => {
          const result = await getJson(api(`/search?q=${encodeURIComponent(q)}`));
          return result.body.items.find((item: { productId: string }) => item.productId === created.body.id);
        },
        { timeoutMs: 15_000, intervalMs: 100 },
      );
      expect(hit).toMatchObject({ slug: created.body.slug, price: { amountPoisha: 1_250_000 } });
    }
  });

  it('rejects a bad product with problem+json naming each field, and writes nothing', async () => {
    const before = await getJson(`${ownProducts()}?limit=100`, market.vendorHeaders());
    const rejected = await postJson(
      ownProducts(),
      {
        vendorId: 'not-a-uuid',
        title: { en: '' },
        categorySlug: 'Sarees!',
        variants: [{ sku: 'X-1', price: { amountPoisha: 99.5, compareAtPoisha: 10 }, weightGrams: -1 }],
        colour: 'red',
      },
      market.vendorHeaders(),
    );
    expect(rejected.status).toBe(400);
    expect(rejected.headers.get('content-type')).toContain('application/problem+json');
    const fields = rejected.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'vendorId',
        'title.en',
        'categorySlug',
        'variants.0.price.amountPoisha',
        'variants.0.weightGrams',
        'colour',
      ]),
    );
    const after = await getJson(`${ownProducts()}?limit=100`, market.vendorHeaders());
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('answers malformed JSON and unknown routes with problem+json, never a 500', async () => {
    const malformed = await postJson(ownProducts(), '{"title": ', market.vendorHeaders());
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('BAD_REQUEST');
    const unknown = await getJson(`${market.gateway.url}/api/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const badQuery = await getJson(api('/search?q='));
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors).toEqual([expect.objectContaining({ field: 'q' })]);
  });

  it('pages through products with an opaque cursor', async () => {
    for (const n of [1, 2, 3]) await catalog.publish(demoProduct({ title: { en: `Nakshi Kantha ${n}` } }));
    const first = await getJson(api('/products?limit=2'));
    expect(first.body.items).toHaveLength(2);
    const second = await getJson(api(`/products?limit=2&cursor=${first.body.nextCursor}`));
    const ids = [...first.body.items, ...second.body.items].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('serves its OpenAPI document at /api/docs', async () => {
    const docs = await getJson(`${market.gateway.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.body.openapi).toBe('3.1.0');
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/products', '/api/search']));
  });

  it('exports RED metrics per route template on each service', async () => {
    const text = await (await fetch(`${market.gateway.url}/metrics`)).text();
    expect(text).toMatch(
      /http_server_requests_total\{[^}]*route="\/api\/products\/:idOrSlug"[^}]*service="gateway"|http_server_requests_total\{[^}]*service="gateway"[^}]*route="\/api\/products\/:idOrSlug"/,
    );
    const catalogMetrics = await (await fetch(`${market.catalog.url}/metrics`)).text();
    expect(catalogMetrics).toContain('messaging_outbox_published_total');
  });
});
