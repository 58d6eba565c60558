import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import {
  createTestDatabase,
  freePort,
  infraEnv,
  ServiceProcess,
  TestDatabase,
  waitFor,
} from '@getit/testing';
import { CatalogActions } from './catalog.fixture';
import { DEMO_VENDOR_ID, demoProduct, getJson, MarketplaceFixture, send } from './marketplace.fixture';

jest.setTimeout(180_000);

/**
 * The inventory as its own process on real Postgres and Kafka, behind the gateway: it learns the catalog's variants
 * over Kafka, vendors manage stock with tokens, shoppers read availability, and buyers race for the last units
 * through the internal reservations API (which the gateway does not route).
 */
describe('inventory in the distributed mode', () => {
  const gatewayEnv: Record<string, string> = {};
  const market = new MarketplaceFixture({ gatewayEnv });
  const catalog = new CatalogActions(market);
  let db: TestDatabase;
  let inventory: ServiceProcess;
  let sql: Client;
  let variantId: string;
  let warehouseId: string;

  beforeAll(async () => {
    db = await createTestDatabase('e2e_inventory');
    const port = await freePort();
    inventory = new ServiceProcess({
      name: 'inventory',
      script: join(__dirname, '../../../dist/apps/inventory/src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATABASE_URL: db.url,
        DATABASE_POOL_MAX: '20',
        MESSAGING_TRANSPORT: 'kafka',
        KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: market.topicPrefix,
      },
    });
    await inventory.start();
    gatewayEnv['INVENTORY_URL'] = inventory.url;
    await market.start();
    await catalog.openShop();
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await market.stop();
    await inventory?.stop();
    await db?.drop();
  });

  const api = (path: string) => `${market.gateway.url}/api${path}`;
  const owner = (vendorId = DEMO_VENDOR_ID) => ({
    authorization: `Bearer ${market.issuer.token({ roles: ['vendor:owner'], vendorId, amr: ['pwd'] })}`,
  });

  it('learns a new product’s variants from the catalog over Kafka; the vendor stocks them by id alone', async () => {
    const product = await catalog.publish(demoProduct());
    variantId = product.variants[0].id;
    await waitFor(
      'inventory to register the variant',
      async () =>
        (await sql.query('SELECT 1 FROM inventory_items WHERE variant_id = $1', [variantId])).rowCount === 1,
      { timeoutMs: 30_000, intervalMs: 100 },
    );

    const warehouse = await send(
      'POST',
      api(`/vendors/${DEMO_VENDOR_ID}/warehouses`),
      {
        code: 'TGL-1',
        name: 'Tangail weaving shed',
        address: { line1: 'Karatia Haat Road', district: 'Tangail' },
      },
      owner(),
    );
    expect(warehouse.status).toBe(201);
    warehouseId = warehouse.body.id;
    const counted = await send(
      'PUT',
      api(`/vendors/${DEMO_VENDOR_ID}/warehouses/${warehouseId}/stock/${variantId}`),
      { onHand: 10 },
      market.vendorHeaders(),
    );
    expect(counted.status).toBe(200);
    expect(counted.body.stock).toMatchObject({ sku: product.variants[0].sku, onHand: 10, available: 10 });

    expect((await getJson(api(`/availability?variantIds=${variantId}`))).body.items).toEqual([
      { variantId, available: 10, inStock: true },
    ]);
    // staff may not open warehouses; other vendors and anonymous callers get nothing
    const byStaff = await send(
      'POST',
      api(`/vendors/${DEMO_VENDOR_ID}/warehouses`),
      {},
      market.vendorHeaders(),
    );
    expect(byStaff.status).toBe(403);
    const byOther = await getJson(api(`/vendors/${DEMO_VENDOR_ID}/stock/${variantId}`), owner(randomUUID()));
    expect(byOther.status).toBe(403);
    expect((await getJson(api(`/vendors/${DEMO_VENDOR_ID}/stock`))).status).toBe(401);
    // reservations are service-to-service only
    expect((await send('POST', api('/reservations'), { reservationKey: 'x', lines: [] })).status).toBe(404);
  });

  it('200 concurrent buyers over HTTP for the last 10 units: exactly 10 reservations, 190 refusals, none negative', async () => {
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        send('POST', `${inventory.url}/reservations`, {
          reservationKey: `e2e-checkout-${i}`,
          lines: [{ variantId, quantity: 1 }],
        }),
      ),
    );
    const ms = Math.round(performance.now() - started);
    process.stdout.write(
      `e2e race over HTTP: ${answers.filter((a) => a.status === 201).length} reserved in ${ms} ms\n`,
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(10);
    const refused = answers.filter((a) => a.status === 409);
    expect(refused).toHaveLength(190);
    expect(
      refused.every((a) => a.body.available === 0 && a.body.errors[0].field === 'lines.0.quantity'),
    ).toBe(true);

    const { rows } = await sql.query(
      `SELECT (SELECT count(*)::int FROM reservations) AS reservations,
              (SELECT sum(quantity)::int FROM reservation_allocations) AS units,
              on_hand, reserved FROM stock_levels WHERE variant_id = $1`,
      [variantId],
    );
    expect(rows).toEqual([{ reservations: 10, units: 10, on_hand: 10, reserved: 10 }]);
    expect((await getJson(api(`/availability?variantIds=${variantId}`))).body.items[0]).toMatchObject({
      available: 0,
      inStock: false,
    });
  });

  it('publishes stock changes on Kafka, keyed by variant, ending at zero available', async () => {
    const kafka = new Kafka({
      clientId: 'e2e-inventory',
      brokers: infraEnv().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: `${market.topicPrefix}e2e-inventory-reader` });
    const seen: { key: string; type: string; available: number; version: number }[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: `${market.topicPrefix}inventory.stock`, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          const envelope = JSON.parse(message.value!.toString());
          seen.push({ key: message.key!.toString(), type: envelope.type, ...envelope.data });
        },
      });
      const changes = await waitFor(
        'eleven stock-changed events',
        () => {
          const mine = seen.filter((e) => e.type === 'inventory.stock-changed.v1' && e.key === variantId);
          return mine.length >= 11 ? mine : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
      expect(changes.map((e) => e.version)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
      expect(changes.at(-1)).toMatchObject({ available: 0, version: 11 });
    } finally {
      await consumer.disconnect();
    }
  });
});
