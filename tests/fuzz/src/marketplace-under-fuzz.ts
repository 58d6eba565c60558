import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OTPAuth from 'otpauth';
import { createTestDatabase, freePort, ServiceProcess, TestDatabase, waitFor } from '@getit/testing';
import { Caller, ValuePools } from './fuzz-request.arbitrary';

/** The demo accounts the embedded host seeds (apps/auth/src/application/demo-accounts.ts), published on purpose. */
const DEMO = {
  shopper: { identifier: '01911000003', password: 'demo-Shopper-pass-2026' },
  tangail: { identifier: '01711000001', password: 'demo-Tangail-owner-2026' },
  gadgets: { identifier: '01811000002', password: 'demo-Gadgets-owner-2026' },
  admin: {
    identifier: 'admin@demo.getit.com.bd',
    password: 'demo-Admin-pass-2026',
    totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
  },
};

const ACCOUNT_OF: Readonly<Record<string, keyof typeof DEMO>> = {
  shopper: 'shopper',
  'vendor-tangail': 'tangail',
  'vendor-gadgets': 'gadgets',
  admin: 'admin',
};

/** The embedded host listens on PORT, PORT+1…+7 and PORT+90 (payment sandbox): all must be free. */
async function freePortBlock(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    if ((await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 90].map((o) => free(base + o)))).every(Boolean))
      return base;
  }
  throw new Error('no free block of ports for the embedded host');
}

/**
 * The whole marketplace as `npm start` runs it (every service in one process, the in-process bus, demo data and
 * demo accounts), on a fresh database on the real Postgres so that the fuzz finds our bugs, not PGlite's.
 */
export class MarketplaceUnderFuzz {
  url = '';
  callers: Caller[] = [];
  pools: ValuePools = {};
  private process?: ServiceProcess;
  private database?: TestDatabase;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'getit-fuzz-'));

  /** Starts a fresh marketplace, or attaches to a running one (`npm start`'s) when `attachTo` is its URL. */
  async start(attachTo?: string): Promise<void> {
    if (attachTo) {
      this.url = attachTo.replace(/\/$/, '');
      this.callers = await this.logIn();
      return this.harvest();
    }
    this.database = await createTestDatabase('fuzz');
    const [port, pgPort] = [await freePortBlock(), await freePort()];
    this.url = `http://127.0.0.1:${port}`;
    this.process = await new ServiceProcess({
      name: 'embedded',
      script: join(__dirname, '../../../dist/apps/embedded/src/main.js'),
      url: this.url,
      env: {
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        DATA_DIR: this.dataDir,
        DATABASE_URL: this.database.url,
        KAFKA_BROKERS: '',
        REDIS_URL: '',
        LOG_LEVEL: 'error',
      },
      readyTimeoutMs: 120_000,
    }).start();
    this.callers = await this.logIn();
    await this.harvest();
  }

  async stop(): Promise<void> {
    await this.process?.stop();
    await this.database?.drop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async call(method: string, path: string, token?: string, body?: unknown): Promise<any> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'idempotency-key': crypto.randomUUID(),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return response.ok && text ? JSON.parse(text) : undefined;
  }

  /** Logs `caller` in again after the fuzz ended its session (a logout, a deleted session): its token is renewed. */
  async renew(caller: Caller): Promise<void> {
    const account = ACCOUNT_OF[caller.name];
    if (account) Object.assign(caller, await this.login(DEMO[account]));
  }

  private async login(account: { identifier: string; password: string; totpSecret?: string }) {
    const totp = account.totpSecret
      ? new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(account.totpSecret) }).generate()
      : undefined;
    const body = { identifier: account.identifier, password: account.password, ...(totp ? { totp } : {}) };
    const answer = await this.call('POST', '/api/auth/login', undefined, body);
    if (!answer?.accessToken) throw new Error(`demo login failed for ${account.identifier}`);
    const claims = JSON.parse(Buffer.from(answer.accessToken.split('.')[1], 'base64url').toString());
    return {
      token: answer.accessToken as string,
      roles: claims.roles as string[],
      vendorId: claims.vendorId,
    };
  }

  private async logIn(): Promise<Caller[]> {
    return [
      { name: 'anonymous', roles: [] },
      { name: 'shopper', ...(await this.login(DEMO.shopper)) },
      { name: 'vendor-tangail', ...(await this.login(DEMO.tangail)) },
      { name: 'vendor-gadgets', ...(await this.login(DEMO.gadgets)) },
      { name: 'admin', ...(await this.login(DEMO.admin)) },
    ];
  }

  /** Ids and slugs the marketplace knows, so that valid requests reach past "not found". */
  private async harvest(): Promise<void> {
    const [, shopper, tangail, gadgets, admin] = this.callers as [Caller, Caller, Caller, Caller, Caller];
    const page = await waitFor(
      'the demo catalog',
      async () => {
        const body = await this.call('GET', '/api/products?limit=100');
        return body?.items?.length >= 50 ? body : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    this.collect(page, 'product');
    for (const item of page.items.slice(0, 12))
      this.collect(await this.call('GET', `/api/products/${item.id}`), 'product');
    this.collect(await this.call('GET', '/api/categories'), 'category');
    this.collect(await this.call('GET', '/api/shops'), 'shop');
    for (const vendor of [tangail, gadgets]) {
      this.collect(
        await this.call('GET', `/api/vendors/${vendor.vendorId}/warehouses`, vendor.token),
        'warehouse',
      );
      this.collect(
        await this.call('GET', `/api/vendors/${vendor.vendorId}/products?limit=20`, vendor.token),
        'product',
      );
    }
    const carts = [
      await this.call('POST', '/api/carts'),
      await this.call('POST', '/api/carts', shopper.token),
    ];
    carts.forEach((cart) => this.collect(cart, 'cart'));
    await this.placeOrder(carts[0]?.id);
    this.collect(await this.call('GET', '/api/admin/orders?limit=20', admin.token), 'order');
    for (const vendor of [tangail, gadgets])
      this.collect(
        await this.call('GET', `/api/vendors/${vendor.vendorId}/packages`, vendor.token),
        'package',
      );
    this.collect(await this.call('GET', '/api/admin/commission-rules', admin.token), 'rule');
    this.collect(await this.call('GET', '/api/admin/vendors', admin.token), 'vendor');
    this.collect(await this.call('GET', '/api/auth/sessions', shopper.token), 'session');
    for (const orderId of (this.pools['orderId'] ?? []).slice(0, 3))
      this.collect(await this.call('GET', `/api/payments?orderId=${orderId}`, admin.token), 'payment');
  }

  /** One cash-on-delivery order, so that order, package and payment routes have ids to work on. */
  private async placeOrder(cartId: string | undefined): Promise<void> {
    const variantId = this.pools['variantId']?.[0];
    if (!cartId || !variantId) return;
    await waitFor(
      'a cart line',
      async () =>
        (await this.call('PUT', `/api/carts/${cartId}/lines/${variantId}`, undefined, { quantity: 1 })) !==
        undefined,
      { timeoutMs: 60_000, intervalMs: 500 },
    ).catch(() => undefined);
    const address = {
      name: 'Rahima Akter',
      phone: '01712345678',
      division: 'Dhaka',
      district: 'Dhaka',
      area: 'Dhanmondi',
      postcode: '1209',
      street: 'House 12, Road 5',
    };
    const order = await this.call('POST', '/api/orders', undefined, {
      cartId,
      paymentMethod: 'cod',
      address,
    });
    this.collect(order, 'order');
  }

  /** Every `id` (named after `noun`), `…Id` and `slug` in a JSON answer, into the pools by path-parameter name. */
  private collect(value: unknown, noun: string): void {
    const add = (name: string, item: unknown) => {
      if (typeof item !== 'string' || item.length === 0 || item.length > 100) return;
      const pool = (this.pools[name] ??= []);
      if (!pool.includes(item) && pool.length < 50) pool.push(item);
    };
    const walk = (node: unknown, nounHere: string) => {
      if (Array.isArray(node)) return node.forEach((child) => walk(child, nounHere));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        if (key === 'id') {
          add(`${nounHere}Id`, child);
          if (nounHere === 'product') add('idOrSlug', child);
        } else if (key.endsWith('Id')) add(key, child);
        else if (key === 'slug') {
          add('slug', child);
          add(`${nounHere}:slug`, child);
          if (nounHere === 'product') add('idOrSlug', child);
        }
        const childNoun = key === 'variants' ? 'variant' : key === 'packages' ? 'package' : nounHere;
        walk(child, childNoun);
      }
    };
    walk(value, noun);
  }
}
