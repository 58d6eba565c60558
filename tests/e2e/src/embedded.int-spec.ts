import { waitFor } from '@getit/testing';
import { EmbeddedFixture } from './embedded.fixture';

jest.setTimeout(600_000);

/** The first README command's promise: everything in one process on embedded defaults, with demo data. */
describe('embedded mode (npm start)', () => {
  const marketplace = new EmbeddedFixture();
  const api = marketplace.api;

  beforeAll(async () => {
    await marketplace.start();
    await marketplace.seeded(); // the banner is out: demo products and stock are in
  });
  afterAll(() => marketplace.stop());

  it('serves the seeded demo catalog through the gateway', async () => {
    const items = await marketplace.demoCatalog();
    expect(items.some((p) => p.title.bn?.includes('জামদানি'))).toBe(true);
  });

  it('finds exactly the sarees by a Bangla word, through the in-process bus and Postgres full-text search', async () => {
    const word = 'শাড়ি';
    // what the catalog sells under that word (the demo's sarees: seven kinds in four motifs), once all are in
    const sarees = await waitFor(
      'every demo saree in the catalog',
      async () => {
        const all = await marketplace.everyProduct();
        const matching = all.filter((p) => p.title.bn?.includes(word)).map((p) => p.slug);
        return matching.length === 28 ? matching.sort() : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 1_000 },
    );
    const hits = await waitFor(
      'the search index to hold every saree',
      async () => {
        const { body } = await api(`/search?q=${encodeURIComponent(word)}&limit=50`);
        return body.items.length >= sarees.length ? body.items : undefined;
      },
      { timeoutMs: 180_000 },
    );
    expect(hits.map((hit: any) => hit.slug).sort()).toEqual(sarees);
    expect(hits.every((hit: any) => hit.title.en.includes('Saree') && hit.title.bn.includes(word))).toBe(
      true,
    );
  });

  it('lets a demo shopper buy from both demo vendors with cash on delivery, through the API', async () => {
    const { order, vendors } = await marketplace.codCheckoutFromTwoVendors();
    expect(vendors).toHaveLength(2);
    expect({ status: order.status, cancellation: order.cancellation }).toEqual({
      status: 'confirmed',
      cancellation: null,
    });
    expect(order.packages.map((p: any) => p.vendorId).sort()).toEqual([...vendors].sort());
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
    const code = await marketplace.process!.stop('SIGINT');
    if (code !== 0) process.stderr.write(marketplace.process!.logs().slice(-3_000));
    expect(code).toBe(0);
  });
});
