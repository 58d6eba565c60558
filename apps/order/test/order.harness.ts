import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { createEnvelope, EventPayload, EventType, topicOf } from '@getit/contracts';
import { KafkaTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import {
  createTestDatabase,
  freePort,
  infraEnv,
  ServiceProcess,
  TestDatabase,
  waitFor,
} from '@getit/testing';
import { startOrder } from '../src/order.host';
import { FakeShipping } from './fake-shipping.server';

export interface Caller {
  actorId?: string;
  roles?: string[];
  vendorId?: string;
}

export interface ApiResponse {
  status: number;
  body: any;
  contentType: string;
}

/** What `seedTwoVendorShop` seeds. */
export interface TwoVendorShop {
  vendorA: string;
  vendorB: string;
  phone: { variantId: string };
  cover: { variantId: string };
}

export const DHAKA_ADDRESS = {
  name: 'Nusrat Jahan',
  phone: '01712345678',
  division: 'Dhaka',
  district: 'Dhaka',
  area: 'Dhanmondi',
  postcode: '1209',
  street: 'House 12, Road 5',
};

/** The built entry point, for runs as a separate OS process (`test:integration` builds it first). */
const MAIN = join(__dirname, '..', '..', '..', 'dist', 'apps', 'order', 'src', 'main.js');

/**
 * The order service started in this process (or, with `asProcess`, as its own OS process from the build, so it
 * can be SIGKILLed) against a fresh real Postgres database and the real Kafka broker
 * (its own topic prefix), with a stand-in shipping service. The other services' events are published to Kafka the
 * way they would publish them; the order's own events are read back from its outbox.
 */
export class OrderHarness {
  db!: TestDatabase;
  service!: RunningService;
  sql!: Client;
  peer!: KafkaTransport;
  readonly shipping = new FakeShipping();
  private readonly topicPrefix = `orderit${randomUUID().slice(0, 8)}.`;
  private env: Record<string, string> = {};
  private versions = new Map<string, number>();
  private process?: ServiceProcess;

  constructor(
    private readonly overrides: Record<string, string> = {},
    private readonly asProcess = false,
  ) {}

  async start(label: string): Promise<this> {
    this.db = await createTestDatabase(label);
    this.peer = new KafkaTransport({
      brokers: infraEnv().kafkaBrokers,
      clientId: 'order-it-peer',
      topicPrefix: this.topicPrefix,
    });
    await this.peer.connect();
    this.env = {
      DATABASE_URL: this.db.url,
      MESSAGING_TRANSPORT: 'kafka',
      KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'silent',
      SHIPPING_URL: await this.shipping.start(),
      ...this.overrides,
    };
    this.service = await this.launch();
    this.sql = new Client({ connectionString: this.db.url });
    await this.sql.connect();
    return this;
  }

  private async launch(): Promise<RunningService> {
    if (!this.asProcess) return startOrder(this.env);
    const url = `http://127.0.0.1:${this.env['PORT']}`;
    const process = new ServiceProcess({ name: 'order', script: MAIN, env: this.env, url });
    this.process = await process.start();
    return { name: 'order', url, stop: async () => void (await process.stop()) };
  }

  /** SIGKILL: no shutdown hooks, no flush; whatever was in flight is lost except what Postgres and Kafka hold. */
  async kill(): Promise<void> {
    if (!this.process) throw new Error('kill() needs the harness to run the service as a process');
    await this.process.stop('SIGKILL');
  }

  /** Starts the service again on the same database, topics and port. */
  async relaunch(): Promise<void> {
    this.service = await this.launch();
  }

  async stop(): Promise<void> {
    await this.service?.stop();
    await this.peer?.close();
    await this.sql?.end();
    await this.shipping.stop();
    await this.db?.drop();
  }

  async call(
    method: string,
    path: string,
    options: { body?: unknown; as?: Caller; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const headers: Record<string, string> = {
      'x-correlation-id': `test-${randomUUID().slice(0, 8)}`,
      ...options.headers,
    };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.as) {
      headers['x-actor-id'] = options.as.actorId ?? randomUUID();
      headers['x-actor-roles'] = (options.as.roles ?? ['shopper']).join(',');
      if (options.as.vendorId) headers['x-vendor-id'] = options.as.vendorId;
    }
    const response = await fetch(`${this.service.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      contentType: response.headers.get('content-type') ?? '',
    };
  }

  async query<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.sql.query(text, values)).rows as T[];
  }

  /** Publishes another service's event to Kafka, as that service's outbox relay would. */
  async publish<T extends EventType>(
    type: T,
    data: EventPayload<T>,
    key: string,
    producer = 'test',
  ): Promise<string> {
    const envelope = createEnvelope(type, data, { producer, correlationId: `test-${key.slice(0, 8)}`, key });
    await this.peer.publish([{ topic: topicOf(type), key, value: JSON.stringify(envelope), headers: {} }]);
    return envelope.id;
  }

  /** Publishes an exact envelope again: a redelivery. */
  async publishRaw(type: EventType, envelope: unknown, key: string): Promise<void> {
    await this.peer.publish([{ topic: topicOf(type), key, value: JSON.stringify(envelope), headers: {} }]);
  }

  private nextVersion(id: string): number {
    const version = (this.versions.get(id) ?? 0) + 1;
    this.versions.set(id, version);
    return version;
  }

  async seedVendor(options: { district?: string; shopName?: string } = {}): Promise<string> {
    const vendorId = randomUUID();
    await this.publish(
      'auth.vendor-approved.v1',
      {
        vendorId,
        shopName: options.shopName ?? `Shop ${vendorId.slice(0, 4)}`,
        slug: `shop-${vendorId.slice(0, 8)}`,
        decidedBy: randomUUID(),
        version: this.nextVersion(vendorId),
        district: options.district ?? 'Dhaka',
        payoutMethod: 'bkash',
      },
      vendorId,
      'auth',
    );
    await waitFor(
      'the vendor in the read model',
      async () => (await this.query('SELECT 1 FROM vendors WHERE vendor_id = $1', [vendorId])).length === 1,
      { timeoutMs: 30_000 },
    );
    return vendorId;
  }

  /** A product with one variant at `pricePoisha`, and `stock` available to sell. */
  async seedVariant(
    vendorId: string,
    options: { pricePoisha?: number; stock?: number; weightGrams?: number; title?: string } = {},
  ): Promise<{ productId: string; variantId: string; vendorId: string }> {
    const productId = randomUUID();
    const variantId = randomUUID();
    await this.upsertProduct({ productId, variantId, vendorId, ...options });
    await this.setStock(vendorId, variantId, options.stock ?? 10);
    await waitFor(
      'the variant and its stock in the read model',
      async () =>
        (
          await this.query(
            `SELECT 1 FROM catalog_variants v JOIN variant_stock s USING (variant_id) WHERE v.variant_id = $1`,
            [variantId],
          )
        ).length === 1,
      { timeoutMs: 30_000 },
    );
    return { productId, variantId, vendorId };
  }

  async upsertProduct(product: {
    productId: string;
    variantId: string;
    vendorId: string;
    pricePoisha?: number;
    weightGrams?: number;
    title?: string;
  }): Promise<number> {
    const price = { amountPoisha: product.pricePoisha ?? 125_000, currency: 'BDT' as const };
    const version = this.nextVersion(product.productId);
    await this.publish(
      'catalog.product-upserted.v1',
      {
        productId: product.productId,
        vendorId: product.vendorId,
        slug: `p-${product.productId.slice(0, 8)}`,
        title: { en: product.title ?? 'Walton Primo A1' },
        categoryPath: ['electronics', 'smartphones'],
        categorySlug: 'smartphones',
        price,
        status: 'published',
        listed: true,
        version,
        variants: [
          {
            variantId: product.variantId,
            sku: `SKU-${product.variantId.slice(0, 6)}`,
            options: { colour: 'black' },
            price,
            weightGrams: product.weightGrams ?? 400,
          },
        ],
      },
      product.productId,
      'catalog',
    );
    return version;
  }

  /** Changes a variant's price through the catalog's event and waits until the read model has it. */
  async changePrice(seeded: { productId: string; variantId: string; vendorId: string }, pricePoisha: number) {
    await this.upsertProduct({ ...seeded, pricePoisha });
    await waitFor(
      'the new price in the read model',
      async () => {
        const [row] = await this.query(
          'SELECT price_poisha::int AS price FROM catalog_variants WHERE variant_id = $1',
          [seeded.variantId],
        );
        return row?.price === pricePoisha;
      },
      { timeoutMs: 30_000 },
    );
  }

  async setStock(vendorId: string, variantId: string, available: number, wait = false): Promise<void> {
    const version = this.nextVersion(`stock:${variantId}`);
    await this.publish(
      'inventory.stock-changed.v1',
      { variantId, vendorId, sku: `SKU-${variantId.slice(0, 6)}`, available, version },
      variantId,
      'inventory',
    );
    if (wait)
      await waitFor(
        'the stock in the read model',
        async () => {
          const [row] = await this.query('SELECT version FROM variant_stock WHERE variant_id = $1', [
            variantId,
          ]);
          return row?.version === version;
        },
        { timeoutMs: 30_000 },
      );
  }

  /** A cart holding the given lines; a guest's unless `as` is given. */
  async cartWith(lines: { variantId: string; quantity: number }[], as?: Caller): Promise<string> {
    const created = await this.call('POST', '/carts', { as });
    if (created.status >= 300) throw new Error(`cart not created: ${JSON.stringify(created.body)}`);
    for (const line of lines) {
      const set = await this.call('PUT', `/carts/${created.body.id}/lines/${line.variantId}`, {
        body: { quantity: line.quantity },
        as,
      });
      if (set.status !== 200) throw new Error(`line not set: ${JSON.stringify(set.body)}`);
    }
    return created.body.id;
  }

  placeOrder(
    cartId: string,
    key: string = randomUUID(),
    options: { as?: Caller; body?: Record<string, unknown> } = {},
  ): Promise<ApiResponse> {
    return this.call('POST', '/orders', {
      as: options.as,
      headers: { 'idempotency-key': key },
      body: { cartId, address: DHAKA_ADDRESS, paymentMethod: 'cod', ...options.body },
    });
  }

  /** Two vendors (Dhaka and Khulna) selling a phone (৳1,250) and a cover (৳450): the package specs' shop. */
  async seedTwoVendorShop(): Promise<TwoVendorShop> {
    const vendorA = await this.seedVendor({ district: 'Dhaka' });
    const vendorB = await this.seedVendor({ district: 'Khulna' });
    const phone = await this.seedVariant(vendorA, { pricePoisha: 125_000, stock: 1_000 });
    const cover = await this.seedVariant(vendorB, { pricePoisha: 45_000, stock: 1_000 });
    return { vendorA, vendorB, phone, cover };
  }

  /**
   * An order of the shop's phone and two covers, placed and taken through the saga to confirmed, as inventory and
   * payment would (stock reserved, cash on delivery authorized).
   */
  async confirmedOrder(shop: TwoVendorShop, as?: Caller, address?: Record<string, string>): Promise<any> {
    const cartId = await this.cartWith(
      [
        { variantId: shop.phone.variantId, quantity: 1 },
        { variantId: shop.cover.variantId, quantity: 2 },
      ],
      as,
    );
    const placed = await this.placeOrder(cartId, randomUUID(), {
      as,
      body: address ? { address } : {},
    });
    expect(placed.status).toBe(201);
    const order = placed.body;
    const reservationId = randomUUID();
    await this.publish(
      'inventory.stock-reserved.v1',
      {
        reservationId,
        reservationKey: order.id,
        lines: [
          {
            variantId: shop.phone.variantId,
            vendorId: shop.vendorA,
            quantity: 1,
            allocations: [{ warehouseId: randomUUID(), quantity: 1 }],
          },
        ],
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      },
      reservationId,
    );
    await waitFor('payment requested', async () => (await this.sagaOf(order.id)).step === 'take_payment', {
      timeoutMs: 30_000,
    });
    await this.publish(
      'payment.authorized.v1',
      {
        paymentId: randomUUID(),
        orderId: order.id,
        method: 'cod',
        amountPoisha: order.totalPoisha,
        currency: 'BDT',
        collected: false,
        authorizedAt: new Date().toISOString(),
      },
      order.id,
    );
    await this.waitForOrder(order.id, 'confirmed');
    return order;
  }

  /** The order's events in its outbox, oldest first. */
  async orderEvents(orderId: string): Promise<{ type: string; data: any }[]> {
    const rows = await this.query<{ type: string; envelope: any }>(
      'SELECT type, envelope FROM outbox WHERE key = $1 ORDER BY seq',
      [orderId],
    );
    return rows.map((r) => ({ type: r.type, data: r.envelope.data }));
  }

  async waitForOrder(orderId: string, status: string, timeoutMs = 30_000): Promise<any> {
    return waitFor(
      `order ${orderId} to be ${status}`,
      async () => {
        const [row] = await this.query('SELECT status, cancel_reason FROM orders WHERE id = $1', [orderId]);
        return row?.status === status ? row : undefined;
      },
      { timeoutMs, intervalMs: 50 },
    );
  }

  async sagaOf(orderId: string): Promise<any> {
    const [row] = await this.query('SELECT * FROM checkout_sagas WHERE order_id = $1', [orderId]);
    return row;
  }
}
