import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { infraEnv, ServiceProcess, waitFor } from '@getit/testing';
import { CheckoutLoad, PlacedOrder } from './checkout-load.fixture';
import { CheckoutFixture, send, StockedVendor } from './checkout.fixture';

type SagaService = 'inventory' | 'shipping' | 'order' | 'payment';
export type FaultTarget = SagaService | 'catalog' | 'gateway';

/** How long everything may take to settle after a fault: generous, as the machine may be busy; never asserted. */
const SETTLE_MS = 180_000;

/**
 * The saga's own deadlines, raised for the fault suite: a service that is down for a while on a busy machine must
 * not turn a checkout into a timeout cancellation, so every order can be expected to confirm and nothing to be lost.
 */
export const PATIENT_SAGA = {
  RESERVE_STOCK_TIMEOUT_MS: '300000',
  CONFIRM_ORDER_TIMEOUT_MS: '300000',
};

/** One scenario's goods: a product from each of two vendors, stocked with exactly what the load will buy. */
export interface ScenarioGoods {
  variantIds: string[];
  productIds: string[];
}

/**
 * The fault suite's view of the checkout: fresh goods per scenario, SIGKILL and restart of any service (timed), and
 * the invariants a fault must not break, each read back the way an operator would: orders through the gateway,
 * stock and outboxes from the services' own databases, the ledger from payment's balance report.
 */
export class FaultFixture {
  private readonly sql = new Map<string, Client>();

  constructor(readonly f: CheckoutFixture) {}

  /** Two vendors' products with `units` each, sold out by a load of `units` orders of one of each. */
  async goods(units: number): Promise<ScenarioGoods> {
    const vendors: StockedVendor[] = [];
    for (const name of ['Tangail Tant Ghar', 'Gadget Bari'])
      vendors.push(await this.f.stockedVendor({ name, slug: `fault-${randomUUID().slice(0, 8)}` }, 1, units));
    return {
      variantIds: vendors.map((v) => v.variants[0]!.variantId),
      productIds: vendors.map((v) => v.variants[0]!.productId),
    };
  }

  /**
   * Runs a load of `orders` checkouts, strikes once a third of them are placed, and checks every invariant after:
   * all confirmed, one order per idempotency key, stock exact and nothing held, the catalog showing the goods sold
   * out, the ledger balanced with exactly the bKash money added to escrow. Prints the scenario's figures.
   */
  async underLoad(
    scenario: string,
    orderCount: number,
    strike: () => Promise<Record<string, unknown>>,
  ): Promise<void> {
    const goods = await this.goods(orderCount);
    const ledgerBefore = await this.ledger();
    const load = this.load(goods, orderCount);
    const started = Date.now();
    const running = load.run();
    await load.whenPlaced(Math.ceil(orderCount / 3));
    const placedAtStrike = load.placed;
    const struck = await strike();
    const back = Date.now();
    const orders = await running.catch((error: Error) => {
      throw new Error(`${error.message}\n${this.serviceLogs()}`);
    });

    const outcomes = await this.settled(orders);
    const settledMs = Date.now() - back;
    expect(outcomes.map((o) => o.status)).toEqual(Array(orderCount).fill('confirmed'));
    expect(new Set(orders.map((o) => o.orderId)).size).toBe(orderCount);
    const vendorId = outcomes[0].packages[0].vendorId;
    const seen = await load.call(
      'GET',
      `/admin/orders?vendorId=${vendorId}&limit=50`,
      [200],
      undefined,
      this.f.admin(),
    );
    expect(seen.body.items.map((o: { id: string }) => o.id).sort()).toEqual(
      orders.map((o) => o.orderId).sort(),
    );

    for (const variantId of goods.variantIds)
      expect(await this.quietStock(variantId)).toEqual({ onHand: 0, reserved: 0 });
    const reservations = await this.f.query<{ status: string; n: number }>(
      'inventory',
      `SELECT r.status, count(DISTINCT r.id)::int AS n FROM reservations r
         JOIN reservation_allocations a ON a.reservation_id = r.id
        WHERE a.variant_id = ANY($1::uuid[]) GROUP BY r.status`,
      [goods.variantIds],
    );
    expect(reservations).toEqual([{ status: 'committed', n: orderCount }]);
    for (const productId of goods.productIds) expect(await this.shownSoldOut(productId)).toBe(true);

    const bkash = new Set(orders.filter((o) => o.method === 'bkash').map((o) => o.orderId));
    const paidOnline = outcomes.filter((o) => bkash.has(o.id)).reduce((sum, o) => sum + o.totalPoisha, 0);
    // the ledger posts a payment from its own consumer group: wait (bounded) for this scenario's postings
    let ledger = await this.ledger();
    await waitFor(
      'the ledger to post every bKash payment into escrow',
      async () => {
        ledger = await this.ledger();
        return ledger.escrowPoisha - ledgerBefore.escrowPoisha >= paidOnline;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    ).catch(() => undefined);
    expect(ledger).toMatchObject({ balanced: true, sumPoisha: 0 });
    expect(ledger.escrowPoisha - ledgerBefore.escrowPoisha).toBe(paidOnline);

    recordFigures(scenario, {
      orders: orderCount,
      bkash: bkash.size,
      placedAtStrike,
      ...struck,
      settledAfterRecoveryMs: settledMs,
      totalMs: Date.now() - started,
      requests: load.requests,
      retriedRequests: load.retries,
      ledgerPostings: ledger.postings,
    });
  }

  load(goods: ScenarioGoods, orders: number, bkashEvery = 2): CheckoutLoad {
    return new CheckoutLoad(this.f, { orders, concurrency: 4, bkashEvery, ...goods });
  }

  /** SIGKILLs one service and starts a fresh process on the same port and database; returns the ms it was away. */
  async killAndRestart(target: FaultTarget): Promise<number> {
    const started = Date.now();
    const market = this.f.market;
    if (target === 'catalog') market.catalog = await this.relaunch(market.catalog);
    else if (target === 'gateway') market.gateway = await this.relaunch(market.gateway);
    else await this.f.restart(target, 'SIGKILL');
    return Date.now() - started;
  }

  private async relaunch(service: ServiceProcess): Promise<ServiceProcess> {
    await service.stop('SIGKILL');
    return this.f.market.restart(service).start();
  }

  /** Waits until every order left pending_payment; returns them as their shoppers see them. */
  async settled(orders: PlacedOrder[]): Promise<any[]> {
    return Promise.all(
      orders.map((order) =>
        waitFor(
          `order ${order.orderId} to reach a final state`,
          async () => {
            const view = await send('GET', this.f.api(`/orders/${order.orderId}?waitMs=5000`));
            return view.status === 200 && view.body.status !== 'pending_payment' ? view.body : undefined;
          },
          { timeoutMs: SETTLE_MS, intervalMs: 200 },
        ),
      ),
    );
  }

  /** Stock once nothing is held any more (every reservation committed or released). */
  async quietStock(variantId: string): Promise<{ onHand: number; reserved: number }> {
    return waitFor(
      `no stock of ${variantId} held`,
      async () => {
        const stock = await this.f.stock(variantId);
        return stock.reserved === 0 ? stock : undefined;
      },
      { timeoutMs: SETTLE_MS, intervalMs: 200 },
    );
  }

  /** The catalog's public page says "out of stock" once inventory's last stock change reached it. */
  async shownSoldOut(productId: string): Promise<boolean> {
    return waitFor(
      `product ${productId} to show as sold out`,
      async () => {
        const product = await send('GET', this.f.api(`/products/${productId}`));
        return product.status === 200 && product.body.inStock === false;
      },
      { timeoutMs: SETTLE_MS, intervalMs: 250 },
    );
  }

  /** Payment's ledger report, read by a finance admin. */
  async ledger(): Promise<{ balanced: boolean; sumPoisha: number; escrowPoisha: number; postings: number }> {
    const token = this.f.market.issuer.token({ roles: ['admin:finance'], amr: ['pwd', 'mfa'] });
    const report = await send('GET', this.f.api('/admin/ledger/balances'), undefined, {
      authorization: `Bearer ${token}`,
    });
    if (report.status !== 200) throw new Error(`ledger: ${report.status} ${JSON.stringify(report.body)}`);
    const escrow = report.body.accounts.find((a: { account: string }) => a.account === 'escrow');
    return {
      balanced: report.body.totals.balanced,
      sumPoisha: report.body.totals.sumPoisha,
      escrowPoisha: escrow?.normalBalancePoisha ?? 0,
      postings: report.body.postingCount,
    };
  }

  /** Unpublished outbox rows per service database that has an outbox. */
  async pendingOutbox(): Promise<Record<string, number>> {
    const urls: Record<string, string> = {
      catalog: this.f.market.databases.catalog.url,
      search: this.f.market.databases.search.url,
      ...Object.fromEntries(Object.entries(this.f.databases).map(([name, db]) => [name, db.url])),
    };
    const pending: Record<string, number> = {};
    for (const [service, url] of Object.entries(urls)) {
      const client = await this.client(url);
      const [table] = (await client.query("SELECT to_regclass('outbox') IS NOT NULL AS present")).rows;
      if (!table.present) continue;
      const [row] = (await client.query('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL'))
        .rows;
      pending[service] = row.n;
    }
    return pending;
  }

  /**
   * Terminates every connection the service holds to its database (by its application_name, so the test's own
   * connections live on); with `refuseNew`, the database also refuses new connections until reconnect() allows them.
   * Returns how many connections were terminated.
   */
  async cutDatabase(service: SagaService, refuseNew: boolean): Promise<number> {
    const name = this.f.databases[service].name;
    return this.admin(async (client) => {
      if (refuseNew) await client.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
      const { rows } = await client.query(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
          WHERE datname = $1 AND application_name = $2`,
        [name, service],
      );
      return rows[0].n as number;
    });
  }

  async reconnect(service: SagaService): Promise<void> {
    const name = this.f.databases[service].name;
    await this.admin((client) => client.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`));
  }

  private async admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: infraEnv().databaseAdminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** The last lines every service wrote (warnings and errors), for a failure message. */
  serviceLogs(): string {
    const { market, services } = this.f;
    const all = { ...services, catalog: market.catalog, gateway: market.gateway };
    return Object.entries(all)
      .map(([name, service]) => `--- ${name} ---\n${service.logs().slice(-1_500)}`)
      .join('\n');
  }

  async close(): Promise<void> {
    await Promise.all([...this.sql.values()].map((client) => client.end()));
  }

  private async client(url: string): Promise<Client> {
    let client = this.sql.get(url);
    if (!client) {
      client = new Client({ connectionString: url });
      await client.connect();
      this.sql.set(url, client);
    }
    return client;
  }
}

/** Prints one line of figures to stdout (the fault suite's record: orders, kills, recovery times). */
export function recordFigures(scenario: string, figures: Record<string, unknown>): void {
  const text = Object.entries(figures)
    .map(([name, value]) => `${name}=${value}`)
    .join(' ');
  process.stdout.write(`[fault-suite] ${scenario}: ${text}\n`);
}
