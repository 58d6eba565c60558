import { randomUUID } from 'node:crypto';
import { DHAKA_ADDRESS, OrderHarness } from './order.harness';

jest.setTimeout(90_000);

/** POST /orders: validation, price and stock re-checks against the read models, and idempotency. */
describe('placing an order', () => {
  const harness = new OrderHarness();
  let vendorA: string;
  let vendorB: string;
  let phone: { productId: string; variantId: string; vendorId: string };
  let cover: { productId: string; variantId: string; vendorId: string };

  beforeAll(async () => {
    await harness.start('order_place');
    vendorA = await harness.seedVendor({ district: 'Dhaka' });
    vendorB = await harness.seedVendor({ district: 'Chattogram' });
    phone = await harness.seedVariant(vendorA, { pricePoisha: 125_000, stock: 1_000, weightGrams: 400 });
    cover = await harness.seedVariant(vendorB, { pricePoisha: 45_000, stock: 1_000, weightGrams: 100 });
  });
  afterAll(() => harness.stop());

  const counts = async (...tables: string[]) => {
    const result: number[] = [];
    for (const table of tables)
      result.push(Number((await harness.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n));
    return result;
  };

  it('splits the cart into one package per vendor with its delivery charge, in one transaction with its event', async () => {
    const shopper = { actorId: randomUUID() };
    const cartId = await harness.cartWith(
      [
        { variantId: phone.variantId, quantity: 2 },
        { variantId: cover.variantId, quantity: 1 },
      ],
      shopper,
    );
    const quote = await harness.call('POST', `/carts/${cartId}/delivery-quote`, {
      as: shopper,
      body: { destinationDistrict: 'dhaka', paymentMethod: 'cod' },
    });
    expect(quote.status).toBe(200);
    // Same city ৳70, Chattogram → Dhaka ৳120, each + 1% of the package's items (COD).
    expect(quote.body).toMatchObject({
      destinationDistrict: 'Dhaka',
      itemsTotalPoisha: 295_000,
      deliveryTotalPoisha: 7_000 + 2_500 + 12_000 + 450,
      packages: [
        { vendorId: vendorA, originDistrict: 'Dhaka', deliveryChargePoisha: 9_500, weightGrams: 800 },
        { vendorId: vendorB, originDistrict: 'Chattogram', deliveryChargePoisha: 12_450 },
      ],
    });

    const response = await harness.placeOrder(cartId, randomUUID(), {
      as: shopper,
      body: { expectedTotalPoisha: quote.body.totalPoisha },
    });
    expect(response.status).toBe(201);
    const order = response.body;
    expect(order).toMatchObject({
      status: 'pending_payment',
      shopperId: shopper.actorId,
      phone: '+8801712345678',
      paymentMethod: 'cod',
      itemsTotalPoisha: 295_000,
      deliveryTotalPoisha: 21_950,
      totalPoisha: 316_950,
      address: { ...DHAKA_ADDRESS, phone: '+8801712345678' },
      cancellation: null,
    });
    expect(order.orderNumber).toMatch(/^GI-\d{8}-[2-9A-Z]{6}$/);
    const byVendor = Object.fromEntries(order.packages.map((p: any) => [p.vendorId, p]));
    expect(byVendor[vendorA]).toMatchObject({
      status: 'pending',
      subtotalPoisha: 250_000,
      deliveryChargePoisha: 9_500,
      totalPoisha: 259_500,
      codAmountPoisha: 259_500,
      lines: [
        { variantId: phone.variantId, quantity: 2, unitPricePoisha: 125_000, categorySlug: 'smartphones' },
      ],
    });
    expect(byVendor[vendorB]).toMatchObject({ totalPoisha: 57_450, lines: [{ variantId: cover.variantId }] });

    const events = await harness.orderEvents(order.id);
    expect(events.map((e) => e.type)).toEqual(['order.placed.v1']);
    expect(events[0]!.data).toMatchObject({
      orderId: order.id,
      totalPoisha: 316_950,
      destinationDistrict: 'Dhaka',
    });
    expect(events[0]!.data.packages).toHaveLength(2);
    expect(await harness.sagaOf(order.id)).toMatchObject({ status: 'running', step: 'reserve_stock' });
    const cart = await harness.call('GET', `/carts/${cartId}`, { as: shopper });
    expect(cart.body).toMatchObject({ status: 'checked_out', orderId: order.id });
  });

  it('answers 400 problem+json naming every bad field, and writes nothing', async () => {
    const cartId = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    const before = await counts('orders', 'outbox', 'idempotency_keys');
    const response = await harness.call('POST', '/orders', {
      body: {
        cartId,
        paymentMethod: 'cash',
        address: {
          name: '',
          phone: '12345',
          division: 'Dhaka',
          district: 'Sylhet',
          area: 'Zindabazar',
          postcode: '31',
          street: 'Road 1',
        },
        extra: true,
      },
    });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    const fields = response.body.errors.map((e: any) => e.field).sort();
    expect(fields).toEqual(
      expect.arrayContaining([
        'headers.idempotency-key',
        'paymentMethod',
        'address.name',
        'address.phone',
        'address.postcode',
        'extra',
      ]),
    );
    // A district in the wrong division is named too, once the address is otherwise well-formed.
    const wrongDivision = await harness.placeOrder(cartId, randomUUID(), {
      body: { address: { ...DHAKA_ADDRESS, district: 'Sylhet' } },
    });
    expect(wrongDivision.status).toBe(400);
    expect(wrongDivision.body.errors).toEqual([
      { field: 'address.district', reason: 'is in Sylhet division, not Dhaka' },
    ]);
    const longKey = await harness.placeOrder(cartId, 'k'.repeat(65));
    expect(longKey.body.errors).toEqual([
      { field: 'headers.idempotency-key', reason: 'must be 1 to 64 visible ASCII characters' },
    ]);
    const bkash = await harness.placeOrder(cartId, randomUUID(), { body: { paymentMethod: 'bkash' } });
    expect(bkash.status).toBe(400);
    expect(bkash.body.errors).toEqual([{ field: 'paymentMethod', reason: 'is not accepted yet; use cod' }]);
    expect(await counts('orders', 'outbox', 'idempotency_keys')).toEqual(before);
  });

  it('the same key returns the same order (200), sequentially', async () => {
    const cartId = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    const key = randomUUID();
    const first = await harness.placeOrder(cartId, key);
    const second = await harness.placeOrder(cartId, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(await harness.query('SELECT id FROM orders WHERE cart_id = $1', [cartId])).toHaveLength(1);
    // The key belongs to that cart: using it for another cart is refused.
    const other = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    const reused = await harness.placeOrder(other, key);
    expect(reused.status).toBe(409);
    expect(reused.body.reason).toBe('idempotency_key_reused');
    // A second key for a checked-out cart is refused too.
    const again = await harness.placeOrder(cartId, randomUUID());
    expect(again.status).toBe(409);
    expect(again.body.reason).toBe('cart_closed');
  });

  it('10 concurrent requests with the same key place exactly one order', async () => {
    const shopper = { actorId: randomUUID() };
    const cartId = await harness.cartWith([{ variantId: cover.variantId, quantity: 1 }], shopper);
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => harness.placeOrder(cartId, key, { as: shopper })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    const orders = await harness.query('SELECT id FROM orders WHERE cart_id = $1', [cartId]);
    expect(orders).toHaveLength(1);
    const placed = await harness.query(`SELECT 1 FROM outbox WHERE key = $1 AND type = 'order.placed.v1'`, [
      orders[0].id,
    ]);
    expect(placed).toHaveLength(1);
  });

  it('a changed price is shown, not charged: 409 price_changed, then the re-submitted order goes through', async () => {
    const lamp = await harness.seedVariant(vendorA, { pricePoisha: 80_000, stock: 50, title: 'Desk lamp' });
    const cartId = await harness.cartWith([
      { variantId: phone.variantId, quantity: 1 },
      { variantId: lamp.variantId, quantity: 2 },
    ]);
    await harness.changePrice(lamp, 85_000);
    const key = randomUUID();
    const refused = await harness.placeOrder(cartId, key);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'CONFLICT',
      reason: 'price_changed',
      changes: [
        {
          line: 1,
          variantId: lamp.variantId,
          wasPoisha: 80_000,
          nowPoisha: 85_000,
          lineDeltaPoisha: 10_000,
        },
      ],
      errors: [{ field: 'lines.1.unitPricePoisha', reason: 'was 80000 poisha, now 85000' }],
    });
    expect(await harness.query('SELECT 1 FROM orders WHERE cart_id = $1', [cartId])).toHaveLength(0);
    // The shopper has now seen the new price: the cart says so, and the same request goes through.
    const cart = await harness.call('GET', `/carts/${cartId}`);
    expect(cart.body.priceChanged).toBe(false);
    const placed = await harness.placeOrder(cartId, key);
    expect(placed.status).toBe(201);
    expect(placed.body.itemsTotalPoisha).toBe(125_000 + 2 * 85_000);
  });

  it('refuses a stale expected total with 409 and writes nothing', async () => {
    const cartId = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    const response = await harness.placeOrder(cartId, randomUUID(), { body: { expectedTotalPoisha: 1 } });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ reason: 'total_changed', expectedTotalPoisha: 1 });
    expect(await harness.query('SELECT 1 FROM orders WHERE cart_id = $1', [cartId])).toHaveLength(0);
  });

  it('stock that ran out since the cart was filled: 409 naming each short line, nothing written', async () => {
    const kettle = await harness.seedVariant(vendorB, { pricePoisha: 150_000, stock: 5, title: 'Kettle' });
    const fan = await harness.seedVariant(vendorA, { pricePoisha: 350_000, stock: 5, title: 'Fan' });
    const cartId = await harness.cartWith([
      { variantId: phone.variantId, quantity: 1 },
      { variantId: kettle.variantId, quantity: 3 },
      { variantId: fan.variantId, quantity: 2 },
    ]);
    await harness.setStock(vendorB, kettle.variantId, 1, true);
    await harness.setStock(vendorA, fan.variantId, 0, true);
    const before = await counts('orders', 'outbox');
    const response = await harness.placeOrder(cartId, randomUUID());
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      reason: 'out_of_stock',
      errors: [
        { field: 'lines.1.quantity', reason: 'only 1 left' },
        { field: 'lines.2.quantity', reason: 'only 0 left' },
      ],
      shortages: [
        { variantId: kettle.variantId, requested: 3, available: 1 },
        { variantId: fan.variantId, requested: 2, available: 0 },
      ],
    });
    expect(await counts('orders', 'outbox')).toEqual(before);
  });

  it('answers 503 when delivery cannot be priced, and writes nothing', async () => {
    const cartId = await harness.cartWith([{ variantId: phone.variantId, quantity: 1 }]);
    harness.shipping.down = true;
    try {
      const response = await harness.placeOrder(cartId, randomUUID());
      expect(response.status).toBe(503);
      expect(await harness.query('SELECT 1 FROM orders WHERE cart_id = $1', [cartId])).toHaveLength(0);
    } finally {
      harness.shipping.down = false;
    }
  });
});
