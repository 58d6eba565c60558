import { randomUUID } from 'node:crypto';
import { createEnvelope, EventEnvelope, EventPayload, EventType } from '@getit/contracts';
import { IncomingMessage, InProcessTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase, waitFor } from '@getit/testing';
import { startCatalog } from '../src/catalog.host';

export const ADMIN = { id: '2d4e6f80-1a3b-4c5d-8e9f-0a1b2c3d4e5f', roles: 'admin:operations' };

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * The catalog service on a fresh real Postgres database with an in-process bus the test shares: it publishes what
 * auth and inventory would, and reads what the catalog publishes. Requests carry the identity headers the gateway
 * would set.
 */
export class CatalogHarness {
  db!: TestDatabase;
  service!: RunningService;
  readonly transport = new InProcessTransport();
  readonly published: EventEnvelope<any>[] = [];
  private decisionVersion = 1;

  async start(env: Record<string, string> = {}): Promise<void> {
    this.db = await createTestDatabase('catalog_api');
    await this.transport.connect();
    await this.transport.subscribe({
      groupId: 'test.observer',
      topics: ['catalog.products'],
      handler: async (message: IncomingMessage) => {
        this.published.push(JSON.parse(message.value));
      },
    });
    this.service = await startCatalog(
      {
        DATABASE_URL: this.db.url,
        MESSAGING_TRANSPORT: 'in-process',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        ...env,
      },
      { transport: this.transport },
    );
  }

  async stop(): Promise<void> {
    await this.service?.stop();
    await this.transport.close();
    await this.db?.drop();
  }

  /** Publishes an event as another service would, keyed like its producer keys it. */
  async publish<T extends EventType>(type: T, data: EventPayload<T>, key: string): Promise<void> {
    const envelope = createEnvelope(type, data, { producer: 'test', correlationId: 'test', key });
    const topic = type.startsWith('auth.') ? 'auth.vendors' : 'inventory.stock';
    await this.transport.publish([{ topic, key, value: JSON.stringify(envelope), headers: {} }]);
  }

  /** Approves a vendor in "auth" and waits until its shop is open. */
  async approveVendor(
    vendorId: string,
    shop: { name: string; slug: string; district?: string },
  ): Promise<void> {
    await this.decide('auth.vendor-approved.v1', vendorId, {
      shopName: shop.name,
      slug: shop.slug,
      district: shop.district ?? 'Dhaka',
      payoutMethod: 'bkash',
    });
    await waitFor(`shop ${shop.slug}`, async () => (await this.get(`/shops/${shop.slug}`)).status === 200);
  }

  async decide(
    type:
      | 'auth.vendor-approved.v1'
      | 'auth.vendor-suspended.v1'
      | 'auth.vendor-reinstated.v1'
      | 'auth.vendor-rejected.v1',
    vendorId: string,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.publish(
      type,
      {
        vendorId,
        shopName: 'Shop',
        slug: `shop-${vendorId.slice(0, 8)}`,
        decidedBy: ADMIN.id,
        version: (this.decisionVersion += 1),
        reason: 'Counterfeit listings',
        ...extra,
      } as never,
      vendorId,
    );
  }

  vendor(vendorId: string, role = 'vendor:owner'): Record<string, string> {
    return { 'x-actor-id': randomUUID(), 'x-actor-roles': role, 'x-vendor-id': vendorId };
  }

  admin(): Record<string, string> {
    return { 'x-actor-id': ADMIN.id, 'x-actor-roles': ADMIN.roles };
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
    return this.request('GET', path, undefined, headers);
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const isText = typeof body === 'string';
    const response = await fetch(`${this.service.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': isText ? 'text/csv' : 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  /** Creates a product as the vendor, submits it and has an admin approve it. */
  async listProduct(vendorId: string, product: Record<string, unknown>): Promise<any> {
    const created = await this.request(
      'POST',
      `/vendors/${vendorId}/products`,
      { ...product, submitForReview: true },
      this.vendor(vendorId),
    );
    if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
    const approved = await this.request(
      'POST',
      `/admin/products/${created.body.id}/approve`,
      {},
      this.admin(),
    );
    if (approved.status !== 200) throw new Error(`approve failed: ${JSON.stringify(approved.body)}`);
    return approved.body;
  }

  eventsFor(productId: string): EventEnvelope<any>[] {
    return this.published.filter((event) => event.key === productId);
  }
}

let sku = 0;
/** A valid saree for the `sarees` category, unique SKU each call. */
export function saree(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sku += 1;
  return {
    title: { en: 'Dhakai Jamdani Saree', bn: 'ঢাকাই জামদানি শাড়ি' },
    description: { en: 'Handwoven in Rupganj.', bn: 'রূপগঞ্জে হাতে বোনা।' },
    brand: 'Tangail Tant Ghar',
    categorySlug: 'sarees',
    attributes: { fabric: 'cotton', saree_type: 'Jamdani' },
    images: [{ url: 'https://cdn.getit.com.bd/p/jamdani-red.jpg', alt: { en: 'Red jamdani saree' } }],
    variants: [
      {
        sku: `JAM-RED-${sku}`,
        options: { colour: 'Red' },
        price: { amountPoisha: 1_250_000, compareAtPoisha: 1_400_000 },
        weightGrams: 650,
      },
      {
        sku: `JAM-BLUE-${sku}`,
        options: { colour: 'Blue' },
        price: { amountPoisha: 1_300_000 },
        weightGrams: 650,
      },
    ],
    ...overrides,
  };
}
