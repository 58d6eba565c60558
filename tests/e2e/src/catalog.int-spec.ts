import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { CatalogActions } from './catalog.fixture';
import { demoProduct, getJson, MarketplaceFixture, postJson } from './marketplace.fixture';

jest.setTimeout(180_000);

const CSV = [
  'handle,title_en,title_bn,brand,category,images,attributes,options,sku,price,compare_at_price,weight_grams',
  'e2e-panjabi,Eid Cotton Panjabi,ঈদের সুতি পাঞ্জাবি,Tangail Tant Ghar,panjabi,https://cdn.getit.com.bd/p/panjabi.jpg,fabric=Cotton,size=M,E2E-PJ-M,1850,2200,400',
  'e2e-panjabi,,,,,,,size=L,E2E-PJ-L,1850,2200,420',
  'e2e-lungi,Checked Lungi,চেক লুঙ্গি,Tangail Tant Ghar,lungi,https://cdn.getit.com.bd/p/lungi.jpg,pattern=Checked,,E2E-LG-1,650,,300',
  'e2e-honey,Sundarbans Honey,সুন্দরবনের মধু,Mou Ghar,honey,https://cdn.getit.com.bd/p/honey.jpg,origin=Sundarbans,pack_size=500 g,E2E-HN-500,950,,600',
].join('\r\n');

describe('the catalog through the gateway: vendors, moderators and shoppers, with auth decisions over Kafka', () => {
  const market = new MarketplaceFixture();
  const catalog = new CatalogActions(market);
  const vendor = randomUUID();
  const shop = { name: 'Rupganj Weavers', slug: `rupganj-weavers-${vendor.slice(0, 6)}` };
  const api = (path: string) => catalog.api(path);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await market.start();
    await catalog.openShop(vendor, shop);
  });
  afterAll(() => market.stop());

  const searchHit = (q: string, id: string) => async () =>
    (await getJson(api(`/search?q=${encodeURIComponent(q)}`))).body.items?.some(
      (item: { productId: string }) => item.productId === id,
    );

  it('a vendor imports a CSV, an admin approves the batch, shoppers browse, filter and search it', async () => {
    const response = await fetch(api(`/vendors/${vendor}/products/imports?submitForReview=true`), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...catalog.vendor(vendor) },
      body: CSV,
    });
    const imported = (await response.json()) as any;
    expect(response.status).toBe(201);
    expect(imported).toMatchObject({ products: 3, variants: 4, status: 'pending_review' });
    for (const item of imported.items) ids[item.handle] = item.productId;

    const queue = await getJson(api(`/admin/products/moderation?vendorId=${vendor}`), catalog.admin());
    expect(queue.body.items.map((p: { id: string }) => p.id).sort()).toEqual(Object.values(ids).sort());
    const approved = await postJson(
      api('/admin/products/approvals'),
      { productIds: Object.values(ids) },
      catalog.admin(),
    );
    expect(approved.status).toBe(200);
    expect(approved.body.items.every((i: { status: string }) => i.status === 'published')).toBe(true);

    const menswear = await getJson(api(`/products?category=men&vendorId=${vendor}&sort=price_asc`));
    expect(menswear.body.items.map((p: { slug: string }) => p.slug)).toEqual(['e2e-lungi', 'e2e-panjabi']);
    const panjabi = await getJson(api('/products/e2e-panjabi'));
    expect(panjabi.body).toMatchObject({
      title: { bn: 'ঈদের সুতি পাঞ্জাবি' },
      price: { amountPoisha: 185_000, compareAtPoisha: 220_000, currency: 'BDT' },
      variants: [
        expect.objectContaining({ options: { size: 'M' } }),
        expect.objectContaining({ options: { size: 'L' } }),
      ],
      shop: { slug: shop.slug, name: shop.name },
    });
    expect(panjabi.headers.get('cache-control')).toBe('public, max-age=30');
    const revalidated = await fetch(api('/products/e2e-panjabi'), {
      headers: { 'if-none-match': panjabi.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);

    await waitFor('search to find the honey in Bangla', searchHit('সুন্দরবনের মধু', ids['e2e-honey']!), {
      timeoutMs: 30_000,
    });
  });

  it("a suspended vendor's products leave the listing, the product pages and search; reinstatement brings them back", async () => {
    await catalog.decide('auth.vendor-suspended.v1', vendor, shop);
    await waitFor(
      'the listing to drop the vendor',
      async () => (await getJson(api(`/products?vendorId=${vendor}`))).body.items.length === 0,
      { timeoutMs: 30_000 },
    );
    expect((await getJson(api('/products/e2e-honey'))).status).toBe(404);
    expect((await getJson(api(`/shops/${shop.slug}`))).status).toBe(404);
    await waitFor('search to drop the honey', async () => !(await searchHit('honey', ids['e2e-honey']!)()), {
      timeoutMs: 30_000,
    });

    await catalog.decide('auth.vendor-reinstated.v1', vendor, shop);
    await waitFor(
      'the listing to show the vendor again',
      async () => (await getJson(api(`/products?vendorId=${vendor}`))).body.items.length === 3,
      { timeoutMs: 30_000 },
    );
    await waitFor('search to find the honey again', searchHit('honey', ids['e2e-honey']!), {
      timeoutMs: 30_000,
    });
  });

  it('keeps vendors to their own products and moderation to admins with a second factor', async () => {
    const other = randomUUID();
    const mine = ids['e2e-lungi']!;
    // the path names the caller's vendor, the product is another's: the catalog refuses
    const edit = await fetch(api(`/vendors/${other}/products/${mine}`), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...catalog.vendor(other) },
      body: JSON.stringify({ brand: 'Fake' }),
    });
    expect(edit.status).toBe(403);
    // the path names another vendor: the gateway refuses
    expect((await getJson(api(`/vendors/${vendor}/products`), catalog.vendor(other))).status).toBe(403);
    expect((await getJson(api('/admin/products/moderation'), catalog.admin(false))).status).toBe(403);
    expect((await postJson(api(`/vendors/${vendor}/products`), demoProduct())).status).toBe(401);
  });
});
