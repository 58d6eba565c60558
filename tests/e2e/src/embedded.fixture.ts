import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ServiceProcess, waitFor } from '@getit/testing';

const EMBEDDED = join(__dirname, '../../../dist/apps/embedded/src');

/**
 * A test's stand-in for main.js: the same host (startEmbeddedHost, seeding), plus a loopback control port whose
 * POST runs SQL through the services' shared pool, so a test can fail queries exactly where the services do.
 */
const DATABASE_DRIVER = `
const http = require('node:http');
const { startEmbeddedHost } = require(${JSON.stringify(join(EMBEDDED, 'embedded.host.js'))});
(async () => {
  const host = await startEmbeddedHost(process.env, (line) => process.stderr.write(line + '\\n'));
  await host.seedDemoData(); // the control port opens once the demo data is in
  const run = async ({ statements, transaction, queryTimeoutMs }) => {
    if (!transaction) {
      const [{ text, values }] = statements;
      await host.pool.query({ text, values, query_timeout: queryTimeoutMs });
      return;
    }
    // a client that dies inside its transaction: no ROLLBACK, released as broken
    const client = await host.pool.connect();
    try {
      for (const { text, values } of statements) await client.query(text, values);
      client.release();
    } catch (error) {
      client.release(error);
      throw error;
    }
  };
  const control = http.createServer(async (request, response) => {
    if (request.method === 'GET') return response.end('{}');
    let body = '';
    for await (const chunk of request) body += chunk;
    const answer = await run(JSON.parse(body)).then(
      () => ({ failed: false }),
      (error) => ({ failed: true, code: error.code ?? error.message }),
    );
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(answer));
  });
  control.listen(Number(process.env.DATABASE_DRIVER_PORT), '127.0.0.1');
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      control.close();
      await host.stop();
      process.exit(0);
    });
})().catch((error) => {
  process.stderr.write(String(error.stack) + '\\n');
  process.exit(1);
});
`;

export interface SqlStatement {
  text: string;
  values?: unknown[];
}

/** The gateway's API, JSON in and out. */
export type Api = (path: string, init?: RequestInit) => Promise<{ status: number; body: any }>;

/** The embedded mode as `npm start` runs it, on free ports and a fresh data folder. */
export class EmbeddedFixture {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'getit-embedded-'));
  url = '';
  process?: ServiceProcess;
  private driverPort = 0;

  /** With `databaseDriver`, SQL can be sent through the services' shared pool (see `sql`). */
  constructor(private readonly options: { databaseDriver?: boolean; env?: Record<string, string> } = {}) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      PORT: String(port),
      DATA_DIR: this.dataDir,
      // per-service settings as `npm start` takes them: saga steps that a busy test machine cannot cancel
      ORDER__RESERVE_STOCK_TIMEOUT_MS: '120s',
      ORDER__CONFIRM_ORDER_TIMEOUT_MS: '120s',
      ...this.options.env,
    };
    // The embedded mode must not need the real infrastructure the rest of the suite uses.
    for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'REDIS_URL', 'EMBEDDED_PG_PORT']) env[name] = '';
    let script = join(EMBEDDED, 'main.js');
    if (this.options.databaseDriver) {
      script = join(this.dataDir, 'database-driver.js');
      writeFileSync(script, DATABASE_DRIVER);
      this.driverPort = await freePort();
      env['DATABASE_DRIVER_PORT'] = String(this.driverPort);
    }
    this.process = new ServiceProcess({
      name: 'embedded',
      script,
      url: this.url,
      env,
      readyTimeoutMs: 420_000,
    });
    await this.process.start();
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const code = (await this.process?.stop(signal)) ?? null;
    rmSync(this.dataDir, { recursive: true, force: true });
    return code;
  }

  /** Waits until the host has seeded the demo data: the banner's last line, or the driver's control port. */
  async seeded(): Promise<void> {
    await this.waitWithLogs(
      'the demo data to be seeded',
      async () =>
        this.options.databaseDriver
          ? (await fetch(`http://127.0.0.1:${this.driverPort}/`).catch(() => undefined))?.ok
          : this.process!.logs().includes('Ready. Ctrl-C stops everything.'),
      { timeoutMs: 420_000, intervalMs: 500 },
    );
  }

  /** waitFor, failing with the host's output when the host exits or the time runs out. */
  private async waitWithLogs<T>(
    what: string,
    check: () => Promise<T | undefined | false>,
    options: { timeoutMs?: number; intervalMs?: number },
  ): Promise<T> {
    const alive = () => {
      try {
        return process.kill(this.process!.pid!, 0);
      } catch {
        return false;
      }
    };
    const exited = Symbol('exited');
    const failure = (reason: string) =>
      new Error(`${reason}\n--- host output ---\n${this.process!.logs().slice(-4_000)}`);
    let value: T | typeof exited;
    try {
      value = await waitFor<T | typeof exited>(what, async () => (alive() ? check() : exited), options);
    } catch (error) {
      throw failure((error as Error).message);
    }
    if (value === exited) throw failure(`the host exited while waiting for ${what}`);
    return value;
  }

  /** Runs statements through the services' shared pool; `code` is the SQLSTATE (or the client's error). */
  async sql(
    statements: SqlStatement[],
    options: { transaction?: boolean; queryTimeoutMs?: number } = {},
  ): Promise<{ failed: boolean; code?: string }> {
    const response = await fetch(`http://127.0.0.1:${this.driverPort}/`, {
      method: 'POST',
      body: JSON.stringify({ statements, ...options }),
    });
    return (await response.json()) as { failed: boolean; code?: string };
  }

  api: Api = async (path, init = {}) => {
    const response = await fetch(`${this.url}/api${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  /** Every product the gateway lists, all pages. */
  async everyProduct(): Promise<
    { id: string; slug: string; vendorId: string; title: { en: string; bn?: string } }[]
  > {
    const products = [];
    let cursor = '';
    do {
      const { body } = await this.api(
        `/products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      products.push(...body.items);
      cursor = body.nextCursor ?? '';
    } while (cursor);
    return products;
  }

  /** Waits until the demo data is in: all 16 demo products listed by the gateway. */
  async demoCatalog(): Promise<{ id: string; slug: string; vendorId: string; title: { bn?: string } }[]> {
    return waitFor(
      'demo products',
      async () => {
        const { body } = await this.api('/products?limit=100');
        return body?.items?.length >= 16 ? body.items : undefined;
      },
      { timeoutMs: 120_000 },
    );
  }

  /** A guest buys one item from each of two vendors with cash on delivery; returns the settled order. */
  async codCheckoutFromTwoVendors(): Promise<{ order: any; vendors: string[] }> {
    const firstOfVendor = new Map<string, any>();
    let cursor = '';
    for (let page = 0; page < 5 && firstOfVendor.size < 2; page++) {
      const { body } = await this.api(
        `/products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      // at most ৳20,000 a variant, so two items stay under cash on delivery's ৳50,000 limit (the demo has phones
      // up to ৳57,999, and products seeded in one batch list in no fixed order); stock is waited for below
      for (const item of body.items)
        if (
          !firstOfVendor.has(item.vendorId) &&
          (item.price.maxAmountPoisha ?? item.price.amountPoisha) <= 2_000_000
        )
          firstOfVendor.set(item.vendorId, item);
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    const vendors = [...firstOfVendor.keys()].slice(0, 2);
    const variants: string[] = [];
    for (const vendorId of vendors)
      variants.push((await this.api(`/products/${firstOfVendor.get(vendorId).id}`)).body.variants[0].id);
    const cart = await this.api('/carts', { method: 'POST', body: '{}' });
    for (const variantId of variants)
      // the order service learns products and stock from the in-process bus: wait until it can sell them
      await waitFor(
        `variant ${variantId} in the cart`,
        async () =>
          (
            await this.api(`/carts/${cart.body.id}/lines/${variantId}`, {
              method: 'PUT',
              body: JSON.stringify({ quantity: 1 }),
            })
          ).status === 200,
        { timeoutMs: 180_000, intervalMs: 250 },
      );
    const placed = await this.api('/orders', {
      method: 'POST',
      headers: { 'idempotency-key': `embedded-${Date.now()}-${Math.random()}` },
      body: JSON.stringify({ cartId: cart.body.id, paymentMethod: 'cod', address: SHOPPER_ADDRESS }),
    });
    if (placed.status !== 201) throw new Error(`placing the order answered ${placed.status}`);
    const order = await waitFor(
      'the checkout saga to settle',
      async () => {
        const { body } = await this.api(`/orders/${placed.body.id}?waitMs=5000`);
        return body.status === 'pending_payment' ? undefined : body;
      },
      { timeoutMs: 60_000 },
    );
    return { order, vendors };
  }
}

export const SHOPPER_ADDRESS = {
  name: 'Rahima Akter',
  phone: '01712345678',
  division: 'Dhaka',
  district: 'Dhaka',
  area: 'Dhanmondi',
  postcode: '1209',
  street: 'House 12, Road 5',
};
