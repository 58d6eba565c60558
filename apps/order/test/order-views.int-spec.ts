import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { Caller, OrderHarness, TwoVendorShop } from './order.harness';

jest.setTimeout(120_000);

/** After confirmation: shoppers' and admins' views, vendors' package queues and moves, shopper cancellation. */
describe('order views and the package flow', () => {
  const harness = new OrderHarness();
  let shop: TwoVendorShop;
  let vendorA: string;
  let vendorB: string;
  let phone: { variantId: string };
  const staffA = (): Caller => ({ roles: ['vendor:staff'], vendorId: vendorA });
  const staffB = (): Caller => ({ roles: ['vendor:staff'], vendorId: vendorB });
  const ops: Caller = { roles: ['admin:operations'] };

  beforeAll(async () => {
    await harness.start('order_views');
    shop = await harness.seedTwoVendorShop();
    ({ vendorA, vendorB, phone } = shop);
  });
  afterAll(() => harness.stop());

  const confirmedOrder = (as?: Caller, address?: Record<string, string>) =>
    harness.confirmedOrder(shop, as, address);

  const packageOf = (order: any, vendorId: string) =>
    order.packages.find((p: any) => p.vendorId === vendorId);
  const move = (vendorId: string, packageId: string, action: string, as: Caller) =>
    harness.call('POST', `/vendors/${vendorId}/packages/${packageId}/transitions`, { body: { action }, as });

  it('a shopper sees their order with each package’s status; nobody else does', async () => {
    const shopper = { actorId: randomUUID() };
    const order = await confirmedOrder(shopper);
    const view = await harness.call('GET', `/orders/${order.id}`, { as: shopper });
    expect(view.status).toBe(200);
    expect(view.body.packages.map((p: any) => [p.vendorId, p.status]).sort()).toEqual(
      [
        [vendorA, 'confirmed'],
        [vendorB, 'confirmed'],
      ].sort(),
    );
    expect((await harness.call('GET', `/orders/${order.id}`)).status).toBe(404);
    expect((await harness.call('GET', `/orders/${order.id}`, { as: { actorId: randomUUID() } })).status).toBe(
      404,
    );
    expect((await harness.call('GET', `/orders/${order.id}`, { as: ops })).status).toBe(200);
    // A guest order is reachable by its id alone.
    const guest = await confirmedOrder();
    expect((await harness.call('GET', `/orders/${guest.id}`)).status).toBe(200);
  });

  it('lists a shopper’s orders newest first, page by page', async () => {
    const shopper = { actorId: randomUUID() };
    const first = await confirmedOrder(shopper);
    const second = await confirmedOrder(shopper);
    const third = await confirmedOrder(shopper);
    const page1 = await harness.call('GET', '/me/orders?limit=2', { as: shopper });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((o: any) => o.id)).toEqual([third.id, second.id]);
    expect(page1.body.items[0].packages).toHaveLength(2);
    const page2 = await harness.call('GET', `/me/orders?limit=2&cursor=${page1.body.nextCursor}`, {
      as: shopper,
    });
    expect(page2.body).toEqual({ items: [expect.objectContaining({ id: first.id })], nextCursor: null });
    expect((await harness.call('GET', '/me/orders')).status).toBe(401);
    expect((await harness.call('GET', '/me/orders?cursor=nonsense', { as: shopper })).status).toBe(400);
  });

  it('a vendor sees only its own packages, with lines and delivery address, and moves only its own', async () => {
    const order = await confirmedOrder();
    const mine = packageOf(order, vendorA);
    const queue = await harness.call('GET', `/vendors/${vendorA}/packages?status=confirmed&limit=100`, {
      as: staffA(),
    });
    expect(queue.status).toBe(200);
    const listed = queue.body.items.find((p: any) => p.id === mine.id);
    expect(listed).toMatchObject({
      orderId: order.id,
      vendorId: vendorA,
      status: 'confirmed',
      deliveryAddress: { district: 'Dhaka', phone: '+8801712345678' },
      lines: [{ variantId: phone.variantId, quantity: 1 }],
    });
    expect(queue.body.items.every((p: any) => p.vendorId === vendorA)).toBe(true);
    expect((await harness.call('GET', `/vendors/${vendorA}/packages`, { as: staffB() })).status).toBe(403);
    // Vendor B cannot touch A's package, not even by naming its own vendor in the path.
    expect((await move(vendorA, mine.id, 'pack', staffB())).status).toBe(403);
    expect((await move(vendorB, mine.id, 'pack', staffB())).status).toBe(404);

    const packed = await move(vendorA, mine.id, 'pack', staffA());
    expect(packed.status).toBe(200);
    expect(packed.body.status).toBe('packed');
    const skipped = await move(vendorA, mine.id, 'deliver', staffA());
    expect(skipped.status).toBe(403); // couriers report deliveries, not vendors
    const handed = await move(vendorA, mine.id, 'hand_to_courier', staffA());
    expect(handed.body.status).toBe('handed_to_courier');
    const again = await move(vendorA, mine.id, 'pack', staffA());
    expect(again.status).toBe(409);

    const events = await harness.orderEvents(order.id);
    expect(
      events.filter((e) => e.type === 'order.package-status-changed.v1').map((e) => [e.data.from, e.data.to]),
    ).toEqual([
      ['confirmed', 'packed'],
      ['packed', 'handed_to_courier'],
    ]);
  });

  it('completes the order once every package ended and one was delivered', async () => {
    const order = await confirmedOrder();
    const a = packageOf(order, vendorA);
    const b = packageOf(order, vendorB);
    await move(vendorA, a.id, 'pack', staffA());
    await move(vendorA, a.id, 'hand_to_courier', staffA());
    expect((await move(vendorA, a.id, 'deliver', ops)).body.status).toBe('delivered'); // recorded for the courier
    await move(vendorB, b.id, 'pack', staffB());
    await move(vendorB, b.id, 'hand_to_courier', staffB());
    expect((await harness.call('GET', `/orders/${order.id}`)).body.status).toBe('confirmed');
    await move(vendorB, b.id, 'return', ops);
    const done = await harness.call('GET', `/orders/${order.id}`);
    expect(done.body.status).toBe('completed');
    expect(done.body.completedAt).not.toBeNull();
  });

  it('a shopper cancels before handover: every package cancelled, then the order, with the events', async () => {
    const shopper = { actorId: randomUUID() };
    const order = await confirmedOrder(shopper);
    await move(vendorA, packageOf(order, vendorA).id, 'pack', staffA());
    const someoneElse = await harness.call('POST', `/orders/${order.id}/cancel`, {
      body: {},
      as: { actorId: randomUUID() },
    });
    expect(someoneElse.status).toBe(404);
    const cancelled = await harness.call('POST', `/orders/${order.id}/cancel`, {
      body: { reason: 'Ordered the wrong colour' },
      as: shopper,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'shopper_requested', by: 'shopper', note: 'Ordered the wrong colour' },
    });
    expect(cancelled.body.packages.map((p: any) => p.status)).toEqual(['cancelled', 'cancelled']);
    const events = await harness.orderEvents(order.id);
    const changes = events.filter((e) => e.type === 'order.package-status-changed.v1').map((e) => e.data);
    expect(changes.map((c) => `${c.from}->${c.to}`).sort()).toEqual([
      'confirmed->cancelled',
      'confirmed->packed',
      'packed->cancelled',
    ]);
    const event = events.find((e) => e.type === 'order.cancelled.v1')!.data;
    expect(event).toMatchObject({ reason: 'shopper_requested', reservationId: expect.any(String) });
    expect(event.paymentId).toEqual(expect.any(String));
  });

  it('refuses a shopper’s cancel once a package was handed to a courier', async () => {
    const shopper = { actorId: randomUUID() };
    const order = await confirmedOrder(shopper);
    const a = packageOf(order, vendorA);
    await move(vendorA, a.id, 'pack', staffA());
    await move(vendorA, a.id, 'hand_to_courier', staffA());
    const refused = await harness.call('POST', `/orders/${order.id}/cancel`, { body: {}, as: shopper });
    expect(refused.status).toBe(409);
    expect((await harness.call('GET', `/orders/${order.id}`, { as: shopper })).body.status).toBe('confirmed');
  });

  it('admins search every order by number or phone, status, vendor and time', async () => {
    const order = await confirmedOrder(undefined, {
      name: 'Rahim Uddin',
      phone: '+880 1812-345678',
      division: 'Khulna',
      district: 'Jessore',
      area: 'Monihar',
      postcode: '7400',
      street: 'Road 3',
    });
    const byNumber = await harness.call('GET', `/admin/orders?q=${order.orderNumber.toLowerCase()}`, {
      as: ops,
    });
    expect(byNumber.status).toBe(200);
    expect(byNumber.body.items.map((o: any) => o.id)).toEqual([order.id]);
    const byPhone = await harness.call('GET', '/admin/orders?q=01812345678', { as: ops });
    expect(byPhone.body.items.map((o: any) => o.id)).toEqual([order.id]);
    expect(byPhone.body.items[0]).toMatchObject({ phone: '+8801812345678', status: 'confirmed' });
    const filtered = await harness.call(
      'GET',
      `/admin/orders?vendorId=${vendorB}&status=confirmed&from=${new Date(Date.now() - 60_000).toISOString()}&limit=100`,
      { as: ops },
    );
    expect(filtered.body.items.map((o: any) => o.id)).toContain(order.id);
    const none = await harness.call('GET', `/admin/orders?status=completed&q=${order.orderNumber}`, {
      as: ops,
    });
    expect(none.body.items).toEqual([]);
    expect((await harness.call('GET', '/admin/orders', { as: { roles: ['shopper'] } })).status).toBe(403);
    expect((await harness.call('GET', '/admin/orders')).status).toBe(401);
    // The order kept the address as given, in today's spelling.
    expect((await harness.call('GET', `/orders/${order.id}`)).body.address).toMatchObject({
      district: 'Jashore',
      phone: '+8801812345678',
    });
  });

  it('links guest orders to the account that verifies their phone', async () => {
    const phoneNumber = '01912345678';
    const order = await confirmedOrder(undefined, {
      name: 'Guest',
      phone: phoneNumber,
      division: 'Dhaka',
      district: 'Dhaka',
      area: 'Mirpur',
      postcode: '1216',
      street: 'Road 9',
    });
    const userId = randomUUID();
    await harness.publish(
      'auth.phone-verified.v1',
      { userId, phone: '+8801912345678', verifiedAt: new Date().toISOString() },
      userId,
      'auth',
    );
    await waitFor(
      'the guest order to be linked',
      async () => {
        const [row] = await harness.query('SELECT shopper_id FROM orders WHERE id = $1', [order.id]);
        return row.shopper_id === userId;
      },
      { timeoutMs: 30_000 },
    );
    const mine = await harness.call('GET', '/me/orders', { as: { actorId: userId } });
    expect(mine.body.items.map((o: any) => o.id)).toEqual([order.id]);
  });
});
