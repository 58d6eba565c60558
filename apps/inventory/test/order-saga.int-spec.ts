import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  createEnvelope,
  EventEnvelope,
  EventPayload,
  EventType,
  parseEnvelope,
  topicOf,
} from '@getit/contracts';
import { IncomingMessage, KafkaTransport, Subscription } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, infraEnv, TestDatabase, waitFor } from '@getit/testing';
import { startInventory } from '../src/inventory.host';
import { InventoryHttp } from './inventory-http';

jest.setTimeout(120_000);

type Placed = EventPayload<'order.placed.v1'>;

/**
 * Inventory in the checkout saga over a real Kafka: the order service's events in on `order.orders`, answers out
 * on `inventory.reservations`, stock read back from the database.
 */
describe('inventory in the checkout saga (Kafka)', () => {
  const prefix = `invit${randomUUID().slice(0, 8)}.`;
  const bus = new KafkaTransport({
    brokers: infraEnv().kafkaBrokers,
    clientId: 'inventory-it',
    topicPrefix: prefix,
  });
  const received: IncomingMessage[] = [];
  let db: TestDatabase;
  let service: RunningService;
  let sql: Client;
  let http: InventoryHttp;
  let subscription: Subscription;

  beforeAll(async () => {
    db = await createTestDatabase('inventory_saga');
    await bus.connect();
    service = await startInventory({
      DATABASE_URL: db.url,
      MESSAGING_TRANSPORT: 'kafka',
      KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: prefix,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
    });
    subscription = await bus.subscribe({
      groupId: `inventory-it-${randomUUID().slice(0, 8)}`,
      topics: ['inventory.reservations'],
      handler: async (message) => {
        received.push(message);
      },
    });
    http = new InventoryHttp(service.url);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await subscription?.stop();
    await sql?.end();
    await service?.stop();
    await bus.close();
    await db?.drop();
  });

  // ---- the order service's side --------------------------------------------------------------------------

  async function publish<T extends EventType>(type: T, data: EventPayload<T>, orderId: string) {
    const envelope = createEnvelope(type, data, {
      producer: 'order',
      correlationId: `it-${orderId}`,
      key: orderId,
    });
    await redeliver(envelope);
    return envelope;
  }

  async function redeliver(envelope: EventEnvelope): Promise<void> {
    await bus.publish([
      {
        topic: topicOf(envelope.type as EventType),
        key: envelope.key,
        value: JSON.stringify(envelope),
        headers: {},
      },
    ]);
  }

  const answers = (type: string, match: (data: any) => boolean) =>
    received
      .map((m) => parseEnvelope(m.value))
      .flatMap((p) =>
        p.ok && p.known && p.event.type === type && match(p.event.data)
          ? [p.event as EventEnvelope<any>]
          : [],
      );

  const answer = (type: string, orderId: string, count = 1) =>
    waitFor(
      `${count} × ${type} for order ${orderId}`,
      () => {
        const found = answers(type, (d) => d.reservationKey === orderId);
        return found.length >= count ? found[count - 1]! : undefined;
      },
      { timeoutMs: 60_000 },
    );

  const applied = (envelope: EventEnvelope) =>
    waitFor(
      `${envelope.type} to be applied`,
      async () => (await sql.query('SELECT 1 FROM inbox WHERE event_id = $1', [envelope.id])).rowCount === 1,
      { timeoutMs: 60_000 },
    );

  // ---- stock and orders --------------------------------------------------------------------------------

  /** A vendor with one warehouse holding, for each figure in `units`, that many of a fresh variant. */
  async function vendorWith(
    units: number[],
  ): Promise<{ vendorId: string; warehouseId: string; variantIds: string[] }> {
    const vendorId = randomUUID();
    const as = { vendorId, roles: ['vendor:owner'] };
    const warehouse = await http.call('POST', `/vendors/${vendorId}/warehouses`, {
      as,
      body: {
        code: 'DHK-1',
        name: 'Dhaka hub',
        address: { line1: 'Plot 5, Tejgaon I/A', district: 'Dhaka' },
      },
    });
    const variantIds: string[] = [];
    for (const [i, onHand] of units.entries()) {
      const variantId = randomUUID();
      const counted = await http.call(
        'PUT',
        `/vendors/${vendorId}/warehouses/${warehouse.body.id}/stock/${variantId}`,
        {
          as,
          body: { sku: `SKU-${i}`, onHand },
        },
      );
      expect(counted.status).toBe(200);
      variantIds.push(variantId);
    }
    return { vendorId, warehouseId: warehouse.body.id, variantIds };
  }

  function order(packages: { vendorId: string; lines: [string, number][] }[]): Placed {
    const orderId = randomUUID();
    return {
      orderId,
      orderNumber: `GI-20261121-${orderId.slice(0, 6).toUpperCase()}`,
      shopperId: randomUUID(),
      phone: '+8801712345678',
      paymentMethod: 'cod',
      currency: 'BDT',
      itemsTotalPoisha: 0,
      deliveryTotalPoisha: 0,
      totalPoisha: 0,
      destinationDistrict: 'Dhaka',
      packages: packages.map((p) => ({
        packageId: randomUUID(),
        vendorId: p.vendorId,
        subtotalPoisha: 0,
        deliveryChargePoisha: 0,
        totalPoisha: 0,
        lines: p.lines.map(([variantId, quantity], i) => ({
          lineId: randomUUID(),
          productId: randomUUID(),
          variantId,
          sku: `SKU-${i}`,
          title: 'Jamdani saree',
          quantity,
          unitPricePoisha: 0,
          lineTotalPoisha: 0,
        })),
      })),
      placedAt: new Date().toISOString(),
    };
  }

  const stock = async (variantId: string) =>
    (
      await sql.query(
        'SELECT sum(on_hand)::int AS "onHand", sum(reserved)::int AS reserved FROM stock_levels WHERE variant_id = $1',
        [variantId],
      )
    ).rows[0];

  const reservationsOf = async (orderId: string) =>
    (await sql.query('SELECT id::text, status FROM reservations WHERE reservation_key = $1', [orderId])).rows;

  async function placeAndReserve(placed: Placed): Promise<string> {
    await publish('order.placed.v1', placed, placed.orderId);
    return (await answer('inventory.stock-reserved.v1', placed.orderId)).data.reservationId;
  }

  const confirmed = (placed: Placed, reservationId: string): EventPayload<'order.confirmed.v1'> => ({
    orderId: placed.orderId,
    orderNumber: placed.orderNumber,
    reservationId,
    paymentId: randomUUID(),
    paymentMethod: 'cod',
    totalPoisha: 0,
    packages: placed.packages.map((p) => ({ packageId: p.packageId, vendorId: p.vendorId, totalPoisha: 0 })),
    confirmedAt: new Date().toISOString(),
  });

  const cancelled = (placed: Placed, reservationId: string | null): EventPayload<'order.cancelled.v1'> => ({
    orderId: placed.orderId,
    orderNumber: placed.orderNumber,
    reason: 'shopper_requested',
    reservationId,
    paymentId: null,
    cancelledAt: new Date().toISOString(),
  });

  // ---- the saga ----------------------------------------------------------------------------------------

  it('reserves every line of every package on order.placed.v1 and holds the stock', async () => {
    const a = await vendorWith([10, 10]);
    const b = await vendorWith([5]);
    const placed = order([
      {
        vendorId: a.vendorId,
        lines: [
          [a.variantIds[0]!, 2],
          [a.variantIds[1]!, 1],
          [a.variantIds[0]!, 1],
        ],
      },
      { vendorId: b.vendorId, lines: [[b.variantIds[0]!, 4]] },
    ]);
    await publish('order.placed.v1', placed, placed.orderId);
    const reserved = await answer('inventory.stock-reserved.v1', placed.orderId);
    expect(reserved).toMatchObject({ producer: 'inventory', key: reserved.data.reservationId });
    expect(
      reserved.data.lines
        .map((l: { variantId: string; vendorId: string; quantity: number }) => [l.variantId, l.quantity])
        .sort(),
    ).toEqual(
      [
        [a.variantIds[0], 3],
        [a.variantIds[1], 1],
        [b.variantIds[0], 4],
      ].sort(),
    );
    expect(await stock(a.variantIds[0]!)).toEqual({ onHand: 10, reserved: 3 });
    expect(await stock(b.variantIds[0]!)).toEqual({ onHand: 5, reserved: 4 });
    expect(await reservationsOf(placed.orderId)).toEqual([
      { id: reserved.data.reservationId, status: 'active' },
    ]);
  });

  it('answers a shortage with inventory.reservation-failed.v1 naming the variant, holding nothing', async () => {
    const a = await vendorWith([10, 3]);
    const [plenty, scarce] = a.variantIds as [string, string];
    const placed = order([
      {
        vendorId: a.vendorId,
        lines: [
          [plenty, 2],
          [scarce, 5],
        ],
      },
    ]);
    await publish('order.placed.v1', placed, placed.orderId);
    const failed = await waitFor(
      'inventory.reservation-failed.v1',
      () => answers('inventory.reservation-failed.v1', (d) => d.reservationKey === placed.orderId)[0],
      { timeoutMs: 60_000 },
    );
    expect(failed).toMatchObject({
      key: placed.orderId,
      data: {
        reservationKey: placed.orderId,
        shortages: [{ variantId: scarce, requested: 5, available: 3 }],
      },
    });
    expect(await stock(plenty)).toEqual({ onHand: 10, reserved: 0 });
    expect(await reservationsOf(placed.orderId)).toEqual([]);

    // Asked again once there is stock: the same answer, never a reservation after a refusal.
    const counted = await http.call(
      'PUT',
      `/vendors/${a.vendorId}/warehouses/${a.warehouseId}/stock/${scarce}`,
      {
        as: { vendorId: a.vendorId, roles: ['vendor:owner'] },
        body: { onHand: 50 },
      },
    );
    expect(counted.status).toBe(200);
    const again = await publish('order.placed.v1', placed, placed.orderId);
    await applied(again);
    // the answer is published by the relay after the consumer's commit: wait for it rather than race it
    const refusals = await waitFor(
      'the second inventory.reservation-failed.v1',
      () => {
        const found = answers('inventory.reservation-failed.v1', (d) => d.reservationKey === placed.orderId);
        return found.length >= 2 ? found : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(refusals).toHaveLength(2);
    expect(refusals[1]).toMatchObject({ data: refusals[0].data });
    expect(answers('inventory.stock-reserved.v1', (d) => d.reservationKey === placed.orderId)).toEqual([]);
    expect(await reservationsOf(placed.orderId)).toEqual([]);
  });

  it('reserves once when order.placed.v1 is delivered three times', async () => {
    const a = await vendorWith([10]);
    const placed = order([{ vendorId: a.vendorId, lines: [[a.variantIds[0]!, 2]] }]);
    const envelope = await publish('order.placed.v1', placed, placed.orderId);
    await redeliver(envelope);
    await redeliver(envelope);
    await answer('inventory.stock-reserved.v1', placed.orderId);
    const marker = await publish(
      'order.stock-release-requested.v1',
      { orderId: placed.orderId, reservationId: randomUUID() },
      placed.orderId,
    );
    await applied(marker);
    expect(await reservationsOf(placed.orderId)).toHaveLength(1);
    expect(await stock(a.variantIds[0]!)).toEqual({ onHand: 10, reserved: 2 });
    expect(answers('inventory.stock-reserved.v1', (d) => d.reservationKey === placed.orderId)).toHaveLength(
      1,
    );
  });

  it('commits on order.confirmed.v1: on hand goes down exactly once', async () => {
    const a = await vendorWith([10]);
    const variantId = a.variantIds[0]!;
    const placed = order([{ vendorId: a.vendorId, lines: [[variantId, 3]] }]);
    const reservationId = await placeAndReserve(placed);
    const envelope = await publish('order.confirmed.v1', confirmed(placed, reservationId), placed.orderId);
    await redeliver(envelope);
    const repeat = await publish('order.confirmed.v1', confirmed(placed, reservationId), placed.orderId);
    await applied(repeat);
    expect(await stock(variantId)).toEqual({ onHand: 7, reserved: 0 });
    expect(await reservationsOf(placed.orderId)).toEqual([{ id: reservationId, status: 'committed' }]);
    const movements = await sql.query(
      "SELECT delta FROM stock_movements WHERE variant_id = $1 AND reason = 'reservation_committed'",
      [variantId],
    );
    expect(movements.rows).toEqual([{ delta: -3 }]);
  });

  it('applies a confirmation whose reservation was released meanwhile once, refused for good: the shelf keeps its units', async () => {
    const a = await vendorWith([5]);
    const variantId = a.variantIds[0]!;
    const placed = order([{ vendorId: a.vendorId, lines: [[variantId, 2]] }]);
    const reservationId = await placeAndReserve(placed);
    await applied(
      await publish(
        'order.stock-release-requested.v1',
        { orderId: placed.orderId, reservationId },
        placed.orderId,
      ),
    );
    // retrying would not change the answer: the handler logs the refusal and its inbox row commits (no DLQ)
    await applied(await publish('order.confirmed.v1', confirmed(placed, reservationId), placed.orderId));
    expect(await stock(variantId)).toEqual({ onHand: 5, reserved: 0 });
    expect(await reservationsOf(placed.orderId)).toEqual([{ id: reservationId, status: 'released' }]);
    const movements = await sql.query(
      "SELECT count(*)::int AS n FROM stock_movements WHERE variant_id = $1 AND reason = 'reservation_committed'",
      [variantId],
    );
    expect(movements.rows).toEqual([{ n: 0 }]);
  });

  it('releases the reservation when the order is cancelled before it was confirmed', async () => {
    const a = await vendorWith([10]);
    const variantId = a.variantIds[0]!;
    const placed = order([{ vendorId: a.vendorId, lines: [[variantId, 4]] }]);
    const reservationId = await placeAndReserve(placed);
    await publish('order.cancelled.v1', cancelled(placed, reservationId), placed.orderId);
    const released = await waitFor(
      'inventory.reservation-released.v1',
      () => answers('inventory.reservation-released.v1', (d) => d.reservationId === reservationId)[0],
      { timeoutMs: 60_000 },
    );
    expect(released.data).toMatchObject({ reservationKey: placed.orderId, reason: 'cancelled' });
    expect(await stock(variantId)).toEqual({ onHand: 10, reserved: 0 });
    expect(await reservationsOf(placed.orderId)).toEqual([{ id: reservationId, status: 'released' }]);
  });

  it('releases a late reservation on order.stock-release-requested.v1', async () => {
    const a = await vendorWith([6]);
    const placed = order([{ vendorId: a.vendorId, lines: [[a.variantIds[0]!, 6]] }]);
    const reservationId = await placeAndReserve(placed);
    await applied(
      await publish(
        'order.stock-release-requested.v1',
        { orderId: placed.orderId, reservationId },
        placed.orderId,
      ),
    );
    expect(await stock(a.variantIds[0]!)).toEqual({ onHand: 6, reserved: 0 });
    expect(await reservationsOf(placed.orderId)).toEqual([{ id: reservationId, status: 'released' }]);
  });

  it('puts a confirmed order back on hand once per vendor when a package and then the order are cancelled', async () => {
    const a = await vendorWith([10]);
    const b = await vendorWith([8]);
    const [va, vb] = [a.variantIds[0]!, b.variantIds[0]!];
    const placed = order([
      { vendorId: a.vendorId, lines: [[va, 2]] },
      { vendorId: b.vendorId, lines: [[vb, 3]] },
    ]);
    const reservationId = await placeAndReserve(placed);
    await applied(await publish('order.confirmed.v1', confirmed(placed, reservationId), placed.orderId));
    expect(await stock(va)).toEqual({ onHand: 8, reserved: 0 });
    expect(await stock(vb)).toEqual({ onHand: 5, reserved: 0 });

    const packageA = placed.packages[0]!;
    const packageCancel = await publish(
      'order.package-status-changed.v1',
      {
        orderId: placed.orderId,
        packageId: packageA.packageId,
        vendorId: a.vendorId,
        from: 'confirmed',
        to: 'cancelled',
        actor: { kind: 'vendor', id: randomUUID() },
        totalPoisha: 0,
        reason: 'out of stock at the shop',
        changedAt: new Date().toISOString(),
      },
      placed.orderId,
    );
    await redeliver(packageCancel);
    await applied(packageCancel);
    expect(await stock(va)).toEqual({ onHand: 10, reserved: 0 });
    expect(await stock(vb)).toEqual({ onHand: 5, reserved: 0 });

    const orderCancel = await publish('order.cancelled.v1', cancelled(placed, reservationId), placed.orderId);
    await redeliver(orderCancel);
    await applied(await publish('order.cancelled.v1', cancelled(placed, reservationId), placed.orderId));
    expect(await stock(va)).toEqual({ onHand: 10, reserved: 0 });
    expect(await stock(vb)).toEqual({ onHand: 8, reserved: 0 });
    const restocks = await sql.query(
      `SELECT variant_id::text AS "variantId", delta, reason FROM stock_movements
        WHERE reservation_id = $1 AND delta > 0 ORDER BY seq`,
      [reservationId],
    );
    expect(restocks.rows).toEqual([
      { variantId: va, delta: 2, reason: 'package_cancelled' },
      { variantId: vb, delta: 3, reason: 'order_cancelled' },
    ]);
    const moves = await http.call('GET', `/vendors/${b.vendorId}/stock/${vb}/movements`, {
      as: { vendorId: b.vendorId, roles: ['vendor:owner'] },
    });
    expect(moves.body.items[0]).toMatchObject({ reason: 'order_cancelled', delta: 3, onHandAfter: 8 });
  });

  it('puts back the units of a returned parcel once, when its vendor confirmed receipt', async () => {
    const a = await vendorWith([10, 10]);
    const [va, vb] = [a.variantIds[0]!, a.variantIds[1]!];
    const placed = order([
      {
        vendorId: a.vendorId,
        lines: [
          [va, 3],
          [vb, 2],
        ],
      },
    ]);
    const reservationId = await placeAndReserve(placed);
    await applied(await publish('order.confirmed.v1', confirmed(placed, reservationId), placed.orderId));
    const pkg = placed.packages[0]!;
    const receipt = (receiptId: string): EventPayload<'shipping.return-received.v1'> => ({
      receiptId,
      shipmentId: randomUUID(),
      orderId: placed.orderId,
      packageId: pkg.packageId,
      vendorId: a.vendorId,
      courier: 'pathao',
      consignmentId: 'DL0712RTO1',
      shipmentStatus: 'partially_delivered',
      items: [{ lineId: pkg.lines[0]!.lineId, variantId: va, quantity: 2, unitPricePoisha: 0 }],
      returnedGoodsPoisha: 0,
      codAmountPoisha: 0,
      collectedPoisha: 0,
      receivedBy: randomUUID(),
      receivedAt: new Date().toISOString(),
    });

    const first = await publish('shipping.return-received.v1', receipt(randomUUID()), pkg.packageId);
    await applied(first);
    expect(await stock(va)).toEqual({ onHand: 9, reserved: 0 });
    expect(await stock(vb)).toEqual({ onHand: 8, reserved: 0 });

    await redeliver(first);
    await applied(await publish('shipping.return-received.v1', receipt(randomUUID()), pkg.packageId));
    expect(await stock(va)).toEqual({ onHand: 9, reserved: 0 });
    const moves = await http.call('GET', `/vendors/${a.vendorId}/stock/${va}/movements`, {
      as: { vendorId: a.vendorId, roles: ['vendor:owner'] },
    });
    expect(moves.body.items.filter((m: { reason: string }) => m.reason === 'package_returned')).toEqual([
      expect.objectContaining({
        reason: 'package_returned',
        delta: 2,
        onHandAfter: 9,
        warehouseId: a.warehouseId,
      }),
    ]);
  });
});
