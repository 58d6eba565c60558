import { paymentRequest } from './payment.harness';
import { OnlinePaymentsWorld } from './support/online-payments.world';

jest.setTimeout(120_000);

/**
 * SSLCommerz end to end: a session at the sandbox → the shopper pays on the gateway page → SSLCommerz's IPN
 * (form post, verify_sign) → the validation API server-to-server → captured; then the browser's form post to
 * success_url, whose status is never trusted, gets the same answer.
 */
describe('online payments: SSLCommerz', () => {
  const world = new OnlinePaymentsWorld();
  beforeAll(() => world.start('online_sslcommerz'));
  afterAll(() => world.stop());
  beforeEach(() => world.sandbox.reset());

  const capturedEvents = async (orderId: string) =>
    (
      await world.payments.rows(
        "SELECT count(*)::int AS n FROM outbox WHERE key = $1 AND type = 'payment.captured.v1'",
        [orderId],
      )
    )[0].n;

  it('captures on a genuine IPN validated with SSLCommerz; the browser post then gets the same answer', async () => {
    const { request, intent, checkout } = await world.requestOnline('sslcommerz');
    expect(checkout.redirectUrl).toMatch(/\/EasyCheckOut\/testcde/);
    expect(intent.provider_ref).toBe(`${request.orderNumber}-${intent.id.slice(0, 8)}`);

    const approval = await world.sandbox.approve('sslcommerz', intent.provider_ref);
    expect(approval.ipn).toEqual([expect.objectContaining({ status: 200 })]);
    await world.payments.nextEvent(request.orderId, 'payment.authorized.v1');
    const captured = await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
    expect(captured.data).toMatchObject({
      method: 'sslcommerz',
      amountPoisha: 310_000,
      providerRef: intent.provider_ref,
    });
    expect((await world.intent(request.orderId))!.provider_txn_id).toBeTruthy();

    const form = approval.browserForm!;
    const browser = await world.postForm(form.action, form.fields);
    expect(browser).toMatchObject({ status: 303, location: world.storefront(request.orderId, 'success') });
    expect(await capturedEvents(request.orderId)).toBe(1);
  });

  it('fails the payment on a failed or cancelled payment, whatever the browser posts', async () => {
    const { request, intent } = await world.requestOnline('sslcommerz');
    const approval = await world.sandbox.approve('sslcommerz', intent.provider_ref, 'failure');
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toMatch(/^SSLCommerz declined the payment/);
    // a browser post claiming success for it changes nothing
    const form = approval.browserForm!;
    const browser = await world.postForm(form.action.replace('/fail', '/success'), form.fields);
    expect(browser.location).toBe(world.storefront(request.orderId, 'failed'));
    expect((await world.intent(request.orderId))!.status).toBe('failed');
  });

  it('captures exactly once for ten IPN deliveries', async () => {
    await world.sandbox.scenario({ provider: 'sslcommerz', outcome: 'duplicate_callback', deliveries: 10 });
    const { request, intent } = await world.requestOnline('sslcommerz');
    const approval = await world.sandbox.approve('sslcommerz', intent.provider_ref);
    expect(approval.ipn).toHaveLength(10);
    // and ten more at once, as a retrying provider might send them
    const form = approval.browserForm!.fields;
    const ipnUrl = `${world.payments.service.url}/payments/callbacks/sslcommerz/ipn`;
    const again = await Promise.all(Array.from({ length: 10 }, () => world.postForm(ipnUrl, form)));
    expect(again.map((a) => a.status)).toEqual(Array(10).fill(200));
    await world.payments.nextEvent(request.orderId, 'payment.captured.v1');
    expect(await capturedEvents(request.orderId)).toBe(1);
    expect(world.payments.eventsFor(request.orderId, 'payment.captured.v1').length).toBeLessThanOrEqual(1);
  });

  it('rejects a forged IPN (bad verify_sign, unknown val_id) and captures nothing', async () => {
    await world.sandbox.scenario({ provider: 'sslcommerz', outcome: 'forged_callback' });
    const { request, intent } = await world.requestOnline('sslcommerz');
    const forged = await world.sandbox.approve('sslcommerz', intent.provider_ref);
    expect(forged.ipn).toEqual([expect.objectContaining({ status: 400 })]);
    const browser = await world.postForm(forged.browserForm!.action, forged.browserForm!.fields);
    expect(browser.location).toBe(world.storefront('', 'failed').replace('orderId=&', ''));
    expect((await world.intent(request.orderId))!.status).toBe('requires_action');
    expect(
      await world.metric('payment_callbacks_rejected_total', {
        provider: 'sslcommerz',
        reason: 'bad_signature',
      }),
    ).toBe(2);
  });

  it('answers a replayed success post of another payment for that payment, never for this one', async () => {
    const first = await world.requestOnline('sslcommerz', [120_000]);
    const paid = await world.sandbox.approve('sslcommerz', first.intent.provider_ref);
    await world.payments.nextEvent(first.request.orderId, 'payment.captured.v1');
    const second = await world.requestOnline('sslcommerz', [900_000]);
    // signed fields cannot be changed without the store password: replayed as they are, they only name the first
    // (captured) payment
    const replay = await world.postForm(paid.browserForm!.action, paid.browserForm!.fields);
    expect(replay.location).toBe(world.storefront(first.request.orderId, 'success'));
    expect((await world.intent(second.request.orderId))!.status).toBe('requires_action');
  });

  it('never captures an amount that differs by ৳1 or more', async () => {
    await world.sandbox.scenario({ provider: 'sslcommerz', outcome: 'amount_mismatch' });
    const { request, intent } = await world.requestOnline('sslcommerz');
    await world.sandbox.approve('sslcommerz', intent.provider_ref);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toContain('৳1,550 paid where ৳3,100 was due');
    expect(await capturedEvents(request.orderId)).toBe(0);
  });

  it('expires a session the shopper never paid, asking SSLCommerz by tran_id first', async () => {
    await world.sandbox.scenario({ provider: 'sslcommerz', outcome: 'timeout' });
    const { request, intent } = await world.requestOnline('sslcommerz', [150_000], 3_000);
    await world.sandbox.approve('sslcommerz', intent.provider_ref);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toMatch(/^expired: the shopper did not finish paying with SSLCommerz in time/);
  });

  it('fails at once when SSLCommerz is down', async () => {
    await world.sandbox.scenario({ provider: 'sslcommerz', outcome: 'down' });
    const request = paymentRequest('sslcommerz', [99_000]);
    await world.payments.publish('order.payment-requested.v1', request, request.orderId);
    const failed = await world.payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toMatch(
      /^SSLCommerz is not available right now \(SSLCommerz answered HTTP 503\)/,
    );
  });
});
