import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
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
import { demoProduct, MarketplaceFixture, MarketplaceOptions, send } from './marketplace.fixture';

export { send };

const dist = join(__dirname, '../../../dist/apps');
const ONLINE_METHODS = 'cod,bkash,nagad,sslcommerz';
type SagaService = 'inventory' | 'shipping' | 'order' | 'payment';

/** A vendor with an open shop, one warehouse and stocked products, as its staff would set them up. */
export interface StockedVendor {
  vendorId: string;
  warehouseId: string;
  variants: { variantId: string; productId: string; sku: string; pricePoisha: number }[];
}

/**
 * The whole checkout path as separate OS processes on the real Postgres and Kafka: catalog, search, inventory,
 * shipping, order and payment behind the gateway, each with its own database, sharing one topic prefix.
 */
export class CheckoutFixture {
  private readonly gatewayEnv: Record<string, string> = {};
  readonly market: MarketplaceFixture;
  readonly catalog: CatalogActions;
  readonly databases = {} as Record<SagaService, TestDatabase>;
  readonly services = {} as Record<SagaService, ServiceProcess>;
  /** With `online`: the payment sandbox (bKash, Nagad, SSLCommerz) as its own process. */
  sandbox?: ServiceProcess;
  private readonly sql = new Map<SagaService, Client>();
  /** Shared with the marketplace fixture, which reads `gatewayPort` when it starts the gateway. */
  private readonly marketOptions: MarketplaceOptions = { gatewayEnv: this.gatewayEnv };

  constructor(
    private readonly serviceEnv: Partial<Record<SagaService, Record<string, string>>> = {},
    private readonly options: { online?: boolean } = {},
  ) {
    this.market = new MarketplaceFixture(this.marketOptions);
    this.catalog = new CatalogActions(this.market);
  }

  async start(): Promise<void> {
    for (const name of ['inventory', 'shipping', 'order', 'payment'] as const)
      this.databases[name] = await createTestDatabase(`e2e_${name}`);
    this.services.shipping = await this.process('shipping');
    this.services.inventory = await this.process('inventory');
    this.services.payment = await this.process(
      'payment',
      this.options.online ? await this.onlinePayments() : {},
    );
    await Promise.all([
      this.services.shipping.start(),
      this.services.inventory.start(),
      this.services.payment.start(),
    ]);
    this.services.order = await this.process('order', {
      SHIPPING_URL: this.services.shipping.url,
      ...(this.options.online ? { PAYMENT_METHODS_ENABLED: ONLINE_METHODS } : {}),
    });
    await this.services.order.start();
    Object.assign(this.gatewayEnv, {
      INVENTORY_URL: this.services.inventory.url,
      SHIPPING_URL: this.services.shipping.url,
      ORDER_URL: this.services.order.url,
      PAYMENT_URL: this.services.payment.url,
    });
    await this.market.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.sql.values()].map((client) => client.end()));
    await this.market.stop();
    await Promise.all(Object.values(this.services).map((service) => service.stop()));
    await this.sandbox?.stop();
    await Promise.all(Object.values(this.databases).map((db) => db.drop()));
  }

  api(path: string): string {
    return `${this.market.gateway.url}/api${path}`;
  }

  /** A signed-in shopper's Authorization header. */
  shopper(shopperId = randomUUID()): Record<string, string> {
    return {
      authorization: `Bearer ${this.market.issuer.token({ sub: shopperId, roles: ['shopper'], amr: ['otp'] })}`,
    };
  }

  owner(vendorId: string): Record<string, string> {
    const token = this.market.issuer.token({ roles: ['vendor:owner'], vendorId, amr: ['pwd'] });
    return { authorization: `Bearer ${token}` };
  }

  admin(): Record<string, string> {
    return this.catalog.admin(true);
  }

  /** Runs SQL against one service's own database (for assertions only). */
  async query<T = Record<string, unknown>>(
    service: SagaService,
    text: string,
    values: unknown[] = [],
  ): Promise<T[]> {
    let client = this.sql.get(service);
    if (!client) {
      client = new Client({ connectionString: this.databases[service].url });
      await client.connect();
      this.sql.set(service, client);
    }
    return (await client.query(text, values)).rows as T[];
  }

  /** Kills or stops a service and starts a fresh process on the same database and port. */
  async restart(service: SagaService, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.services[service].stop(signal);
    this.services[service] = await new ServiceProcess(this.services[service].options).start();
  }

  /**
   * Opens the vendor's shop, publishes `count` products with one variant each, stocks `units` of each in one
   * warehouse, and waits until the order service's read model can sell them.
   */
  async stockedVendor(
    shop: { name: string; slug: string },
    count: number,
    units: number,
    vendorId = randomUUID(),
  ): Promise<StockedVendor> {
    await this.catalog.openShop(vendorId, shop);
    const warehouse = await send(
      'POST',
      this.api(`/vendors/${vendorId}/warehouses`),
      {
        code: 'MAIN-1',
        name: `${shop.name} store`,
        address: { line1: 'House 12, Road 5', district: 'Dhaka' },
      },
      this.owner(vendorId),
    );
    if (warehouse.status !== 201)
      throw new Error(`warehouse: ${warehouse.status} ${JSON.stringify(warehouse.body)}`);
    const variants: StockedVendor['variants'] = [];
    for (let i = 0; i < count; i++) {
      const product = await this.catalog.publish(demoProduct(), vendorId);
      const variant = product.variants[0];
      variants.push({
        variantId: variant.id,
        productId: product.id,
        sku: variant.sku,
        pricePoisha: variant.price.amountPoisha,
      });
    }
    for (const { variantId } of variants) await this.count(vendorId, warehouse.body.id, variantId, units);
    return { vendorId, warehouseId: warehouse.body.id, variants };
  }

  /** A stock count, then waits until the order service's read model shows it. */
  async count(vendorId: string, warehouseId: string, variantId: string, onHand: number): Promise<void> {
    await waitFor(
      `inventory to know variant ${variantId}`,
      async () => {
        const counted = await send(
          'PUT',
          this.api(`/vendors/${vendorId}/warehouses/${warehouseId}/stock/${variantId}`),
          { onHand },
          this.owner(vendorId),
        );
        return counted.status === 200;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    await this.untilOrderKnows(variantId, (available) => available === onHand);
  }

  /** Waits until the order service's read model shows the variant with availability passing `check`. */
  async untilOrderKnows(variantId: string, check: (available: number) => boolean): Promise<void> {
    await waitFor(
      `the order service to see variant ${variantId}`,
      async () => {
        const rows = await this.query<{ available: number }>(
          'order',
          'SELECT available FROM variant_stock WHERE variant_id = $1',
          [variantId],
        ).catch(() => []);
        return rows.length === 1 && check(Number(rows[0]!.available));
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  }

  /** Stock as inventory holds it, summed over warehouses. */
  async stock(variantId: string): Promise<{ onHand: number; reserved: number }> {
    const [row] = await this.query<{ on_hand: string; reserved: string }>(
      'inventory',
      'SELECT sum(on_hand) AS on_hand, sum(reserved) AS reserved FROM stock_levels WHERE variant_id = $1',
      [variantId],
    );
    return { onHand: Number(row?.on_hand ?? 0), reserved: Number(row?.reserved ?? 0) };
  }

  /** Starts the sandbox and returns payment's settings for it; callbacks come back through the gateway. */
  private async onlinePayments(): Promise<Record<string, string>> {
    const port = await freePort();
    this.sandbox = await new ServiceProcess({
      name: 'payment-sandbox',
      script: join(dist, 'payment-sandbox/src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' },
    }).start();
    const { nagad } = (await (await fetch(`${this.sandbox.url}/__control/keys`)).json()) as {
      nagad: { nagadPublicKey: string; merchantPrivateKey: string };
    };
    const gatewayPort = await freePort();
    this.marketOptions.gatewayPort = gatewayPort;
    return {
      PAYMENT_METHODS_ENABLED: ONLINE_METHODS,
      BKASH_BASE_URL: `${this.sandbox.url}/v1.2.0-beta`,
      NAGAD_BASE_URL: `${this.sandbox.url}/remote-payment-gateway-1.0`,
      NAGAD_PUBLIC_KEY: nagad.nagadPublicKey,
      NAGAD_MERCHANT_PRIVATE_KEY: nagad.merchantPrivateKey,
      SSLCOMMERZ_BASE_URL: this.sandbox.url,
      PAYMENT_CALLBACK_BASE_URL: `http://127.0.0.1:${gatewayPort}/api/payments/callbacks`,
      STOREFRONT_RETURN_URL: 'http://127.0.0.1:9/checkout/payment',
      PAYMENT_EXPIRY_SWEEP_INTERVAL_MS: '1000',
    };
  }

  /** The sandbox's control API: the next payment's scenario, and the shopper's answer on the provider's page. */
  async sandboxControl(path: string, body: unknown): Promise<any> {
    const response = await fetch(`${this.sandbox!.url}/__control${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  private async process(name: SagaService, extra: Record<string, string> = {}): Promise<ServiceProcess> {
    const port = await freePort();
    return new ServiceProcess({
      name,
      script: join(dist, name, 'src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATABASE_URL: this.databases[name].url,
        MESSAGING_TRANSPORT: 'kafka',
        KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: this.market.topicPrefix,
        ...extra,
        ...this.serviceEnv[name],
      },
    });
  }
}
