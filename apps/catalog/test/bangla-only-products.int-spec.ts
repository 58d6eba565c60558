import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { CatalogHarness, saree } from './catalog.harness';

jest.setTimeout(60_000);

/** Issue 15: a vendor who writes only in Bangla lists a product with a Bangla title and no English one. */
describe('Bangla-only products (real Postgres)', () => {
  const catalog = new CatalogHarness();
  const vendor = randomUUID();
  beforeAll(async () => {
    await catalog.start();
    await catalog.approveVendor(vendor, { name: 'রূপগঞ্জ তাঁত', slug: 'rupganj-tant', district: 'Narayanganj' });
  });
  afterAll(() => catalog.stop());

  const banglaOnly = (overrides: Record<string, unknown> = {}) =>
    saree({
      title: { bn: 'জামদানি শাড়ি' },
      description: { bn: 'রূপগঞ্জে হাতে বোনা।' },
      images: [
        { url: 'https://cdn.getit.com.bd/p/jamdani.jpg', alt: { en: 'জামদানি শাড়ি', bn: 'জামদানি শাড়ি' } },
      ],
      ...overrides,
    });

  it('gets a Banglish slug, and shoppers reach its page by that slug once published', async () => {
    const created = await catalog.request(
      'POST',
      `/vendors/${vendor}/products`,
      banglaOnly(),
      catalog.vendor(vendor),
    );
    expect(created.status).toBe(201);
    expect(created.body.slug).toBe('jamdani-shari');
    expect(created.body.title).toEqual({ bn: 'জামদানি শাড়ি' });

    const id = created.body.id;
    await catalog.request('POST', `/vendors/${vendor}/products/${id}/submit`, {}, catalog.vendor(vendor));
    const approved = await catalog.request('POST', `/admin/products/${id}/approve`, {}, catalog.admin());
    expect(approved.body.status).toBe('published');

    const page = await catalog.get('/products/jamdani-shari');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ id, slug: 'jamdani-shari', title: { bn: 'জামদানি শাড়ি' } });
    expect(page.body.title.en).toBeUndefined();

    const event = await waitFor('the published event with the Bangla title', () =>
      catalog
        .eventsFor(id)
        .find((e) => e.type === 'catalog.product-upserted.v1' && (e.data as { listed?: boolean }).listed),
    );
    expect((event.data as { title: unknown }).title).toEqual({ bn: 'জামদানি শাড়ি' });
  });

  it('numbers a second one with the same title in the shop: jamdani-shari-2, then -3', async () => {
    const second = await catalog.request(
      'POST',
      `/vendors/${vendor}/products`,
      banglaOnly(),
      catalog.vendor(vendor),
    );
    expect(second.status).toBe(201);
    expect(second.body.slug).toBe('jamdani-shari-2');
    const third = await catalog.request(
      'POST',
      `/vendors/${vendor}/products`,
      banglaOnly(),
      catalog.vendor(vendor),
    );
    expect(third.body.slug).toBe('jamdani-shari-3');
  });

  it('refuses a product with neither title: 400 problem+json naming title.en, nothing saved', async () => {
    const before = (await catalog.get(`/vendors/${vendor}/products?limit=100`, catalog.vendor(vendor))).body
      .items.length;
    const response = await catalog.request(
      'POST',
      `/vendors/${vendor}/products`,
      banglaOnly({ title: {} }),
      catalog.vendor(vendor),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title.en', reason: expect.stringContaining('title.bn') }),
      ]),
    );
    const after = (await catalog.get(`/vendors/${vendor}/products?limit=100`, catalog.vendor(vendor))).body
      .items.length;
    expect(after).toBe(before);
  });

  it('lets an English title be added later without moving the slug', async () => {
    const created = await catalog.request(
      'POST',
      `/vendors/${vendor}/products`,
      banglaOnly({ title: { bn: 'পাঞ্জাবি' }, categorySlug: 'sarees' }),
      catalog.vendor(vendor),
    );
    expect(created.body.slug).toBe('panjabi');
    const edited = await catalog.request(
      'PATCH',
      `/vendors/${vendor}/products/${created.body.id}`,
      { title: { en: 'Panjabi', bn: 'পাঞ্জাবি' } },
      catalog.vendor(vendor),
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ slug: 'panjabi', title: { en: 'Panjabi', bn: 'পাঞ্জাবি' } });
  });
});
