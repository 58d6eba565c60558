import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { CatalogHarness } from './catalog.harness';

jest.setTimeout(60_000);

let n = 0;
const phone = (title: string, taka: number, extra: Record<string, unknown> = {}) => ({
  title: { en: title },
  categorySlug: 'smartphones',
  attributes: { network: '5G' },
  images: [{ url: `https://cdn.getit.com.bd/p/${(n += 1)}.jpg`, alt: { en: title } }],
  variants: [
    { sku: `PH-${n}`, options: { storage: '128 GB' }, price: { amountPoisha: taka * 100 }, weightGrams: 200 },
  ],
  ...extra,
});
const lungi = (title: string, taka: number) => ({
  title: { en: title },
  categorySlug: 'lungi',
  variants: [{ sku: `LG-${(n += 1)}`, price: { amountPoisha: taka * 100 }, weightGrams: 300 }],
});

describe('the public listing: filters, orderings, keyset pages and stock (real Postgres)', () => {
  const catalog = new CatalogHarness();
  const gadgets = randomUUID();
  const tant = randomUUID();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await catalog.start();
    await catalog.approveVendor(gadgets, { name: 'Dhaka Gadgets', slug: 'dhaka-gadgets' });
    await catalog.approveVendor(tant, { name: 'Tangail Tant', slug: 'tangail-tant', district: 'Tangail' });
    for (const [title, taka] of [
      ['Walton Primo', 9_000],
      ['Symphony Z', 12_000],
      ['Xiaomi Redmi', 24_999],
      ['Samsung A', 31_000],
    ] as const)
      ids[title] = (await catalog.listProduct(gadgets, phone(title, taka))).id;
    for (const [title, taka] of [
      ['Checked Lungi', 650],
      ['Batik Lungi', 900],
    ] as const)
      ids[title] = (await catalog.listProduct(tant, lungi(title, taka))).id;
    // a draft never shows
    await catalog.request(
      'POST',
      `/vendors/${gadgets}/products`,
      phone('Draft Phone', 1),
      catalog.vendor(gadgets),
    );
  });
  afterAll(() => catalog.stop());

  const titles = async (query: string) =>
    (await catalog.get(`/products?${query}`)).body.items.map((p: { title: { en: string } }) => p.title.en);

  it('lists newest first, each card with its from-price and image', async () => {
    const page = await catalog.get('/products?limit=24');
    expect(page.body.items.map((p: any) => p.title.en)).toEqual([
      'Batik Lungi',
      'Checked Lungi',
      'Samsung A',
      'Xiaomi Redmi',
      'Symphony Z',
      'Walton Primo',
    ]);
    expect(page.body.items[2]).toMatchObject({
      price: { amountPoisha: 3_100_000, currency: 'BDT' },
      image: { url: expect.stringMatching(/^https:/), alt: { en: 'Samsung A' } },
      inStock: false,
      categoryPath: ['electronics', 'mobile-phones', 'smartphones'],
    });
    expect(page.body.nextCursor).toBeNull();
  });

  it('filters by category subtree, vendor and price range, and sorts by price', async () => {
    expect(await titles('category=electronics&sort=price_asc')).toEqual([
      'Walton Primo',
      'Symphony Z',
      'Xiaomi Redmi',
      'Samsung A',
    ]);
    expect(await titles('category=men&sort=price_desc')).toEqual(['Batik Lungi', 'Checked Lungi']);
    expect(await titles(`vendorId=${tant}`)).toEqual(['Batik Lungi', 'Checked Lungi']);
    expect(await titles('minPricePoisha=900000&maxPricePoisha=2500000&sort=price_asc')).toEqual([
      'Walton Primo',
      'Symphony Z',
      'Xiaomi Redmi',
    ]);
  });

  it('pages with keyset cursors in every ordering, without repeats or gaps', async () => {
    for (const sort of ['newest', 'price_asc', 'price_desc']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await catalog.get(
          `/products?limit=4&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.items.map((p: { id: string }) => p.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);
    }
    const priceCursor = (await catalog.get('/products?limit=2&sort=price_asc')).body.nextCursor;
    const wrongOrdering = await catalog.get(`/products?sort=newest&cursor=${priceCursor}`);
    expect(wrongOrdering.status).toBe(400);
    expect(wrongOrdering.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('refuses nonsense filters naming the parameter', async () => {
    for (const [query, field] of [
      ['minPricePoisha=-1', 'minPricePoisha'],
      ['maxPricePoisha=10.5', 'maxPricePoisha'],
      ['minPricePoisha=500&maxPricePoisha=100', 'maxPricePoisha'],
      ['category=no-such-thing', 'category'],
      ['sort=cheapest', 'sort'],
      ['inStock=maybe', 'inStock'],
    ]) {
      const response = await catalog.get(`/products?${query}`);
      expect({
        query,
        status: response.status,
        fields: response.body.errors.map((e: any) => e.field),
      }).toEqual({
        query,
        status: 400,
        fields: [field],
      });
    }
  });

  it('keeps an in-stock flag from inventory.stock-changed.v1 and filters on it', async () => {
    const samsung = (await catalog.get(`/products/${ids['Samsung A']}`)).body;
    const variant = samsung.variants[0];
    await catalog.publish(
      'inventory.stock-changed.v1',
      { variantId: variant.id, vendorId: gadgets, sku: variant.sku, available: 3, version: 2 },
      variant.id,
    );
    await waitFor('Samsung in stock', async () => (await titles('inStock=true')).includes('Samsung A'));
    expect(await titles('inStock=true')).toEqual(['Samsung A']);
    // an older report arriving late changes nothing; a newer one selling out does
    await catalog.publish(
      'inventory.stock-changed.v1',
      { variantId: variant.id, vendorId: gadgets, sku: variant.sku, available: 0, version: 1 },
      variant.id,
    );
    await catalog.publish(
      'inventory.stock-changed.v1',
      { variantId: variant.id, vendorId: gadgets, sku: variant.sku, available: 0, version: 3 },
      variant.id,
    );
    await waitFor('Samsung sold out', async () => (await titles('inStock=true')).length === 0);
    expect(await titles('inStock=false')).toContain('Samsung A');
  });

  it("takes a suspended vendor's products off sale and out of search, and brings them back on reinstatement", async () => {
    const before = catalog.published.length;
    await catalog.decide('auth.vendor-suspended.v1', tant);
    await waitFor('lungis gone', async () => (await titles('category=men')).length === 0);
    expect((await catalog.get(`/products/${ids['Batik Lungi']}`)).status).toBe(404);
    expect((await catalog.get('/shops/tangail-tant')).status).toBe(404);
    const removed = await waitFor('removed events', () => {
      const events = catalog.published.slice(before).filter((e) => e.type === 'catalog.product-removed.v1');
      return events.length === 2 ? events : undefined;
    });
    expect(removed.map((e) => e.data.reason)).toEqual(['vendor_suspended', 'vendor_suspended']);

    // edits while suspended keep the product off sale
    const edited = await catalog.request(
      'PATCH',
      `/vendors/${tant}/products/${ids['Batik Lungi']}`,
      {
        variants: [
          {
            sku: (await catalog.get(`/vendors/${tant}/products/${ids['Batik Lungi']}`, catalog.vendor(tant)))
              .body.variants[0].sku,
            price: { amountPoisha: 85_000 },
            weightGrams: 300,
          },
        ],
      },
      catalog.vendor(tant),
    );
    expect(edited.body).toMatchObject({ status: 'published' });
    expect((await catalog.get(`/products/${ids['Batik Lungi']}`)).status).toBe(404);

    await catalog.decide('auth.vendor-reinstated.v1', tant);
    await waitFor('lungis back', async () => (await titles('category=men')).length === 2);
    const upserted = catalog.published.filter((e) => e.key === ids['Checked Lungi']).at(-1)!;
    expect(upserted).toMatchObject({
      type: 'catalog.product-upserted.v1',
      data: { status: 'published', listed: true },
    });
  });

  it('serves shop pages for active shops', async () => {
    const shop = await catalog.get('/shops/dhaka-gadgets');
    expect(shop.body).toMatchObject({
      vendorId: gadgets,
      name: 'Dhaka Gadgets',
      district: 'Dhaka',
      rating: { average: null, count: 0 },
    });
    const updated = await catalog.request(
      'PATCH',
      `/vendors/${gadgets}/shop`,
      { logoUrl: 'https://cdn.getit.com.bd/logo.png', description: { bn: 'ঢাকার গ্যাজেট দোকান' } },
      catalog.vendor(gadgets),
    );
    expect(updated.body).toMatchObject({ status: 'active', logoUrl: 'https://cdn.getit.com.bd/logo.png' });
    expect(
      (
        await catalog.request(
          'PATCH',
          `/vendors/${gadgets}/shop`,
          { logoUrl: null },
          catalog.vendor(gadgets, 'vendor:staff'),
        )
      ).status,
    ).toBe(403);
    expect((await catalog.get('/shops?limit=10')).body.items.map((s: any) => s.slug)).toEqual(
      expect.arrayContaining(['dhaka-gadgets', 'tangail-tant']),
    );
  });

  it('serves the category tree and inherited attribute definitions', async () => {
    const tree = await catalog.get('/categories');
    expect(tree.body.items.length).toBeGreaterThan(50);
    expect(tree.body.items[0]).toMatchObject({
      slug: 'electronics',
      name: { en: 'Electronics', bn: 'ইলেকট্রনিক্স' },
      parentSlug: null,
      leaf: false,
    });
    const smartphones = await catalog.get('/categories/smartphones');
    expect(smartphones.body.path).toEqual(['electronics', 'mobile-phones', 'smartphones']);
    expect(smartphones.body.attributes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'warranty_months', definedBy: 'electronics', type: 'number' }),
        expect.objectContaining({ key: 'colour', definedBy: 'mobile-phones', variant: true }),
        expect.objectContaining({ key: 'storage', definedBy: 'smartphones', type: 'enum', required: true }),
      ]),
    );
  });
});
