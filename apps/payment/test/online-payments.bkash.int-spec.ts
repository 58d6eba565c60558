import { paymentRequest } from './payment.harness';
import { OnlinePaymentsWorld, STOREFRONT } from './support/online-payments.world';

jest.setTimeout(120_000);

/**
 * bKash end to end: order.payment-requested.v1 on Kafka → create at the sandbox → the shopper approves on the
 * bKash page → the browser's callback → execute and payment/status server-to-server → payment.authorized.v1 and
 * payment.captured.v1 on Kafka. Callbacks are only hints: forged, duplicated and mismatched ones change nothing.
 */
describe('online payments: bKash', () => {
  const world = new OnlinePaymentsWorld();
  beforeAll(() => world.start('online_bkash'));
  afterAll(() => world.stop());
  beforeEach(() => world.sandbox.reset());

  const outboxCount = async (orderId: string, type: string) =>
    Number(
      (
        await world.payments.rows('SELECT count(*)::int AS n FROM outbox WHERE key = $1 AND type = $2', [
          orderId,
          type,
        ])
      )[0].n,
    );

  it('captures a paid bKash payment after checking with bKash, and announces it', async () => {
    const { request, intent, checkout } = await world.requestOnline('bkash');
    expect(checkout).toEqual({
      paymentId: intent.id,
      method: 'bkash',
      status: 'requires_action',
      redirectUrl: expect.stringContaining(`/bkash/pay/${intent.provider_ref}`),
      amountPoisha: 310_000,
    });
    expect(intent.provider_ref).toMatch(/^TR0011/);
    expect(intent.provider_reference).toBe(`${request.orderNumber}-${intent.id.slice(0, 8)}`);

    const approval = await world.sandbox.approve('bkash', intent.provider_ref);
    const browser = await world.browse(approval.callbackUrl!);
    expect(browser.status).toBe(303);
    expect(browser.location).toBe(world.storefront(request.orderId, 'success'));

    const authorized = await world.payments.nextEvent(request.orderId, 'payment.authorized.v1');
    expect(authorized.data).toMatchObject({
      paymentId: intent.id,
      method: 'bkash',
      amountPoisha: 310_000,
      collected: true,
    });
    const captured = await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
    expect(captured.data).toMatchObject({
      paymentId: intent.id,
      orderId: request.orderId,
      method: 'bkash',
      amountPoisha: 310_000,
      currency: 'BDT',
      providerRef: intent.provider_ref,
    });
    // one entry per package of the order, in no particular order
    expect(captured.data.packages).toHaveLength(request.packages.length);
    expect(captured.data.packages).toEqual(expect.arrayContaining(request.packages));
    const row = await world.intent(request.orderId);
    expect(row).toMatchObject({ status: 'captured', captured_poisha: 310_000 });
    expect(row!.provider_txn_id).toMatch(/^[A-Z0-9]{10}$/);
    expect((await world.payments.call('GET', `/payments/checkout/${request.orderId}`)).body).toMatchObject({
      status: 'captured',
      redirectUrl: null,
    });
  });

  it('fails the payment when bKash reports it failed, and when the shopper cancels', async () => {
    for (const [action, flag] of [
      ['failure', 'failed'],
      ['cancel', 'cancelled'],
    ] as const) {
      const { request, intent } = await world.requestOnline('bkash');
      const approval = await world.sandbox.approve('bkash', intent.provider_ref, action);
      expect((await world.browse(approval.callbackUrl!)).location).toBe(
        world.storefront(request.orderId, flag),
      );
      const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
      expect(failed.data).toMatchObject({ paymentId: intent.id, method: 'bkash' });
      expect(failed.data.reason).toMatch(
        action === 'cancel' ? /cancelled the bKash payment/ : /bKash declined/,
      );
      expect((await world.intent(request.orderId))!.status).toBe('failed');
    }
  });

  it('captures once however often the callback arrives (10 at once)', async () => {
    await world.sandbox.scenario({ provider: 'bkash', outcome: 'duplicate_callback', deliveries: 10 });
    const { request, intent } = await world.requestOnline('bkash');
    const approval = await world.sandbox.approve('bkash', intent.provider_ref);
    expect(approval.callbackUrls).toHaveLength(10);
    const answers = await Promise.all(approval.callbackUrls.map((url) => world.browse(url)));
    expect(answers.map((a) => a.location)).toEqual(
      Array(10).fill(world.storefront(request.orderId, 'success')),
    );

    await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
    expect(await outboxCount(request.orderId, 'payment.captured.v1')).toBe(1);
    expect(await outboxCount(request.orderId, 'payment.authorized.v1')).toBe(1);
    const history = await world.payments.rows(
      'SELECT to_status FROM payment_status_history WHERE payment_id = $1 ORDER BY seq',
      [intent.id],
    );
    expect(history.map((h) => h.to_status)).toEqual(['requires_action', 'authorized', 'captured']);
    expect(
      await world.metric('payment_callbacks_rejected_total', { provider: 'bkash', reason: 'replay' }),
    ).toBeGreaterThan(0);
  });

  it('rejects a forged success callback (never executed by the shopper) and still takes the real payment', async () => {
    await world.sandbox.scenario({ provider: 'bkash', outcome: 'forged_callback' });
    const { request, intent } = await world.requestOnline('bkash');
    const before = await world.metric('payment_callbacks_rejected_total', {
      provider: 'bkash',
      reason: 'not_completed',
    });
    const forged = await world.sandbox.approve('bkash', intent.provider_ref);
    expect(forged.outcome).toBe('forged');
    expect((await world.browse(forged.callbackUrl!)).location).toBe(
      world.storefront(request.orderId, 'failed'),
    );
    expect((await world.intent(request.orderId))!.status).toBe('requires_action');
    expect(
      await world.metric('payment_callbacks_rejected_total', { provider: 'bkash', reason: 'not_completed' }),
    ).toBe(before + 1);
    expect(world.payments.eventsFor(request.orderId)).toEqual([]);

    // the real shopper pays afterwards
    const real = await world.sandbox.approve('bkash', intent.provider_ref);
    expect((await world.browse(real.callbackUrl!)).location).toBe(
      world.storefront(request.orderId, 'success'),
    );
    await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
  });

  it('rejects callbacks naming a payment it never made', async () => {
    const base = `${world.payments.service.url}/payments/callbacks/bkash`;
    const answer = await world.browse(
      `${base}?paymentID=TR0011NOPE0001795245032000&status=success&signature=x`,
    );
    expect(answer).toMatchObject({ status: 303, location: `${STOREFRONT}?payment=failed` });
    expect(
      await world.metric('payment_callbacks_rejected_total', {
        provider: 'bkash',
        reason: 'unknown_payment',
      }),
    ).toBeGreaterThan(0);
  });

  it('never captures a payment bKash booked for another amount: the payment fails, saying so', async () => {
    await world.sandbox.scenario({ provider: 'bkash', outcome: 'amount_mismatch' });
    const { request, intent } = await world.requestOnline('bkash');
    const approval = await world.sandbox.approve('bkash', intent.provider_ref);
    expect((await world.browse(approval.callbackUrl!)).location).toBe(
      world.storefront(request.orderId, 'failed'),
    );
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toContain('৳1,550 paid where ৳3,100 was due');
    expect(await world.intent(request.orderId)).toMatchObject({ status: 'failed', captured_poisha: 0 });
    expect(await outboxCount(request.orderId, 'payment.captured.v1')).toBe(0);
  });

  it('expires a payment the shopper walked away from, after asking bKash once more', async () => {
    await world.sandbox.scenario({ provider: 'bkash', outcome: 'timeout' });
    const { request, intent } = await world.requestOnline('bkash', [150_000], 3_000);
    await world.sandbox.approve('bkash', intent.provider_ref);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data).toMatchObject({ paymentId: intent.id, method: 'bkash' });
    expect(failed.data.reason).toMatch(/^expired: the shopper did not finish paying with bKash in time/);
    expect((await world.intent(request.orderId))!.status).toBe('expired');
  });

  it('fails the payment at once, with a clear reason, when bKash is down', async () => {
    await world.sandbox.scenario({ provider: 'bkash', outcome: 'down' });
    const request = paymentRequest('bkash', [99_000]);
    await world.payments.publish('order.payment-requested.v1', request, request.orderId);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toMatch(
      /^bKash is not available right now \(.*503.*\); choose another payment method/,
    );
    expect((await world.intent(request.orderId))!.status).toBe('failed');
  });
});
