import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createEnvelope, EventPayload, topicOf } from '@getit/contracts';
import { InProcessTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase, waitFor } from '@getit/testing';
import { startInventory } from '../src/inventory.host';
import { InventoryHttp } from './inventory-http';

jest.setTimeout(60_000);

/** The catalog announces variants on the bus; vendors then count stock by variant id alone, many at once. */
describe('variants from the catalog, and stock takes', () => {
  let db: TestDatabase;
  let service: RunningService;
  let sql: Client;
  let http: InventoryHttp;
  const bus = new InProcessTransport();
  const vendorId = randomUUID();
  const owner = { vendorId, roles: ['vendor:owner'] };

  beforeAll(async () => {
    db = await createTestDatabase('inventory_catalog');
    await bus.connect();
    service = await startInventory(
      {
        DATABASE_URL: db.url,
        MESSAGING_TRANSPORT: 'in-process',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
      },
      { transport: bus },
    );
    http = new InventoryHttp(service.url);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await service?.stop();
    await bus.close();
    await db?.drop();
  });

  async function announce(product: {
    productId?: string;
    vendorId: string;
    variants: [string, string][];
    version?: number;
  }) {
    const productId = product.productId ?? randomUUID();
    const data: EventPayload<'catalog.product-upserted.v1'> = {
      productId,
      vendorId: product.vendorId,
      slug: `demo-${productId.slice(0, 8)}`,
      title: { en: 'Tangail Cotton Saree' },
      categoryPath: ['fashion', 'women', 'sarees'],
      price: { amountPoisha: 245_000, currency: 'BDT' },
      status: 'published',
      version: product.version ?? 1,
      variants: product.variants.map(([variantId, sku]) => ({
        variantId,
        sku,
        options: { colour: 'red' },
        price: { amountPoisha: 245_000, currency: 'BDT' },
        weightGrams: 600,
      })),
    };
    const envelope = createEnvelope('catalog.product-upserted.v1', data, {
      producer: 'catalog',
      correlationId: 'test',
      key: productId,
    });
    await bus.publish([
      {
        topic: topicOf('catalog.product-upserted.v1'),
        key: productId,
        value: JSON.stringify(envelope),
        headers: {},
      },
    ]);
    return { productId, envelope };
  }

  const skuOf = async (variantId: string) =>
    (await sql.query('SELECT sku, vendor_id::text FROM inventory_items WHERE variant_id = $1', [variantId]))
      .rows[0];

  it('registers announced variants with their SKUs, once, and keeps them with their vendor', async () => {
    const [red, blue] = [randomUUID(), randomUUID()];
    const { productId, envelope } = await announce({
      vendorId,
      variants: [
        [red, 'TTG-SAREE-RED'],
        [blue, 'TTG-SAREE-BLUE'],
      ],
    });
    await waitFor('the variants to be registered', async () => (await skuOf(blue))?.sku === 'TTG-SAREE-BLUE');
    expect(await skuOf(red)).toEqual({ sku: 'TTG-SAREE-RED', vendor_id: vendorId });

    // redelivery changes nothing; a renamed SKU is taken over; another vendor cannot claim the variant
    await bus.publish([
      { topic: 'catalog.products', key: productId, value: JSON.stringify(envelope), headers: {} },
    ]);
    await announce({ productId, vendorId, variants: [[red, 'TTG-SAREE-CRIMSON']], version: 2 });
    await announce({ vendorId: randomUUID(), variants: [[blue, 'STOLEN']] });
    await waitFor('the new SKU', async () => (await skuOf(red))?.sku === 'TTG-SAREE-CRIMSON');
    await waitFor(
      'every event applied',
      async () => Number((await sql.query('SELECT count(*) FROM inbox')).rows[0].count) === 3,
    );
    expect(await skuOf(blue)).toEqual({ sku: 'TTG-SAREE-BLUE', vendor_id: vendorId });
  });

  it('takes stock of many variants in one warehouse in one transaction, all or nothing', async () => {
    const variants = Array.from({ length: 30 }, () => randomUUID());
    await announce({ vendorId, variants: variants.map((id, i) => [id, `DG-${i}`]) });
    await waitFor('30 variants', async () => (await skuOf(variants[29]!))?.sku === 'DG-29');
    const warehouse = await http.call('POST', `/vendors/${vendorId}/warehouses`, {
      as: owner,
      body: {
        code: 'DHK-1',
        name: 'Dhaka hub',
        address: { line1: 'Plot 5, Tejgaon I/A', district: 'Dhaka' },
      },
    });
    const path = `/vendors/${vendorId}/warehouses/${warehouse.body.id}/stock`;

    const unknown = randomUUID();
    const refused = await http.call('PUT', path, {
      as: owner,
      body: {
        counts: [
          ...variants.map((variantId) => ({ variantId, onHand: 5 })),
          { variantId: unknown, onHand: 1 },
        ],
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'sku', reason: 'is required the first time a variant is stocked' },
    ]);
    expect(Number((await sql.query('SELECT count(*) FROM stock_levels')).rows[0].count)).toBe(0);

    const taken = await http.call('PUT', path, {
      as: { ...owner, roles: ['vendor:staff'] },
      body: {
        counts: variants.map((variantId, i) => ({ variantId, onHand: i % 3 ? 10 : 0 })),
        note: 'opening count',
      },
    });
    expect(taken.status).toBe(200);
    expect(taken.body).toEqual({ changed: 20, unchanged: 10 });
    const again = await http.call('PUT', path, {
      as: owner,
      body: { counts: [{ variantId: variants[1], onHand: 10 }] },
    });
    expect(again.body).toEqual({ changed: 0, unchanged: 1 });
    const availability = await http.call('GET', `/availability?variantIds=${variants.slice(0, 3).join(',')}`);
    expect(availability.body.items.map((i: { available: number }) => i.available)).toEqual([0, 10, 10]);
    const twice = await http.call('PUT', path, {
      as: owner,
      body: {
        counts: [
          { variantId: variants[0], onHand: 1 },
          { variantId: variants[0], onHand: 2 },
        ],
      },
    });
    expect(twice.body.errors[0].field).toBe('counts.1.variantId');
  });
});
