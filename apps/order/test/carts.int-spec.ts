import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { OrderHarness } from './order.harness';

jest.setTimeout(90_000);

/** Carts over HTTP, fed by catalog, inventory and auth events on the real Kafka broker. */
describe('carts', () => {
  const harness = new OrderHarness({ CART_TTL_MS: '1h' });
  let vendorA: string;
  let vendorB: string;
  let phone: { productId: string; variantId: string; vendorId: string };
  let cover: { productId: string; variantId: string; vendorId: string };

  beforeAll(async () => {
    await harness.start('order_carts');
    vendorA = await harness.seedVendor({ district: 'Dhaka', shopName: 'Walton Plaza' });
    vendorB = await harness.seedVendor({ district: 'Chattogram', shopName: 'Cover Bazar' });
    phone = await harness.seedVariant(vendorA, { pricePoisha: 125_000, stock: 5 });
    cover = await harness.seedVariant(vendorB, { pricePoisha: 45_000, stock: 2, title: 'Phone cover' });
  });
  afterAll(() => harness.stop());

  it('a guest adds lines from two vendors and sees them grouped per vendor with totals and expiry', async () => {
    const created = await harness.call('POST', '/carts');
    expect(created.status).toBe(201);
    const cartId = created.body.id;
    expect(created.body).toMatchObject({
      shopperId: null,
      status: 'active',
      vendors: [],
      itemsTotalPoisha: 0,
    });
    const expiresIn = Date.parse(created.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(59 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(60 * 60_000);

    await harness.call('PUT', `/carts/${cartId}/lines/${phone.variantId}`, { body: { quantity: 2 } });
    const cart = await harness.call('PUT', `/carts/${cartId}/lines/${cover.variantId}`, {
      body: { quantity: 1 },
    });
    expect(cart.status).toBe(200);
    expect(cart.body.vendors).toEqual([
      expect.objectContaining({
        vendorId: vendorA,
        shopName: 'Walton Plaza',
        subtotalPoisha: 250_000,
        lines: [
          expect.objectContaining({
            variantId: phone.variantId,
            quantity: 2,
            unitPricePoisha: 125_000,
            seenPricePoisha: 125_000,
            priceChanged: false,
            lineTotalPoisha: 250_000,
            available: 5,
            outOfStock: false,
            purchasable: true,
          }),
        ],
      }),
      expect.objectContaining({ vendorId: vendorB, subtotalPoisha: 45_000 }),
    ]);
    expect(cart.body.itemsTotalPoisha).toBe(295_000);
    // The answers to a write are the cart as a read gives it.
    expect((await harness.call('GET', `/carts/${cartId}`)).body).toEqual(cart.body);
    expect((await harness.call('GET', `/carts/${cartId}`)).body).toEqual({
      ...created.body,
      ...(({ vendors, itemsTotalPoisha, priceChanged, expiresAt }) => ({
        vendors,
        itemsTotalPoisha,
        priceChanged,
        expiresAt,
      }))(cart.body),
    });

    const removed = await harness.call('DELETE', `/carts/${cartId}/lines/${cover.variantId}`);
    expect(removed.body.vendors).toHaveLength(1);
    const zero = await harness.call('PUT', `/carts/${cartId}/lines/${phone.variantId}`, {
      body: { quantity: 0 },
    });
    expect(zero.body.vendors).toEqual([]);
  });

  it('refuses more than the available stock with a 409 naming the line and how many are left', async () => {
    const cartId = await harness.cartWith([]);
    const response = await harness.call('PUT', `/carts/${cartId}/lines/${cover.variantId}`, {
      body: { quantity: 3 },
    });
    expect(response.status).toBe(409);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'CONFLICT',
      reason: 'out_of_stock',
      variantId: cover.variantId,
      available: 2,
      errors: [{ field: 'quantity', reason: 'only 2 left' }],
    });
    const cart = await harness.call('GET', `/carts/${cartId}`);
    expect(cart.body.vendors).toEqual([]);
  });

  it('rejects bad quantities and unknown variants', async () => {
    const cartId = await harness.cartWith([]);
    const tooMany = await harness.call('PUT', `/carts/${cartId}/lines/${phone.variantId}`, {
      body: { quantity: 101 },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([{ field: 'quantity', reason: expect.any(String) }]);
    const unknown = await harness.call('PUT', `/carts/${cartId}/lines/${randomUUID()}`, {
      body: { quantity: 1 },
    });
    expect(unknown.status).toBe(409);
    expect(unknown.body.reason).toBe('not_on_sale');
    expect((await harness.call('GET', `/carts/${randomUUID()}`)).status).toBe(404);
  });

  it('shows a changed price next to the one the shopper saw, and a withdrawn product as not purchasable', async () => {
    const mug = await harness.seedVariant(vendorA, { pricePoisha: 30_000, stock: 9, title: 'Mug' });
    const cartId = await harness.cartWith([{ variantId: mug.variantId, quantity: 1 }]);
    await harness.changePrice(mug, 32_000);
    const cart = await harness.call('GET', `/carts/${cartId}`);
    expect(cart.body.priceChanged).toBe(true);
    expect(cart.body.vendors[0].lines[0]).toMatchObject({
      unitPricePoisha: 32_000,
      seenPricePoisha: 30_000,
      priceChanged: true,
    });

    await harness.publish(
      'catalog.product-removed.v1',
      { productId: mug.productId, vendorId: vendorA, reason: 'archived', version: 99 },
      mug.productId,
    );
    const line = await waitForLine(cartId, (l) => l.purchasable === false);
    expect(line).toMatchObject({ unitPricePoisha: null, purchasable: false });
  });

  it('a signed-in shopper has one active cart: creating again returns it', async () => {
    const shopper = { actorId: randomUUID() };
    const first = await harness.call('POST', '/carts', { as: shopper });
    const second = await harness.call('POST', '/carts', { as: shopper });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(first.body.shopperId).toBe(shopper.actorId);
    // Nobody else reaches a shopper's cart, signed in or not.
    expect((await harness.call('GET', `/carts/${first.body.id}`)).status).toBe(404);
    expect(
      (await harness.call('GET', `/carts/${first.body.id}`, { as: { actorId: randomUUID() } })).status,
    ).toBe(404);
  });

  it('merges a guest cart into the shopper’s cart at sign-in, adding quantities capped by stock', async () => {
    const shopper = { actorId: randomUUID() };
    const mine = await harness.cartWith(
      [
        { variantId: phone.variantId, quantity: 1 },
        { variantId: cover.variantId, quantity: 1 },
      ],
      shopper,
    );
    const guest = await harness.cartWith([
      { variantId: phone.variantId, quantity: 2 },
      { variantId: cover.variantId, quantity: 2 },
    ]);
    const merged = await harness.call('POST', `/carts/${guest}/merge`, { as: shopper });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(mine);
    const lines = merged.body.vendors.flatMap((v: any) => v.lines);
    expect(lines.map((l: any) => [l.variantId, l.quantity])).toEqual([
      [phone.variantId, 3],
      [cover.variantId, 2], // 1 + 2 asked, 2 available
    ]);
    // The guest cart is closed: it can no longer change, and merging again changes nothing.
    const closed = await harness.call('PUT', `/carts/${guest}/lines/${phone.variantId}`, {
      body: { quantity: 1 },
    });
    expect(closed.status).toBe(409);
    const again = await harness.call('POST', `/carts/${guest}/merge`, { as: shopper });
    expect(again.body.vendors.flatMap((v: any) => v.lines).map((l: any) => l.quantity)).toEqual([3, 2]);
    // Merging needs a signed-in shopper.
    expect((await harness.call('POST', `/carts/${guest}/merge`)).status).toBe(401);
  });

  it('a guest cart merged into a shopper with no cart becomes their cart', async () => {
    const shopper = { actorId: randomUUID() };
    const guest = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    const merged = await harness.call('POST', `/carts/${guest}/merge`, { as: shopper });
    expect(merged.body).toMatchObject({ shopperId: shopper.actorId, status: 'active' });
    expect(merged.body.vendors[0].lines[0]).toMatchObject({ variantId: phone.variantId, quantity: 1 });
  });

  it('an untouched cart expires: it is no longer found and a signed-in shopper gets a fresh one', async () => {
    const shopper = { actorId: randomUUID() };
    const cartId = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }], shopper);
    const guest = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    // An hour of inactivity, without waiting for it: the expiry is a timestamp the database compares with now().
    await harness.query(
      `UPDATE carts SET expires_at = now() - interval '1 second' WHERE id = ANY($1::uuid[])`,
      [[cartId, guest]],
    );
    const gone = await harness.call('GET', `/carts/${guest}`);
    expect(gone.status).toBe(404);
    expect(gone.body.reason).toBe('cart_not_found');
    expect(
      (await harness.call('PUT', `/carts/${guest}/lines/${phone.variantId}`, { body: { quantity: 2 } }))
        .status,
    ).toBe(404);
    const fresh = await harness.call('POST', '/carts', { as: shopper });
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).not.toBe(cartId);
    expect(fresh.body.vendors).toEqual([]);
  });

  it('a line set while another writer holds the cart answers the cart with that writer’s lines too', async () => {
    const cartId = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    // A merge (or another tab's edit) holding the cart: it changes a line and commits while this edit waits.
    const other = new Client({ connectionString: harness.db.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT id FROM carts WHERE id = $1 FOR UPDATE', [cartId]);
      await other.query('UPDATE cart_lines SET quantity = 4 WHERE cart_id = $1', [cartId]);
      await other.query('UPDATE carts SET updated_at = now() WHERE id = $1', [cartId]);
      const edit = harness.call('PUT', `/carts/${cartId}/lines/${cover.variantId}`, { body: { quantity: 1 } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query('COMMIT');
      const cart = await edit;
      expect(cart.status).toBe(200);
      expect(
        cart.body.vendors.flatMap((v: any) => v.lines).map((l: any) => [l.variantId, l.quantity]),
      ).toEqual([
        [phone.variantId, 4],
        [cover.variantId, 1],
      ]);
    } finally {
      await other.end();
    }
  });

  async function waitForLine(cartId: string, predicate: (line: any) => boolean) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const cart = await harness.call('GET', `/carts/${cartId}`);
      const line = cart.body.vendors.flatMap((v: any) => v.lines).find(predicate);
      if (line) return line;
      if (Date.now() > deadline) throw new Error('line never matched');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});
