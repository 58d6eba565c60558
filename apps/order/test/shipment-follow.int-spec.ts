import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { Caller, OrderHarness, TwoVendorShop } from './order.harness';

jest.setTimeout(120_000);

/** Shipping's courier reports move the packages: handed over at the first courier step, delivered or returned. */
describe('packages follow their shipments', () => {
  const harness = new OrderHarness();
  let shop: TwoVendorShop;
  let vendorA: string;
  let vendorB: string;
  const staffA = (): Caller => ({ roles: ['vendor:staff'], vendorId: vendorA });
  const staffB = (): Caller => ({ roles: ['vendor:staff'], vendorId: vendorB });

  beforeAll(async () => {
    await harness.start('order_shipments');
    shop = await harness.seedTwoVendorShop();
    ({ vendorA, vendorB } = shop);
  });
  afterAll(() => harness.stop());

  const confirmedOrder = (as?: Caller, address?: Record<string, string>) =>
    harness.confirmedOrder(shop, as, address);

  const packageOf = (order: any, vendorId: string) =>
    order.packages.find((p: any) => p.vendorId === vendorId);
  const pack = (vendorId: string, packageId: string, as: Caller) =>
    harness.call('POST', `/vendors/${vendorId}/packages/${packageId}/transitions`, {
      body: { action: 'pack' },
      as,
    });
  const shipment = (order: any, pkg: any, from: string, to: string) =>
    harness.publish(
      'shipping.shipment-status-changed.v1',
      {
        shipmentId: randomUUID(),
        orderId: order.id,
        packageId: pkg.id,
        vendorId: pkg.vendorId,
        courier: 'pathao',
        consignmentId: 'DL0712268ABCDE',
        from: from as never,
        to: to as never,
        attempt: 0,
        codAmountPoisha: pkg.totalPoisha,
        courierStatus: `order.${to}`,
        changedAt: new Date().toISOString(),
      },
      pkg.id,
    );
  const statusOf = async (orderId: string, packageId: string) =>
    (await harness.call('GET', `/orders/${orderId}`)).body.packages.find((p: any) => p.id === packageId)
      .status;

  it('hands over at pickup, delivers on delivered and returns on returned; the order then completes', async () => {
    const order = await confirmedOrder();
    const a = packageOf(order, vendorA);
    const b = packageOf(order, vendorB);
    await pack(vendorA, a.id, staffA());
    await pack(vendorB, b.id, staffB());

    await shipment(order, a, 'booked', 'picked');
    await waitFor(
      'A handed to the courier',
      async () => (await statusOf(order.id, a.id)) === 'handed_to_courier',
    );
    await shipment(order, a, 'out_for_delivery', 'delivered');
    await shipment(order, b, 'returning', 'returned');
    await waitFor('the order completed', async () => {
      const view = (await harness.call('GET', `/orders/${order.id}`)).body;
      return view.status === 'completed' ? view : undefined;
    });
    const events = await harness.orderEvents(order.id);
    expect(
      events
        .filter((e) => e.type === 'order.package-status-changed.v1' && e.data.from !== 'confirmed')
        .map((e) => [e.data.packageId === a.id ? 'A' : 'B', e.data.from, e.data.to]),
    ).toEqual([
      ['A', 'packed', 'handed_to_courier'],
      ['A', 'handed_to_courier', 'delivered'],
      ['B', 'packed', 'handed_to_courier'],
      ['B', 'handed_to_courier', 'returned'],
    ]);

    // A late or repeated report changes nothing (looked at once it was consumed, not after a guessed pause).
    const late = await shipment(order, a, 'booked', 'picked');
    await waitFor('the late report consumed', async () => {
      const [row] = await harness.query(
        `SELECT count(*)::int AS n FROM inbox WHERE consumer_group = 'order.shipments' AND event_id = $1::uuid`,
        [late],
      );
      return row.n === 1;
    });
    expect(await statusOf(order.id, a.id)).toBe('delivered');
  });

  it('records the return the vendor confirmed on the package, once, without moving its status', async () => {
    const order = await confirmedOrder();
    const a = packageOf(order, vendorA);
    await pack(vendorA, a.id, staffA());
    await shipment(order, a, 'booked', 'picked');
    await shipment(order, a, 'out_for_delivery', 'partially_delivered');
    await waitFor('A delivered', async () => (await statusOf(order.id, a.id)) === 'delivered');
    const line = a.lines[0];
    const receipt = (quantity: number) => ({
      receiptId: randomUUID(),
      shipmentId: randomUUID(),
      orderId: order.id,
      packageId: a.id,
      vendorId: vendorA,
      courier: 'pathao' as const,
      consignmentId: 'DL0712268ABCDE',
      shipmentStatus: 'partially_delivered' as const,
      items: [
        { lineId: line.id, variantId: line.variantId, quantity, unitPricePoisha: line.unitPricePoisha },
      ],
      returnedGoodsPoisha: quantity * line.unitPricePoisha,
      codAmountPoisha: a.totalPoisha,
      receivedBy: randomUUID(),
      receivedAt: new Date().toISOString(),
    });
    const consumed = async (eventId: string) =>
      waitFor('the receipt consumed', async () => {
        const [row] = await harness.query(
          `SELECT count(*)::int AS n FROM inbox WHERE consumer_group = 'order.shipments' AND event_id = $1::uuid`,
          [eventId],
        );
        return row.n === 1;
      });
    const first = receipt(1);
    await consumed(await harness.publish('shipping.return-received.v1', first, a.id));
    const returned = async () =>
      (await harness.call('GET', `/orders/${order.id}`)).body.packages.find((p: any) => p.id === a.id)
        .returned;
    expect(await returned()).toEqual({
      receivedAt: new Date(first.receivedAt).toISOString(),
      returnedGoodsPoisha: line.unitPricePoisha,
      items: [{ lineId: line.id, quantity: 1 }],
    });
    await consumed(await harness.publish('shipping.return-received.v1', receipt(2), a.id));
    expect((await returned()).items).toEqual([{ lineId: line.id, quantity: 1 }]);
    expect(await statusOf(order.id, a.id)).toBe('delivered');
    const queue = await harness.call('GET', `/vendors/${vendorA}/packages`, { as: staffA() });
    expect(queue.body.items.find((p: any) => p.id === a.id).returned).toMatchObject({
      items: [{ lineId: line.id, quantity: 1 }],
    });
  });
});
