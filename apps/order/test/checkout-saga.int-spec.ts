import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createEnvelope, EventPayload } from '@getit/contracts';
import { waitFor } from '@getit/testing';
import { OrderHarness } from './order.harness';

jest.setTimeout(120_000);

const STEP_TIMEOUT_MS = 4_000;

/**
 * The checkout saga driven the way production drives it: inventory's and payment's answers published to the real
 * Kafka broker, the order's commands read from its outbox (and published by its relay).
 */
describe('the checkout saga', () => {
  const harness = new OrderHarness({
    RESERVE_STOCK_TIMEOUT_MS: String(STEP_TIMEOUT_MS),
    PAYMENT_TIMEOUT_MS: String(STEP_TIMEOUT_MS),
    SAGA_SWEEP_INTERVAL_MS: '200',
  });
  let vendorA: string;
  let vendorB: string;
  let phone: { variantId: string; vendorId: string };
  let cover: { variantId: string; vendorId: string };

  beforeAll(async () => {
    await harness.start('order_saga');
    vendorA = await harness.seedVendor({ district: 'Dhaka' });
    vendorB = await harness.seedVendor({ district: 'Sylhet' });
    phone = await harness.seedVariant(vendorA, { pricePoisha: 125_000, stock: 1_000 });
    cover = await harness.seedVariant(vendorB, { pricePoisha: 45_000, stock: 1_000 });
  });
  afterAll(() => harness.stop());

  async function placed(): Promise<any> {
    const cartId = await harness.cartWith([
      { variantId: phone.variantId, quantity: 2 },
      { variantId: cover.variantId, quantity: 1 },
    ]);
    const response = await harness.placeOrder(cartId);
    expect(response.status).toBe(201);
    return response.body;
  }

  function reserved(
    orderId: string,
    reservationId = randomUUID(),
  ): EventPayload<'inventory.stock-reserved.v1'> {
    return {
      reservationId,
      reservationKey: orderId,
      lines: [
        {
          variantId: phone.variantId,
          vendorId: vendorA,
          quantity: 2,
          allocations: [{ warehouseId: randomUUID(), quantity: 2 }],
        },
        {
          variantId: cover.variantId,
          vendorId: vendorB,
          quantity: 1,
          allocations: [{ warehouseId: randomUUID(), quantity: 1 }],
        },
      ],
      expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    };
  }

  function authorized(order: any, paymentId = randomUUID()): EventPayload<'payment.authorized.v1'> {
    return {
      paymentId,
      orderId: order.id,
      method: 'cod',
      amountPoisha: order.totalPoisha,
      currency: 'BDT',
      collected: false,
      authorizedAt: new Date().toISOString(),
    };
  }

  const scrape = async (): Promise<string> => {
    const response = await fetch(`${harness.service.url}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const types = async (orderId: string) => (await harness.orderEvents(orderId)).map((e) => e.type);
  const eventOf = async (orderId: string, type: string) =>
    (await harness.orderEvents(orderId)).find((e) => e.type === type)?.data;
  const waitForEvent = (orderId: string, type: string) =>
    waitFor(`${type} for ${orderId}`, () => eventOf(orderId, type), { timeoutMs: 30_000 });

  it('stock reserved → payment requested → payment authorized: the order and its packages are confirmed', async () => {
    const order = await placed();
    const reservation = reserved(order.id);
    await harness.publish('inventory.stock-reserved.v1', reservation, reservation.reservationId, 'inventory');
    const requested = await waitForEvent(order.id, 'order.payment-requested.v1');
    expect(requested).toMatchObject({
      orderId: order.id,
      orderNumber: order.orderNumber,
      method: 'cod',
      amountPoisha: order.totalPoisha,
      phone: '+8801712345678',
    });
    expect(requested.packages.map((p: any) => p.amountPoisha).sort()).toEqual(
      order.packages.map((p: any) => p.totalPoisha).sort(),
    );
    const deadlineIn = Date.parse(requested.deadlineAt) - Date.now();
    expect(deadlineIn).toBeGreaterThan(0);
    expect(deadlineIn).toBeLessThanOrEqual(STEP_TIMEOUT_MS);
    expect(await harness.sagaOf(order.id)).toMatchObject({ status: 'running', step: 'take_payment' });

    const payment = authorized(order);
    await harness.publish('payment.authorized.v1', payment, order.id, 'payment');
    await harness.waitForOrder(order.id, 'confirmed');
    expect(await types(order.id)).toEqual([
      'order.placed.v1',
      'order.payment-requested.v1',
      'order.confirmed.v1',
    ]);
    expect(await eventOf(order.id, 'order.confirmed.v1')).toMatchObject({
      reservationId: reservation.reservationId,
      paymentId: payment.paymentId,
      totalPoisha: order.totalPoisha,
    });
    expect(await harness.sagaOf(order.id)).toMatchObject({
      status: 'completed',
      step: null,
      deadline_at: null,
    });
    const view = await harness.call('GET', `/orders/${order.id}`);
    expect(view.body.status).toBe('confirmed');
    expect(view.body.packages.map((p: any) => p.status)).toEqual(['confirmed', 'confirmed']);
    // The relay publishes the saga's commands to Kafka.
    await waitFor('the outbox to be published', async () => {
      const rows = await harness.query('SELECT 1 FROM outbox WHERE key = $1 AND published_at IS NULL', [
        order.id,
      ]);
      return rows.length === 0;
    });
  });

  it('a reader waiting on the order is answered when the saga confirms it, with the order as a read gives it', async () => {
    const order = await placed();
    const waiting = harness.call('GET', `/orders/${order.id}?waitMs=8000`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // A step that leaves the order pending does not answer the reader.
    const reservation = reserved(order.id);
    await harness.publish('inventory.stock-reserved.v1', reservation, reservation.reservationId, 'inventory');
    await waitForEvent(order.id, 'order.payment-requested.v1');
    await harness.publish('payment.authorized.v1', authorized(order), order.id, 'payment');
    const answered = await waiting;
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'confirmed', confirmedAt: expect.any(String) });
    expect(answered.body.packages.map((p: any) => p.status)).toEqual(['confirmed', 'confirmed']);
    expect(answered.body).toEqual((await harness.call('GET', `/orders/${order.id}`)).body);
    expect(await harness.sagaOf(order.id)).toMatchObject({
      status: 'completed',
      step: null,
      deadline_at: null,
    });
  });

  it('redelivered and repeated events change nothing', async () => {
    const order = await placed();
    const reservation = reserved(order.id);
    const reservedEnvelope = createEnvelope('inventory.stock-reserved.v1', reservation, {
      producer: 'inventory',
      correlationId: 'redelivery',
      key: reservation.reservationId,
    });
    const payment = authorized(order);
    const paidEnvelope = createEnvelope('payment.authorized.v1', payment, {
      producer: 'payment',
      correlationId: 'redelivery',
      key: order.id,
    });
    await harness.publishRaw('inventory.stock-reserved.v1', reservedEnvelope, reservation.reservationId);
    await waitForEvent(order.id, 'order.payment-requested.v1');
    await harness.publishRaw('inventory.stock-reserved.v1', reservedEnvelope, reservation.reservationId);
    await harness.publishRaw('payment.authorized.v1', paidEnvelope, order.id);
    await harness.publishRaw('payment.authorized.v1', paidEnvelope, order.id);
    // The same answers again under new event ids (a producer retrying) are recognised by their ids too.
    await harness.publish('inventory.stock-reserved.v1', reservation, reservation.reservationId, 'inventory');
    await harness.publish('payment.authorized.v1', payment, order.id, 'payment');
    await harness.waitForOrder(order.id, 'confirmed');
    await waitFor('every copy to be consumed', async () => {
      const [row] = await harness.query(
        `SELECT count(*)::int AS n FROM inbox WHERE consumer_group = 'order.checkout-saga'
            AND event_id = ANY($1::uuid[])`,
        [[reservedEnvelope.id, paidEnvelope.id]],
      );
      return row.n === 2;
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await types(order.id)).toEqual([
      'order.placed.v1',
      'order.payment-requested.v1',
      'order.confirmed.v1',
    ]);
  });

  it('reservation failed → cancelled with stock_unavailable and the shortages, packages cancelled', async () => {
    const order = await placed();
    await harness.publish(
      'inventory.reservation-failed.v1',
      { reservationKey: order.id, shortages: [{ variantId: cover.variantId, requested: 1, available: 0 }] },
      order.id,
      'inventory',
    );
    await harness.waitForOrder(order.id, 'cancelled');
    expect(await types(order.id)).toEqual(['order.placed.v1', 'order.cancelled.v1']);
    expect(await eventOf(order.id, 'order.cancelled.v1')).toMatchObject({
      reason: 'stock_unavailable',
      failedStep: 'reserve_stock',
      reservationId: null,
      paymentId: null,
      shortages: [{ variantId: cover.variantId, requested: 1, available: 0 }],
    });
    const view = await harness.call('GET', `/orders/${order.id}`);
    expect(view.body).toMatchObject({
      status: 'cancelled',
      cancellation: {
        reason: 'stock_unavailable',
        by: 'system',
        failedStep: 'reserve_stock',
        shortages: [{ variantId: cover.variantId, requested: 1, available: 0 }],
      },
    });
    expect(view.body.packages.map((p: any) => p.status)).toEqual(['cancelled', 'cancelled']);
    expect(await harness.sagaOf(order.id)).toMatchObject({
      status: 'cancelled',
      cancel_reason: 'stock_unavailable',
    });
  });

  it('payment failed → cancelled with payment_failed; the event names the reservation to release', async () => {
    const order = await placed();
    const reservation = reserved(order.id);
    await harness.publish('inventory.stock-reserved.v1', reservation, reservation.reservationId, 'inventory');
    await waitForEvent(order.id, 'order.payment-requested.v1');
    await harness.publish(
      'payment.failed.v1',
      {
        paymentId: null,
        orderId: order.id,
        method: 'cod',
        reason: 'declined',
        failedAt: new Date().toISOString(),
      },
      order.id,
      'payment',
    );
    await harness.waitForOrder(order.id, 'cancelled');
    expect(await eventOf(order.id, 'order.cancelled.v1')).toMatchObject({
      reason: 'payment_failed',
      failedStep: 'take_payment',
      reservationId: reservation.reservationId,
      paymentId: null,
    });
  });

  it('a step that gets no answer times out: cancelled with checkout_timed_out; a late reservation is released', async () => {
    const order = await placed();
    const cancelled = await harness.waitForOrder(order.id, 'cancelled', STEP_TIMEOUT_MS + 15_000);
    expect(cancelled.cancel_reason).toBe('checkout_timed_out');
    expect(await eventOf(order.id, 'order.cancelled.v1')).toMatchObject({
      reason: 'checkout_timed_out',
      failedStep: 'reserve_stock',
      reservationId: null,
    });

    const late = reserved(order.id);
    const lateEnvelope = createEnvelope('inventory.stock-reserved.v1', late, {
      producer: 'inventory',
      correlationId: 'late',
      key: late.reservationId,
    });
    await harness.publishRaw('inventory.stock-reserved.v1', lateEnvelope, late.reservationId);
    expect(await waitForEvent(order.id, 'order.stock-release-requested.v1')).toEqual({
      orderId: order.id,
      reservationId: late.reservationId,
    });
    // Redelivered, and repeated under a new id: released once.
    await harness.publishRaw('inventory.stock-reserved.v1', lateEnvelope, late.reservationId);
    await harness.publish('inventory.stock-reserved.v1', late, late.reservationId, 'inventory');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await types(order.id)).toEqual([
      'order.placed.v1',
      'order.cancelled.v1',
      'order.stock-release-requested.v1',
    ]);
    expect((await harness.call('GET', `/orders/${order.id}`)).body.status).toBe('cancelled');
  });

  it('a payment that never comes times out; one authorized too late is cancelled again', async () => {
    const order = await placed();
    const reservation = reserved(order.id);
    await harness.publish('inventory.stock-reserved.v1', reservation, reservation.reservationId, 'inventory');
    await waitForEvent(order.id, 'order.payment-requested.v1');
    await harness.waitForOrder(order.id, 'cancelled', STEP_TIMEOUT_MS + 15_000);
    expect(await eventOf(order.id, 'order.cancelled.v1')).toMatchObject({
      reason: 'checkout_timed_out',
      failedStep: 'take_payment',
      reservationId: reservation.reservationId,
      paymentId: null,
    });
    const late = authorized(order);
    await harness.publish('payment.authorized.v1', late, order.id, 'payment');
    expect(await waitForEvent(order.id, 'order.payment-cancel-requested.v1')).toEqual({
      orderId: order.id,
      paymentId: late.paymentId,
    });
    expect((await harness.call('GET', `/orders/${order.id}`)).body.status).toBe('cancelled');
  });

  it('reports saga metrics with their values: placed, confirmed, GMV, in flight and stuck past the deadline', async () => {
    const before = await scrape();
    const order = await placed();
    const reservation = reserved(order.id);
    await harness.publish('inventory.stock-reserved.v1', reservation, reservation.reservationId, 'inventory');
    await waitForEvent(order.id, 'order.payment-requested.v1');
    await harness.publish('payment.authorized.v1', authorized(order), order.id, 'payment');
    await harness.waitForOrder(order.id, 'confirmed');
    const waiting = await placed();

    const confirmed = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      sample(confirmed, name, labels) - sample(before, name, labels);
    expect(delta('orders_placed_total', { payment_method: 'cod' })).toBe(2);
    expect(delta('orders_confirmed_total')).toBe(1);
    expect(delta('order_gmv_poisha_total')).toBe(order.totalPoisha);
    expect(delta('checkout_saga_duration_seconds_count', { outcome: 'confirmed' })).toBe(1);
    const [{ running }] = await harness.query(
      "SELECT count(*)::int AS running FROM checkout_sagas WHERE status = 'running'",
    );
    expect(running).toBeGreaterThanOrEqual(1);
    expect(sample(confirmed, 'checkout_sagas_in_flight')).toBe(running);
    expect(sample(confirmed, 'checkout_saga_stuck_orders')).toBe(0);

    // A saga whose row another session holds is skipped by the timeout sweeper: past its deadline it is stuck.
    const holder = new Client({ connectionString: harness.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM checkout_sagas WHERE order_id = $1 FOR UPDATE', [waiting.id]);
      await waitFor(
        'the held saga to count as stuck',
        async () => (sample(await scrape(), 'checkout_saga_stuck_orders') === 1 ? true : undefined),
        { timeoutMs: STEP_TIMEOUT_MS + 10_000 },
      );
      expect((await harness.sagaOf(waiting.id)).status).toBe('running');
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    await harness.waitForOrder(waiting.id, 'cancelled');
    const after = await scrape();
    expect(sample(after, 'checkout_saga_stuck_orders')).toBe(0);
    expect(
      sample(after, 'orders_cancelled_total', { reason: 'checkout_timed_out' }) -
        sample(before, 'orders_cancelled_total', { reason: 'checkout_timed_out' }),
    ).toBe(1);
  });
});

/** The value of one series in Prometheus text format (labels given must match; others may be present); 0 if absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return 0;
}
