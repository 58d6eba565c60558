import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { CheckoutFixture, send, StockedVendor } from './checkout.fixture';

jest.setTimeout(240_000);

const ADDRESS = {
  name: 'Rahima Akter',
  phone: '01712345678',
  division: 'Dhaka',
  district: 'Dhaka',
  area: 'Dhanmondi',
  postcode: '1209',
  street: 'House 12, Road 5',
};

/**
 * A shopper's checkout across two vendors, through the gateway, with the real saga over Kafka: order, inventory,
 * payment (cash on delivery) and shipping as separate processes on their own databases.
 */
describe('checkout across vendors with cash on delivery', () => {
  const f = new CheckoutFixture();
  let tant: StockedVendor;
  let gadget: StockedVendor;

  beforeAll(async () => {
    await f.start();
    tant = await f.stockedVendor(
      { name: 'Tangail Tant Ghar', slug: `tant-${randomUUID().slice(0, 6)}` },
      3,
      10,
    );
    gadget = await f.stockedVendor({ name: 'Gadget Bari', slug: `gadget-${randomUUID().slice(0, 6)}` }, 2, 5);
  });
  afterAll(() => f.stop());

  async function cartWith(lines: [string, number][], headers: Record<string, string> = {}): Promise<string> {
    const cart = await send('POST', f.api('/carts'), {}, headers);
    expect([200, 201]).toContain(cart.status);
    for (const [variantId, quantity] of lines) {
      const line = await send(
        'PUT',
        f.api(`/carts/${cart.body.id}/lines/${variantId}`),
        { quantity },
        headers,
      );
      expect({ status: line.status, problem: line.status === 200 ? undefined : line.body }).toEqual({
        status: 200,
        problem: undefined,
      });
    }
    return cart.body.id;
  }

  const place = (cartId: string, key: string, headers: Record<string, string> = {}) =>
    send(
      'POST',
      f.api('/orders'),
      { cartId, address: ADDRESS, paymentMethod: 'cod' },
      {
        'idempotency-key': key,
        ...headers,
      },
    );

  async function settled(orderId: string, headers: Record<string, string> = {}): Promise<any> {
    return waitFor(
      `order ${orderId} to leave pending_payment`,
      async () => {
        const order = await send('GET', f.api(`/orders/${orderId}`), undefined, headers);
        return order.body?.status === 'pending_payment' ? undefined : order.body;
      },
      { timeoutMs: 60_000, intervalMs: 50 },
    );
  }

  it('confirms a two-vendor order; each vendor sees only its package; stock leaves the shelf exactly once', async () => {
    const shopperId = randomUUID();
    const shopper = f.shopper(shopperId);
    const a = tant.variants[0]!;
    const b = gadget.variants[0]!;
    const cartId = await cartWith(
      [
        [a.variantId, 2],
        [b.variantId, 1],
      ],
      shopper,
    );

    const quote = await send(
      'POST',
      f.api(`/carts/${cartId}/delivery-quote`),
      {
        destinationDistrict: 'Dhaka',
        paymentMethod: 'cod',
      },
      shopper,
    );
    expect(quote.status).toBe(200);
    expect(quote.body.packages.map((p: any) => p.vendorId).sort()).toEqual(
      [tant.vendorId, gadget.vendorId].sort(),
    );
    expect(quote.body.packages.every((p: any) => p.deliveryChargePoisha > 0)).toBe(true);

    const placed = await place(cartId, randomUUID(), shopper);
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({ status: 'pending_payment', paymentMethod: 'cod' });
    const order = await settled(placed.body.id, shopper);
    expect(order.status).toBe('confirmed');
    expect(order.packages).toHaveLength(2);
    expect(order.packages.every((p: any) => p.status === 'confirmed')).toBe(true);
    const chargeOf = (vendorId: string) =>
      quote.body.packages.find((p: any) => p.vendorId === vendorId).deliveryChargePoisha;
    for (const pkg of order.packages) expect(pkg.deliveryChargePoisha).toBe(chargeOf(pkg.vendorId));
    expect(order.totalPoisha).toBe(
      2 * a.pricePoisha + b.pricePoisha + chargeOf(tant.vendorId) + chargeOf(gadget.vendorId),
    );

    // each vendor's queue holds its own package only
    for (const [vendor, variant, quantity] of [
      [tant, a, 2],
      [gadget, b, 1],
    ] as const) {
      const queue = await send(
        'GET',
        f.api(`/vendors/${vendor.vendorId}/packages?status=confirmed`),
        undefined,
        f.owner(vendor.vendorId),
      );
      expect(queue.status).toBe(200);
      const mine = queue.body.items.filter((p: any) => p.orderId === order.id);
      expect(mine).toHaveLength(1);
      expect(mine[0].lines.map((l: any) => [l.variantId, l.quantity])).toEqual([
        [variant.variantId, quantity],
      ]);
      expect(queue.body.items.every((p: any) => p.vendorId === vendor.vendorId)).toBe(true);
    }
    const other = await send(
      'GET',
      f.api(`/vendors/${gadget.vendorId}/packages`),
      undefined,
      f.owner(tant.vendorId),
    );
    expect(other.status).toBe(403);

    // the reservation was committed: on hand went down once, nothing stays reserved
    await waitFor(
      'inventory to commit the reservation',
      async () => (await f.stock(a.variantId)).onHand === 8,
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
    expect(await f.stock(a.variantId)).toEqual({ onHand: 8, reserved: 0 });
    expect(await f.stock(b.variantId)).toEqual({ onHand: 4, reserved: 0 });

    // cash on delivery: authorized for the whole order, collected per package later
    const payments = await send('GET', f.api(`/payments?orderId=${order.id}`), undefined, f.admin());
    expect(payments.status).toBe(200);
    expect(payments.body.items).toHaveLength(1);
    expect(payments.body.items[0]).toMatchObject({
      method: 'cod',
      status: 'authorized',
      amountPoisha: order.totalPoisha,
    });

    const mine = await send('GET', f.api('/me/orders'), undefined, shopper);
    expect(mine.body.items.map((o: any) => [o.id, o.status])).toEqual([[order.id, 'confirmed']]);
  });

  it('returns the same order for the same idempotency key, sequentially and from 10 concurrent requests', async () => {
    const key = randomUUID();
    const cartId = await cartWith([[tant.variants[1]!.variantId, 1]]);
    const first = await place(cartId, key);
    expect(first.status).toBe(201);
    const again = await place(cartId, key);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const racing = await cartWith([[gadget.variants[1]!.variantId, 1]]);
    const raceKey = randomUUID();
    const answers = await Promise.all(Array.from({ length: 10 }, () => place(racing, raceKey)));
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect((await settled(answers[0]!.body.id)).status).toBe('confirmed');
    const search = await send(
      'GET',
      f.api(`/admin/orders?vendorId=${gadget.vendorId}`),
      undefined,
      f.admin(),
    );
    expect(search.body.items.filter((o: any) => o.id === answers[0]!.body.id)).toHaveLength(1);
    // inventory commits the reservation when it hears order.confirmed.v1: wait for that, then count once
    const stock = await waitFor(
      'the reservation to be committed',
      async () => {
        const now = await f.stock(gadget.variants[1]!.variantId);
        return now.reserved === 0 ? now : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(stock).toEqual({ onHand: 4, reserved: 0 });
  });

  it('stock that ran out between cart and checkout: a clear error for that line, nothing held for the others', async () => {
    const scarce = tant.variants[2]!;
    const plenty = gadget.variants[0]!;
    // the read model knows what is left: the order service refuses the line before anything is written
    const cartId = await cartWith([
      [scarce.variantId, 3],
      [plenty.variantId, 1],
    ]);
    await f.count(tant.vendorId, tant.warehouseId, scarce.variantId, 2);
    const refused = await place(cartId, randomUUID());
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([{ field: 'lines.0.quantity', reason: 'only 2 left' }]);

    // two shoppers race for the last two units: the read model lets both through, inventory decides
    const before = await f.stock(plenty.variantId);
    const carts = await Promise.all([
      cartWith([
        [scarce.variantId, 2],
        [plenty.variantId, 1],
      ]),
      cartWith([
        [scarce.variantId, 2],
        [plenty.variantId, 1],
      ]),
    ]);
    const placed = await Promise.all(carts.map((cartId) => place(cartId, randomUUID())));
    expect(placed.map((p) => p.status)).toEqual([201, 201]);
    const outcomes = await Promise.all(placed.map((p) => settled(p.body.id)));
    const confirmed = outcomes.filter((o) => o.status === 'confirmed');
    const cancelled = outcomes.filter((o) => o.status === 'cancelled');
    expect(confirmed).toHaveLength(1);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].cancellation).toMatchObject({
      reason: 'stock_unavailable',
      failedStep: 'reserve_stock',
      shortages: [{ variantId: scarce.variantId, requested: 2, available: 0 }],
    });
    // the loser held nothing of the line that was in stock: only the winner's unit left the shelf
    await waitFor(
      'the winner’s reservation to be committed',
      async () => (await f.stock(scarce.variantId)).onHand === 0,
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
    expect(await f.stock(plenty.variantId)).toEqual({ onHand: before.onHand - 1, reserved: 0 });
  });

  it('survives SIGKILL of the order service mid-saga: every order ends confirmed, stock consistent', async () => {
    const variant = tant.variants[1]!;
    const start = await f.stock(variant.variantId);
    // payment is stopped: the sagas reserve stock and then wait at the payment step
    await f.services.payment.stop();
    const orders = [] as string[];
    for (let i = 0; i < 5; i++) {
      const placed = await place(await cartWith([[variant.variantId, 1]]), randomUUID());
      expect(placed.status).toBe(201);
      orders.push(placed.body.id);
    }
    await waitFor('all five reservations', async () => (await f.stock(variant.variantId)).reserved === 5, {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
    await f.restart('order', 'SIGKILL');
    await f.restart('payment');
    const outcomes = await Promise.all(orders.map((id) => settled(id)));
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('confirmed'));
    await waitFor(
      'every reservation committed',
      async () => (await f.stock(variant.variantId)).reserved === 0,
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
    expect(await f.stock(variant.variantId)).toEqual({ onHand: start.onHand - 5, reserved: 0 });
    const active = await f.query(
      'inventory',
      "SELECT count(*)::int AS n FROM reservations WHERE status = 'active'",
    );
    expect(active[0]).toEqual({ n: 0 });
  });
});
