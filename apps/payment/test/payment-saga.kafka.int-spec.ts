import { randomUUID } from 'node:crypto';
import { admin, packageChanged, PaymentHarness, paymentRequest } from './payment.harness';

jest.setTimeout(120_000);

/** The payment step of the checkout saga over a real Kafka: order events in, payment events out, keyed by order. */
describe('payment in the checkout saga (Kafka)', () => {
  const payments = new PaymentHarness('kafka');
  beforeAll(() => payments.start('payment_saga'));
  afterAll(() => payments.stop());

  const intentsOf = (orderId: string) =>
    payments.rows(
      'SELECT id::text, status, method, failure_reason FROM payment_intents WHERE order_id = $1',
      [orderId],
    );

  it('authorizes cash on delivery at once, once, however often the request is delivered', async () => {
    const request = paymentRequest('cod', [257_000, 53_000]);
    const envelope = await payments.publish('order.payment-requested.v1', request, request.orderId);
    await payments.redeliver(envelope);
    await payments.redeliver(envelope);

    const authorized = await payments.nextEvent(request.orderId, 'payment.authorized.v1');
    expect(authorized).toMatchObject({
      producer: 'payment',
      key: request.orderId,
      correlationId: envelope.correlationId,
      data: {
        orderId: request.orderId,
        method: 'cod',
        amountPoisha: 310_000,
        currency: 'BDT',
        collected: false,
      },
    });
    // a later event on the same key is applied after the three copies: then count what they did
    const marker = await payments.publish(
      'order.package-status-changed.v1',
      packageChanged(request, 0, 'packed'),
      request.orderId,
    );
    await payments.applied(marker);
    const intents = await intentsOf(request.orderId);
    expect(intents).toEqual([
      { id: authorized.data.paymentId, status: 'authorized', method: 'cod', failure_reason: null },
    ]);
    expect(payments.eventsFor(request.orderId)).toHaveLength(1);
    expect(
      await payments.rows(
        'SELECT amount_poisha::int AS amount, status FROM payment_packages WHERE payment_id = $1 ORDER BY amount_poisha DESC',
        [authorized.data.paymentId],
      ),
    ).toEqual([
      { amount: 257_000, status: 'pending' },
      { amount: 53_000, status: 'pending' },
    ]);
  });

  it('answers a repeated request (a new event) with the same payment, creating nothing', async () => {
    const request = paymentRequest('cod', [120_000]);
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const first = await payments.nextEvent(request.orderId, 'payment.authorized.v1');
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const second = await payments.nextEvent(request.orderId, 'payment.authorized.v1', 2);
    expect(second.id).not.toBe(first.id);
    expect(second.data).toEqual(first.data);
    expect(await intentsOf(request.orderId)).toHaveLength(1);
  });

  it('fails cash on delivery above ৳50,000, saying so, and keeps the failed intent', async () => {
    const request = paymentRequest('cod', [4_000_000, 1_000_001]);
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const failed = await payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data).toMatchObject({
      orderId: request.orderId,
      method: 'cod',
      paymentId: expect.any(String),
    });
    expect(failed.data.reason).toBe(
      'Cash on delivery is available for orders up to ৳50,000; this order is ৳50,000.01. Pay online or split the order.',
    );
    expect(await intentsOf(request.orderId)).toEqual([
      { id: failed.data.paymentId, status: 'failed', method: 'cod', failure_reason: failed.data.reason },
    ]);
    expect(payments.eventsFor(request.orderId, 'payment.authorized.v1')).toEqual([]);

    // asked again (a new event): the same failure, nothing written or counted twice (/metrics below)
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const again = await payments.nextEvent(request.orderId, 'payment.failed.v1', 2);
    expect(again.id).not.toBe(failed.id);
    expect(again.data).toEqual(failed.data);
    expect(await intentsOf(request.orderId)).toHaveLength(1);
  });

  it('fails a method that is not enabled (online providers come later)', async () => {
    const request = paymentRequest('bkash', [150_000]);
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const failed = await payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toBe('bKash is not available at the moment; choose another payment method.');
    expect(await intentsOf(request.orderId)).toMatchObject([{ status: 'failed', method: 'bkash' }]);
  });

  it('cancels a payment the order service no longer wants (a late success), once', async () => {
    const request = paymentRequest('cod', [80_000]);
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const { data } = await payments.nextEvent(request.orderId, 'payment.authorized.v1');
    const cancel = await payments.publish(
      'order.payment-cancel-requested.v1',
      { orderId: request.orderId, paymentId: data.paymentId },
      request.orderId,
    );
    await payments.redeliver(cancel);
    const cancelled = await payments.nextEvent(request.orderId, 'payment.cancelled.v1');
    expect(cancelled.data).toMatchObject({
      paymentId: data.paymentId,
      orderId: request.orderId,
      amountPoisha: 80_000,
    });
    const marker = await payments.publish(
      'order.payment-cancel-requested.v1',
      { orderId: request.orderId, paymentId: randomUUID() },
      request.orderId,
    );
    await payments.applied(marker);
    expect(payments.eventsFor(request.orderId, 'payment.cancelled.v1')).toHaveLength(1);
    expect(await intentsOf(request.orderId)).toMatchObject([{ status: 'cancelled' }]);
  });

  it('cancels the payment of a cancelled order', async () => {
    const request = paymentRequest('cod', [99_000]);
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const { data } = await payments.nextEvent(request.orderId, 'payment.authorized.v1');
    await payments.publish(
      'order.cancelled.v1',
      {
        orderId: request.orderId,
        orderNumber: request.orderNumber,
        reason: 'shopper_requested',
        reservationId: randomUUID(),
        paymentId: data.paymentId,
        cancelledAt: new Date().toISOString(),
      },
      request.orderId,
    );
    const cancelled = await payments.nextEvent(request.orderId, 'payment.cancelled.v1');
    expect(cancelled.data).toMatchObject({
      paymentId: data.paymentId,
      reason: 'the order was cancelled (shopper_requested)',
    });
    const [view] = (await payments.call('GET', `/payments?orderId=${request.orderId}`, admin)).body.items;
    expect(view.history.map((h: { to: string }) => h.to)).toEqual([
      'requires_action',
      'authorized',
      'cancelled',
    ]);
  });

  it('collects cash package by package and captures what was collected once every package is settled', async () => {
    const request = paymentRequest('cod', [200_000, 50_000, 30_000]);
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const { data } = await payments.nextEvent(request.orderId, 'payment.authorized.v1');
    const read = async () => (await payments.call('GET', `/payments/${data.paymentId}`, admin)).body;

    const delivered = await payments.publish(
      'order.package-status-changed.v1',
      packageChanged(request, 0, 'delivered'),
      request.orderId,
    );
    await payments.redeliver(delivered);
    await payments.applied(delivered);
    expect(await read()).toMatchObject({ status: 'authorized', collectedPoisha: 200_000, capturedPoisha: 0 });

    await payments.applied(
      await payments.publish(
        'order.package-status-changed.v1',
        packageChanged(request, 1, 'cancelled'),
        request.orderId,
      ),
    );
    expect(await read()).toMatchObject({ status: 'authorized', collectedPoisha: 200_000 });

    await payments.applied(
      await payments.publish(
        'order.package-status-changed.v1',
        packageChanged(request, 2, 'delivered'),
        request.orderId,
      ),
    );
    const view = await read();
    expect(view).toMatchObject({ status: 'captured', collectedPoisha: 230_000, capturedPoisha: 230_000 });
    expect(view.packages.map((p: { status: string }) => p.status).sort()).toEqual([
      'cancelled',
      'collected',
      'collected',
    ]);
    expect(view.history.at(-1)).toMatchObject({
      from: 'authorized',
      to: 'captured',
      reason: 'cash collected for every delivered package (৳2,300)',
    });
  });

  it('counts authorizations, failures by reason and cancellations on /metrics', async () => {
    const metrics = (await payments.call('GET', '/metrics')).body as string;
    const value = (name: string, labels: Record<string, string> = {}) => {
      const line = metrics
        .split('\n')
        .find(
          (l) =>
            l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)),
        );
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    expect(value('payments_authorized_total', { method: 'cod' })).toBe(5);
    expect(value('payments_failed_total', { method: 'cod', reason: 'cod_limit_exceeded' })).toBe(1);
    expect(value('payments_failed_total', { method: 'bkash', reason: 'method_disabled' })).toBe(1);
    expect(value('payments_cancelled_total')).toBe(2);
  });
});
