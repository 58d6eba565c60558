import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { freePort, ServiceProcess, waitFor } from '@getit/testing';

/** The embedded host listens on PORT and PORT+1…+7 (services) and PORT+90 (payment sandbox): all must be free. */
async function freePortBlock(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const offsets = [0, 1, 2, 3, 4, 5, 6, 7, 90];
    if ((await Promise.all(offsets.map((o) => free(base + o)))).every(Boolean)) return base;
  }
  throw new Error('no free block of ports for the embedded host');
}

jest.setTimeout(180_000);

/** The first README command's promise: everything in one process on embedded defaults, with demo data. */
describe('embedded mode (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'getit-embedded-'));
  let marketplace: ServiceProcess;
  let url: string;

  beforeAll(async () => {
    const [port, pgPort] = [await freePortBlock(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
    };
    // The embedded mode must not need the real infrastructure the rest of the suite uses.
    for (const name of ['DATABASE_URL', 'KAFKA_BROKERS', 'REDIS_URL']) env[name] = '';
    marketplace = new ServiceProcess({
      name: 'embedded',
      script: join(__dirname, '../../../dist/apps/embedded/src/main.js'),
      url,
      env,
      readyTimeoutMs: 120_000,
    });
    await marketplace.start();
  });
  afterAll(async () => {
    await marketplace?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The gateway's API, JSON in and out. */
  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${url}/api${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('serves the seeded demo catalog through the gateway', async () => {
    const page = await waitFor(
      'demo products',
      async () => {
        const body = (await (await fetch(`${url}/api/products?limit=50`)).json()) as {
          items: { title: { bn?: string } }[];
        };
        // the demo set has 16 products; all of them listed means seeding finished
        return body.items.length >= 16 ? body : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(page.items.some((p) => p.title.bn?.includes('জামদানি'))).toBe(true);
  });

  it('finds products by a Bangla word through the in-process bus and Postgres full-text search', async () => {
    const hits = await waitFor(
      'a Bangla search hit',
      async () => {
        const body = (await (await fetch(`${url}/api/search?q=${encodeURIComponent('শাড়ি')}`)).json()) as {
          items: unknown[];
        };
        return body.items.length >= 2 ? body.items : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(hits.length).toBeGreaterThanOrEqual(2);
  });

  it('lets a demo shopper buy from both demo vendors with cash on delivery, through the API', async () => {
    // one product of each of two vendors, walking the newest-first pages until both are found
    const firstOfVendor = new Map<string, any>();
    let cursor = '';
    for (let page = 0; page < 5 && firstOfVendor.size < 2; page++) {
      const { body } = await api(
        `/products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      for (const item of body.items)
        if (!firstOfVendor.has(item.vendorId)) firstOfVendor.set(item.vendorId, item);
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    const vendors = [...firstOfVendor.keys()];
    expect(vendors.length).toBeGreaterThanOrEqual(2);
    const variantOf = async (vendorId: string) => {
      const product = firstOfVendor.get(vendorId);
      return (await api(`/products/${product.id}`)).body.variants[0].id as string;
    };
    const variants = [await variantOf(vendors[0]!), await variantOf(vendors[1]!)];
    const cart = await api('/carts', { method: 'POST', body: '{}' });
    expect(cart.status).toBe(201);
    for (const variantId of variants)
      // the order service learns products and stock from the in-process bus: wait until it can sell them
      await waitFor(
        `variant ${variantId} in the cart`,
        async () =>
          (
            await api(`/carts/${cart.body.id}/lines/${variantId}`, {
              method: 'PUT',
              body: JSON.stringify({ quantity: 1 }),
            })
          ).status === 200,
        { timeoutMs: 60_000, intervalMs: 250 },
      );
    const placed = await api('/orders', {
      method: 'POST',
      headers: { 'idempotency-key': `embedded-${Date.now()}` },
      body: JSON.stringify({
        cartId: cart.body.id,
        paymentMethod: 'cod',
        address: {
          name: 'Rahima Akter',
          phone: '01712345678',
          division: 'Dhaka',
          district: 'Dhaka',
          area: 'Dhanmondi',
          postcode: '1209',
          street: 'House 12, Road 5',
        },
      }),
    });
    expect(placed.status).toBe(201);
    const order = await waitFor(
      'the checkout saga to settle',
      async () => {
        const { body } = await api(`/orders/${placed.body.id}?waitMs=5000`);
        return body.status === 'pending_payment' ? undefined : body;
      },
      { timeoutMs: 60_000 },
    );
    expect(order.status).toBe('confirmed');
    expect(order.packages.map((p: any) => p.vendorId).sort()).toEqual([...vendors.slice(0, 2)].sort());
    expect(order.packages.every((p: any) => p.status === 'confirmed' && p.deliveryChargePoisha > 0)).toBe(
      true,
    );
  });

  it('lets a demo shopper pay with the bKash sandbox: redirect, approve, callback, confirmed', async () => {
    const { body: page } = await api('/products?limit=1');
    const variantId = (await api(`/products/${page.items[0].id}`)).body.variants[0].id as string;
    const cart = await api('/carts', { method: 'POST', body: '{}' });
    await waitFor(
      'the variant in the cart',
      async () =>
        (
          await api(`/carts/${cart.body.id}/lines/${variantId}`, {
            method: 'PUT',
            body: JSON.stringify({ quantity: 1 }),
          })
        ).status === 200,
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const placed = await api('/orders', {
      method: 'POST',
      headers: { 'idempotency-key': `embedded-bkash-${Date.now()}` },
      body: JSON.stringify({
        cartId: cart.body.id,
        paymentMethod: 'bkash',
        address: {
          name: 'Karim Uddin',
          phone: '01812345678',
          division: 'Chattogram',
          district: 'Chittagong',
          area: 'Agrabad',
          postcode: '4100',
          street: 'Road 3, House 7',
        },
      }),
    });
    expect(placed.status).toBe(201);
    // the checkout page asks payment where to send the shopper: the bKash (sandbox) payment page
    const checkout = await waitFor(
      'a bKash redirect',
      async () => {
        const { status, body } = await api(`/payments/checkout/${placed.body.id}`);
        return status === 200 && body.redirectUrl ? body : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(checkout).toMatchObject({ method: 'bkash', status: 'requires_action' });
    const paymentID = new URL(checkout.redirectUrl).pathname.split('/').pop()!;
    // the shopper approves on the bKash page; bKash sends the browser back to the callback (through the gateway)
    const approved = await fetch(
      `${new URL(checkout.redirectUrl).origin}/bkash/pay/${paymentID}/approve?outcome=success`,
      {
        redirect: 'manual',
      },
    );
    expect(approved.status).toBe(302);
    const callback = approved.headers.get('location')!;
    expect(callback).toContain('/api/payments/callbacks/bkash');
    const back = await fetch(callback, { redirect: 'manual' });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toContain('payment=success');
    const order = await waitFor(
      'the bKash order to settle',
      async () => {
        const { body } = await api(`/orders/${placed.body.id}?waitMs=5000`);
        return body.status === 'pending_payment' ? undefined : body;
      },
      { timeoutMs: 60_000 },
    );
    expect(order.status).toBe('confirmed');
    expect((await api(`/payments/checkout/${placed.body.id}`)).body.status).toBe('captured');
  });

  it('stops on SIGINT with exit code 0', async () => {
    const code = await marketplace.stop('SIGINT');
    if (code !== 0) process.stderr.write(marketplace.logs().slice(-3_000));
    expect(code).toBe(0);
  });
});
