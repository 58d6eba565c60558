import { randomUUID } from 'node:crypto';
import { CatalogHarness } from './catalog.harness';

jest.setTimeout(90_000);

const HEADER =
  'handle,title_en,title_bn,brand,category,images,attributes,options,sku,price,compare_at_price,weight_grams';

/** Builds a CSV: rows are objects keyed by the header's columns. */
function csv(rows: Record<string, string>[], header = HEADER): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [
    header,
    ...rows.map((row) =>
      header
        .split(',')
        .map((c) => quote(row[c] ?? ''))
        .join(','),
    ),
  ].join('\r\n');
}

const panjabi = (handle: string, sizes: string[], extra: Record<string, string> = {}) =>
  sizes.map((size, i) => ({
    handle,
    ...(i === 0
      ? {
          title_en: 'Rajshahi Silk Panjabi, "Eid" edition',
          title_bn: 'রাজশাহী সিল্ক পাঞ্জাবি',
          brand: 'Tangail Tant Ghar',
          category: 'panjabi',
          images: 'https://cdn.getit.com.bd/p/panjabi-1.jpg|https://cdn.getit.com.bd/p/panjabi-2.jpg',
          attributes: 'fabric=silk; colour=Off-White',
        }
      : {}),
    options: `size=${size}`,
    sku: `${handle.toUpperCase()}-${size}`,
    price: '4,800.50',
    compare_at_price: '5500',
    weight_grams: '400',
    ...extra,
  }));

describe('CSV bulk import (real Postgres)', () => {
  const catalog = new CatalogHarness();
  const vendor = randomUUID();
  beforeAll(async () => {
    await catalog.start();
    await catalog.approveVendor(vendor, { name: 'Tangail Tant Ghar', slug: 'ttg' });
  });
  afterAll(() => catalog.stop());

  const count = async () =>
    (await catalog.get(`/vendors/${vendor}/products?limit=100`, catalog.vendor(vendor))).body.items.length;
  const importCsv = (body: string, query = '') =>
    catalog.request('POST', `/vendors/${vendor}/products/imports${query}`, body, catalog.vendor(vendor));

  it('imports products with their variants in one go, prices in taka read exactly', async () => {
    const imported = await importCsv(
      csv([...panjabi('eid-panjabi', ['M', 'L', 'XL']), ...panjabi('silk-panjabi', ['S'])]),
      '?submitForReview=true',
    );
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ products: 2, variants: 4, status: 'pending_review' });
    const product = await catalog.get(
      `/vendors/${vendor}/products/${imported.body.items[0].productId}`,
      catalog.vendor(vendor),
    );
    expect(product.body).toMatchObject({
      slug: 'eid-panjabi',
      title: { en: 'Rajshahi Silk Panjabi, "Eid" edition', bn: 'রাজশাহী সিল্ক পাঞ্জাবি' },
      attributes: { fabric: 'Silk', colour: 'Off-White' },
      images: [
        expect.objectContaining({ url: 'https://cdn.getit.com.bd/p/panjabi-1.jpg' }),
        expect.anything(),
      ],
      price: { amountPoisha: 480_050, compareAtPoisha: 550_000 },
    });
    expect(product.body.variants.map((v: any) => v.options.size)).toEqual(['M', 'L', 'XL']);
    const queue = await catalog.get(`/admin/products/moderation?vendorId=${vendor}`, catalog.admin());
    expect(queue.body.items).toHaveLength(2);
  });

  it('imports a product with a Bangla title only, and names title_en for a row with neither title', async () => {
    const imported = await importCsv(csv(panjabi('bangla-panjabi', ['M'], { title_en: '' })));
    expect(imported.status).toBe(201);
    const product = await catalog.get(
      `/vendors/${vendor}/products/${imported.body.items[0].productId}`,
      catalog.vendor(vendor),
    );
    expect(product.body).toMatchObject({ slug: 'bangla-panjabi', title: { bn: 'রাজশাহী সিল্ক পাঞ্জাবি' } });
    expect(product.body.title.en).toBeUndefined();

    const before = await count();
    const untitled = await importCsv(csv(panjabi('untitled', ['M'], { title_en: '', title_bn: '' })));
    expect(untitled.status).toBe(400);
    expect(untitled.body.rows).toEqual([
      expect.objectContaining({ line: 2, column: 'title_en', reason: expect.stringContaining('title.bn') }),
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses a file with bad rows, reporting every one by line and column, and imports none of it', async () => {
    const before = await count();
    const rows = [
      ...panjabi('good-one', ['M']),
      ...panjabi('bad-price', ['M'], { price: '-120' }),
      ...panjabi('fraction', ['M'], { price: '12.345' }),
      ...panjabi('odd-attr', ['M'], { attributes: 'fabric=silk; storage=64 GB' }),
      ...panjabi('no-size', ['M'], { options: '' }),
      ...panjabi('Bad Handle', ['M']),
      ...panjabi('weightless', ['M'], { weight_grams: '0.5' }),
      ...panjabi('dupe-sku', ['M'], { sku: 'GOOD-ONE-M' }),
    ];
    const refused = await importCsv(csv(rows));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.rows).toEqual(
      expect.arrayContaining([
        { line: 3, column: 'price', reason: expect.stringContaining('positive taka amount') },
        { line: 4, column: 'price', reason: expect.any(String) },
        {
          line: 5,
          column: 'attributes',
          reason: expect.stringMatching(/^storage: is not an attribute of category "panjabi"/),
        },
        { line: 6, column: 'attributes', reason: expect.stringMatching(/^size: is required/) },
        { line: 7, column: 'handle', reason: expect.any(String) },
        { line: 8, column: 'weight_grams', reason: expect.any(String) },
        { line: 9, column: 'sku', reason: '"GOOD-ONE-M" repeats the SKU on line 2' },
      ]),
    );
    expect(refused.body.rowErrorCount).toBe(7);
    expect(await count()).toBe(before);
  });

  it('refuses SKUs or handles the vendor already has with 409, importing nothing', async () => {
    const before = await count();
    const conflict = await importCsv(
      csv([...panjabi('fresh-one', ['M']), ...panjabi('eid-panjabi', ['XXL'])]),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.body.rows).toEqual([
      { line: 3, column: 'handle', reason: '"eid-panjabi" is already taken as a product slug' },
    ]);
    const sku = await importCsv(csv(panjabi('another', ['M'], { sku: 'EID-PANJABI-L' })));
    expect(sku.status).toBe(409);
    expect(sku.body.rows).toEqual([
      { line: 2, column: 'sku', reason: '"EID-PANJABI-L" is already used by one of your products' },
    ]);
    expect(await count()).toBe(before);
  });

  it('refuses malformed files: unknown or missing columns, broken quoting, a JSON body', async () => {
    const unknown = await importCsv(csv(panjabi('x', ['M']), `${HEADER},colour_code`));
    expect(unknown.body.rows).toEqual([expect.objectContaining({ line: 1, column: 'colour_code' })]);
    const missing = await importCsv('handle,title_en\nx,Y\n');
    expect(missing.body.rows.map((r: any) => r.column)).toEqual(
      expect.arrayContaining(['category', 'sku', 'price', 'weight_grams']),
    );
    const quoting = await importCsv(`${HEADER}\n"unterminated,x`);
    expect(quoting.body.rows).toEqual([expect.objectContaining({ line: 2, column: '(file)' })]);
    const json = await catalog.request(
      'POST',
      `/vendors/${vendor}/products/imports`,
      { rows: [] },
      catalog.vendor(vendor),
    );
    expect(json.status).toBe(415);
  });

  it('imports a few thousand rows in one transaction, quickly', async () => {
    const rows = Array.from({ length: 1_000 }, (_, i) => panjabi(`bulk-${i}`, ['S', 'M', 'L'])).flat();
    const started = Date.now();
    const imported = await importCsv(csv(rows));
    const elapsed = Date.now() - started;
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ products: 1_000, variants: 3_000, status: 'draft' });
    expect(elapsed).toBeLessThan(20_000);
  });
});
