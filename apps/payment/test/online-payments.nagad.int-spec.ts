import { paymentRequest } from './payment.harness';
import { OnlinePaymentsWorld } from './support/online-payments.world';

jest.setTimeout(120_000);

/**
 * Nagad end to end: initialize + complete at the sandbox (RSA-encrypted, signed both ways) → the shopper pays on
 * Nagad's page → the browser's callback → verify/payment server-to-server → payment.authorized.v1 and
 * payment.captured.v1 on Kafka.
 */
describe('online payments: Nagad', () => {
  const world = new OnlinePaymentsWorld();
  beforeAll(() => world.start('online_nagad'));
  afterAll(() => world.stop());
  beforeEach(() => world.sandbox.reset());

  it('captures a paid Nagad payment after verifying it with Nagad', async () => {
    const { request, intent, checkout } = await world.requestOnline('nagad');
    expect(checkout).toMatchObject({ method: 'nagad', status: 'requires_action', amountPoisha: 310_000 });
    expect(checkout.redirectUrl).toContain(`/nagad/check-out/${intent.provider_ref}`);
    expect(intent.provider_reference).toMatch(/^[A-Z0-9]{20}$/);

    const approval = await world.sandbox.approve('nagad', intent.provider_ref);
    expect((await world.browse(approval.callbackUrl!)).location).toBe(
      world.storefront(request.orderId, 'success'),
    );
    await world.payments.nextEvent(request.orderId, 'payment.authorized.v1');
    const captured = await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
    expect(captured.data).toMatchObject({
      method: 'nagad',
      amountPoisha: 310_000,
      providerRef: intent.provider_ref,
    });
    expect((await world.intent(request.orderId))!.provider_txn_id).toBeTruthy();
  });

  it('fails a payment the shopper cancelled on the Nagad page', async () => {
    const { request, intent } = await world.requestOnline('nagad');
    const approval = await world.sandbox.approve('nagad', intent.provider_ref, 'cancel');
    expect((await world.browse(approval.callbackUrl!)).location).toBe(
      world.storefront(request.orderId, 'cancelled'),
    );
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toMatch(/cancelled the Nagad payment/);
  });

  it('captures once for ten duplicate callbacks', async () => {
    await world.sandbox.scenario({ provider: 'nagad', outcome: 'duplicate_callback', deliveries: 10 });
    const { request, intent } = await world.requestOnline('nagad');
    const approval = await world.sandbox.approve('nagad', intent.provider_ref);
    await Promise.all(approval.callbackUrls.map((url) => world.browse(url)));
    await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
    const [{ n }] = await world.payments.rows(
      "SELECT count(*)::int AS n FROM outbox WHERE key = $1 AND type = 'payment.captured.v1'",
      [request.orderId],
    );
    expect(n).toBe(1);
  });

  it('rejects a forged success callback: Nagad says the payment is not paid', async () => {
    await world.sandbox.scenario({ provider: 'nagad', outcome: 'forged_callback' });
    const { request, intent } = await world.requestOnline('nagad');
    const forged = await world.sandbox.approve('nagad', intent.provider_ref);
    expect((await world.browse(forged.callbackUrl!)).location).toBe(
      world.storefront(request.orderId, 'failed'),
    );
    expect((await world.intent(request.orderId))!.status).toBe('requires_action');
    expect(
      await world.metric('payment_callbacks_rejected_total', { provider: 'nagad', reason: 'not_completed' }),
    ).toBe(1);
  });

  it('never captures a Nagad payment of another amount', async () => {
    await world.sandbox.scenario({ provider: 'nagad', outcome: 'amount_mismatch', amount: '1000.00' });
    const { request, intent } = await world.requestOnline('nagad');
    const approval = await world.sandbox.approve('nagad', intent.provider_ref);
    await world.browse(approval.callbackUrl!);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toContain('৳1,000 paid where ৳3,100 was due');
  });

  it('expires an unfinished Nagad payment once its time is up', async () => {
    await world.sandbox.scenario({ provider: 'nagad', outcome: 'timeout' });
    const { request, intent } = await world.requestOnline('nagad', [150_000], 3_000);
    await world.sandbox.approve('nagad', intent.provider_ref);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toMatch(/^expired: the shopper did not finish paying with Nagad in time/);
    expect((await world.intent(request.orderId))!.status).toBe('expired');
  });

  it('captures at expiry a payment whose callback never came back (the shopper closed the tab)', async () => {
    const { request, intent } = await world.requestOnline('nagad', [150_000], 3_000);
    await world.sandbox.approve('nagad', intent.provider_ref); // paid at Nagad; the browser never returns
    const captured = await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
    expect(captured.data).toMatchObject({ paymentId: intent.id, amountPoisha: 150_000 });
    expect((await world.intent(request.orderId))!.status).toBe('captured');
  });

  it('fails at once when Nagad drops the connection', async () => {
    await world.sandbox.scenario({ provider: 'nagad', outcome: 'down', downMode: 'connection_reset' });
    const request = paymentRequest('nagad', [99_000]);
    await world.payments.publish('order.payment-requested.v1', request, request.orderId);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toMatch(/^Nagad is not available right now \(Nagad is unreachable/);
  });
});
