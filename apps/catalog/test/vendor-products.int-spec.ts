import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { CatalogHarness, saree } from './catalog.harness';

jest.setTimeout(60_000);

describe('vendor products, moderation and the public catalog (real Postgres)', () => {
  const catalog = new CatalogHarness();
  const vendor = randomUUID();
  const rival = randomUUID();
  beforeAll(async () => {
    await catalog.start();
    await catalog.approveVendor(vendor, {
      name: 'Tangail Tant Ghar',
      slug: 'tangail-tant-ghar',
      district: 'Tangail',
    });
    await catalog.approveVendor(rival, { name: 'Rival Fabrics', slug: 'rival-fabrics' });
  });
  afterAll(() => catalog.stop());

  const productCount = async () =>
    (await catalog.get(`/vendors/${vendor}/products?limit=100`, catalog.vendor(vendor))).body.items.length;

  it('takes a product from draft through review to the shop window, and tells search at each step', async () => {
    const created = await catalog.request(
      'POST',
      `/vendors/${vendor}/products`,
      saree(),
      catalog.vendor(vendor),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      vendorId: vendor,
      categoryPath: ['fashion', 'women', 'sarees'],
      attributes: { fabric: 'Cotton', saree_type: 'Jamdani' },
      price: {
        amountPoisha: 1_250_000,
        compareAtPoisha: 1_400_000,
        maxAmountPoisha: 1_300_000,
        currency: 'BDT',
      },
      variants: [
        expect.objectContaining({ options: { colour: 'Red' } }),
        expect.objectContaining({ options: { colour: 'Blue' } }),
      ],
    });
    const id = created.body.id;
    expect((await catalog.get(`/products/${id}`)).status).toBe(404);

    const submitted = await catalog.request(
      'POST',
      `/vendors/${vendor}/products/${id}/submit`,
      {},
      catalog.vendor(vendor),
    );
    expect(submitted.body.status).toBe('pending_review');
    const queue = await catalog.get('/admin/products/moderation?limit=100', catalog.admin());
    expect(queue.body.items.map((p: { id: string }) => p.id)).toContain(id);

    const rejected = await catalog.request(
      'POST',
      `/admin/products/${id}/reject`,
      { reason: 'Photos are blurry' },
      catalog.admin(),
    );
    expect(rejected.body).toMatchObject({ status: 'rejected', moderation: { reason: 'Photos are blurry' } });
    await catalog.request('POST', `/vendors/${vendor}/products/${id}/submit`, {}, catalog.vendor(vendor));
    const approved = await catalog.request('POST', `/admin/products/${id}/approve`, {}, catalog.admin());
    expect(approved.body.status).toBe('published');

    const page = await catalog.get(`/products/${created.body.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ id, shop: { slug: 'tangail-tant-ghar', name: 'Tangail Tant Ghar' } });
    expect(page.body.moderation).toBeUndefined();
    expect(page.headers.get('cache-control')).toBe('public, max-age=30');

    const events = await waitFor('the published event', () => {
      const list = catalog.eventsFor(id);
      return list.some((e) => e.data.status === 'published') ? list : undefined;
    });
    expect(events.map((e) => e.data.status)).toEqual([
      'draft',
      'pending_review',
      'rejected',
      'pending_review',
      'published',
    ]);
    expect(events.at(-1)!.data).toMatchObject({
      listed: true,
      variants: [
        expect.objectContaining({
          sku: expect.any(String),
          price: { amountPoisha: 1_250_000, compareAtPoisha: 1_400_000, currency: 'BDT' },
        }),
        expect.anything(),
      ],
    });
  });

  it('answers a conditional GET with 304 when nothing changed', async () => {
    const first = await catalog.get('/products?limit=5');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await fetch(`${catalog.service.url}/products?limit=5`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('keeps a published product on sale through a price change, and sends it back to review on a title change', async () => {
    const product = await catalog.listProduct(vendor, saree());
    const [red, blue] = product.variants;
    const cheaper = await catalog.request(
      'PATCH',
      `/vendors/${vendor}/products/${product.id}`,
      {
        expectedVersion: product.version,
        variants: [
          { sku: red.sku, options: red.options, price: { amountPoisha: 1_100_000 }, weightGrams: 650 },
          { sku: blue.sku, options: blue.options, price: { amountPoisha: 1_300_000 }, weightGrams: 650 },
        ],
      },
      catalog.vendor(vendor),
    );
    expect(cheaper.body).toMatchObject({ status: 'published', price: { amountPoisha: 1_100_000 } });
    expect(cheaper.body.variants[0].id).toBe(red.id);
    expect((await catalog.get(`/products/${product.id}`)).body.price.amountPoisha).toBe(1_100_000);

    const stale = await catalog.request(
      'PATCH',
      `/vendors/${vendor}/products/${product.id}`,
      { expectedVersion: product.version, brand: 'X' },
      catalog.vendor(vendor),
    );
    expect(stale.status).toBe(409);

    const renamed = await catalog.request(
      'PATCH',
      `/vendors/${vendor}/products/${product.id}`,
      { title: { en: 'Replica Designer Saree' } },
      catalog.vendor(vendor),
    );
    expect(renamed.body.status).toBe('pending_review');
    expect((await catalog.get(`/products/${product.id}`)).status).toBe(404);
  });

  it('unpublishes and archives; an archived product leaves with a removed event and cannot be edited', async () => {
    const product = await catalog.listProduct(vendor, saree());
    const unpublished = await catalog.request(
      'POST',
      `/vendors/${vendor}/products/${product.id}/unpublish`,
      {},
      catalog.vendor(vendor),
    );
    expect(unpublished.body.status).toBe('draft');
    const archived = await catalog.request(
      'DELETE',
      `/vendors/${vendor}/products/${product.id}`,
      undefined,
      catalog.vendor(vendor),
    );
    expect(archived.body.status).toBe('archived');
    await waitFor('the removed event', () =>
      catalog.eventsFor(product.id).some((e) => e.type === 'catalog.product-removed.v1'),
    );
    const edit = await catalog.request(
      'PATCH',
      `/vendors/${vendor}/products/${product.id}`,
      { brand: 'X' },
      catalog.vendor(vendor),
    );
    expect(edit.status).toBe(409);
  });

  describe('refuses bad input with problem+json and writes nothing', () => {
    const cases: [string, Record<string, unknown>, number, string[]][] = [
      [
        'a negative price',
        { variants: [{ sku: 'N-1', price: { amountPoisha: -100 }, weightGrams: 500 }] },
        400,
        ['variants.0.price.amountPoisha'],
      ],
      [
        'a fractional price',
        { variants: [{ sku: 'F-1', price: { amountPoisha: 99.5 }, weightGrams: 500 }] },
        400,
        ['variants.0.price.amountPoisha'],
      ],
      [
        'a fractional weight',
        { variants: [{ sku: 'W-1', price: { amountPoisha: 100 }, weightGrams: 0.5 }] },
        400,
        ['variants.0.weightGrams'],
      ],
      [
        'an attribute the category does not define',
        { attributes: { saree_type: 'Jamdani', storage: '64 GB' } },
        400,
        ['attributes.storage'],
      ],
      ['a value outside an enum', { attributes: { saree_type: 'Denim' } }, 400, ['attributes.saree_type']],
      ['a missing required attribute', { attributes: { fabric: 'Silk' } }, 400, ['attributes.saree_type']],
      [
        'eleven images',
        {
          images: Array.from({ length: 11 }, (_, i) => ({
            url: `https://cdn.getit.com.bd/${i}.jpg`,
            alt: { en: 'x' },
          })),
        },
        400,
        ['images'],
      ],
      [
        'an http image',
        { images: [{ url: 'http://cdn.getit.com.bd/a.jpg', alt: { en: 'x' } }] },
        400,
        ['images.0.url'],
      ],
      ['a category with subcategories', { categorySlug: 'fashion' }, 400, ['categorySlug']],
      [
        'one SKU twice',
        {
          variants: [
            { sku: 'D-1', options: { colour: 'Red' }, price: { amountPoisha: 100 }, weightGrams: 5 },
            { sku: 'D-1', options: { colour: 'Blue' }, price: { amountPoisha: 100 }, weightGrams: 5 },
          ],
        },
        400,
        ['variants.1.sku'],
      ],
      ['the vendor id in the body', { vendorId: randomUUID() }, 400, ['vendorId']],
    ];
    it.each(cases)('%s', async (_name, overrides, status, fields) => {
      const before = await productCount();
      const response = await catalog.request(
        'POST',
        `/vendors/${vendor}/products`,
        saree(overrides),
        catalog.vendor(vendor),
      );
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(fields),
      );
      expect(await productCount()).toBe(before);
    });

    it('a SKU the vendor already uses elsewhere: 409', async () => {
      const first = await catalog.request(
        'POST',
        `/vendors/${vendor}/products`,
        saree(),
        catalog.vendor(vendor),
      );
      const before = await productCount();
      const again = saree({
        variants: [{ ...(saree().variants as any[])[0], sku: first.body.variants[1].sku }],
      });
      const duplicate = await catalog.request(
        'POST',
        `/vendors/${vendor}/products`,
        again,
        catalog.vendor(vendor),
      );
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.errors).toEqual([expect.objectContaining({ field: 'variants.0.sku' })]);
      expect(await productCount()).toBe(before);
      // another vendor may use the same SKU
      expect(
        (await catalog.request('POST', `/vendors/${rival}/products`, again, catalog.vendor(rival))).status,
      ).toBe(201);
    });

    it("another vendor's product: 403, for reading and for writing", async () => {
      const mine = await catalog.request(
        'POST',
        `/vendors/${vendor}/products`,
        saree(),
        catalog.vendor(vendor),
      );
      const asRival = catalog.vendor(rival);
      expect((await catalog.get(`/vendors/${rival}/products/${mine.body.id}`, asRival)).status).toBe(403);
      const edit = await catalog.request(
        'PATCH',
        `/vendors/${rival}/products/${mine.body.id}`,
        { brand: 'Fake' },
        asRival,
      );
      expect(edit.status).toBe(403);
      expect(
        (await catalog.request('DELETE', `/vendors/${rival}/products/${mine.body.id}`, undefined, asRival))
          .status,
      ).toBe(403);
      // a path naming the other vendor does not help either
      expect(
        (
          await catalog.request(
            'PATCH',
            `/vendors/${vendor}/products/${mine.body.id}`,
            { brand: 'Fake' },
            asRival,
          )
        ).status,
      ).toBe(403);
      expect(
        (await catalog.get(`/vendors/${vendor}/products/${mine.body.id}`, catalog.vendor(vendor))).body.brand,
      ).toBe('Tangail Tant Ghar');
    });

    it('no identity: 401; a shopper or a vendor on the admin queue: 403', async () => {
      expect((await catalog.request('POST', `/vendors/${vendor}/products`, saree())).status).toBe(401);
      expect((await catalog.get('/admin/products/moderation', catalog.vendor(vendor))).status).toBe(403);
      const shopper = { 'x-actor-id': randomUUID(), 'x-actor-roles': 'shopper' };
      expect((await catalog.request('POST', `/vendors/${vendor}/products`, saree(), shopper)).status).toBe(
        403,
      );
    });
  });
});
