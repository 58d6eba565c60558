import {
  generateMerchantKeyPair,
  NagadKeyPair,
  NagadKeysView,
  PaymentSandboxControl,
  RunningPaymentSandbox,
  startPaymentSandbox,
} from '../src';
import { CallbackRecorder } from './support/callback-recorder';
import { httpCall } from './support/http-call';
import { NAGAD_HEADERS, NagadMerchant } from './support/nagad-merchant';

/** Nagad's merchant checkout over real HTTP with real RSA, as a merchant and a shopper's browser would drive it. */
describe('Nagad sandbox', () => {
  let sandbox: RunningPaymentSandbox;
  let control: PaymentSandboxControl;
  let merchant: NagadMerchant;
  let shop: CallbackRecorder;
  let stranger: NagadKeyPair;
  let orderSeq = 0;
  const nextOrderId = () => `GETIT${Date.now() % 1_000_000}${(orderSeq += 1)}`;

  beforeAll(async () => {
    sandbox = await startPaymentSandbox({ port: 0 });
    control = sandbox.control;
    shop = await CallbackRecorder.start();
    const { nagad } = await control.keys();
    expect(nagad.merchantPrivateKey).toBeDefined();
    merchant = new NagadMerchant(
      `${sandbox.url}/remote-payment-gateway-1.0`,
      nagad as NagadKeysView & { merchantPrivateKey: string },
    );
    stranger = await generateMerchantKeyPair();
  });
  afterAll(async () => {
    await sandbox?.stop();
    await shop?.close();
  });
  beforeEach(async () => {
    await control.reset();
    shop.clear();
  });

  const callbackUrl = () => shop.url('/nagad/callback?cart=77');
  const reason = async (promise: Promise<{ status: number; body: { reason: string } }>) => {
    const answer = await promise;
    expect(answer.status).toBe(400);
    return answer.body.reason;
  };

  it('runs initialize → complete → shopper approves → callback → verify with real RSA', async () => {
    const orderId = nextOrderId();
    const init = await merchant.initialize(orderId);
    expect(init.status).toBe(200);
    const opened = merchant.open(init.body);
    expect(opened.signedByNagad).toBe(true);
    expect(opened.data).toEqual({
      paymentReferenceId: expect.any(String),
      challenge: expect.stringMatching(/^[0-9a-f]{40}$/),
      acceptDateTime: expect.stringMatching(/^\d{14}$/),
    });

    const { paymentReferenceId, challenge } = opened.data as Record<string, string>;
    const completed = await merchant.complete(
      paymentReferenceId as string,
      { orderId, amount: '1150.00', challenge: challenge as string },
      callbackUrl(),
    );
    expect(completed.body).toEqual({
      status: 'Success',
      callBackUrl: expect.stringContaining(`${sandbox.publicUrl}/nagad/check-out/`),
    });

    const beforePaying = await merchant.verify(paymentReferenceId as string);
    expect(beforePaying.body).toMatchObject({ status: 'Ready', orderId });

    const page = await httpCall('GET', completed.body.callBackUrl);
    expect(page.status).toBe(200);
    expect(page.text).toContain(orderId);
    const approved = await httpCall('POST', `${completed.body.callBackUrl}/approve?outcome=success`);
    expect(approved.status).toBe(302);
    const location = new URL(approved.headers.get('location') as string);
    expect(location.pathname).toBe('/nagad/callback');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      cart: '77',
      merchant: merchant.keys.merchantId,
      order_id: orderId,
      payment_ref_id: paymentReferenceId,
      status: 'Success',
      status_code: '00_0000_000',
      message: 'Successful Transaction',
    });

    const verified = await merchant.verify(paymentReferenceId as string);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      merchantId: merchant.keys.merchantId,
      orderId,
      paymentRefId: paymentReferenceId,
      amount: '1150.00',
      merchantMobileNo: merchant.keys.merchantNumber,
      status: 'Success',
      statusCode: '000',
      issuerPaymentRefNo: expect.stringMatching(/^\d{6}[A-Z0-9]{2}$/),
      issuerPaymentDateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.0$/),
    });
    expect(JSON.parse(verified.body.additionalMerchantInfo)).toEqual({ shop: 'GetIt', vendorCount: 2 });
  });

  it('requires the X-KM headers on every call', async () => {
    const { 'X-KM-IP-V4': _dropped, ...withoutIp } = NAGAD_HEADERS;
    expect(await reason(merchant.initialize(nextOrderId(), { headers: withoutIp }))).toBe('16_0006_064');
    expect(await reason(merchant.verify('anything', { 'X-KM-Api-Version': 'v-0.2.0' }))).toBe('16_0006_064');
  });

  it('refuses invalid order ids, bad signatures, unreadable sensitive data and duplicate orders', async () => {
    expect(await reason(merchant.initialize('ORD-1001'))).toBe('16_0006_068');
    expect(await reason(merchant.initialize('AB12'))).toBe('16_0006_068');
    expect(await reason(merchant.initialize(nextOrderId(), { signWith: stranger.privateKeyBase64 }))).toBe(
      '16_0006_058',
    );
    expect(await reason(merchant.initialize(nextOrderId(), { encryptFor: stranger.publicKeyBase64 }))).toBe(
      '16_0006_059',
    );
    expect(await reason(merchant.initialize(nextOrderId(), { sensitive: { orderId: 'SOMEOTHER1' } }))).toBe(
      '16_0006_059',
    );

    const orderId = nextOrderId();
    expect((await merchant.initialize(orderId)).status).toBe(200);
    expect(await reason(merchant.initialize(orderId))).toBe('16_0006_083');
  });

  it('refuses complete without the challenge Nagad returned, or signed by someone else', async () => {
    const orderId = nextOrderId();
    const { data } = merchant.open((await merchant.initialize(orderId)).body);
    const ref = data['paymentReferenceId'] as string;
    const fields = { orderId, amount: '100.00', challenge: data['challenge'] as string };
    expect(
      await reason(merchant.complete(ref, { ...fields, challenge: 'f'.repeat(40) }, callbackUrl())),
    ).toBe('16_0006_059');
    expect(
      await reason(merchant.complete(ref, fields, callbackUrl(), { signWith: stranger.privateKeyBase64 })),
    ).toBe('16_0006_058');
    expect(await reason(merchant.complete(ref, { ...fields, currencyCode: '840' }, callbackUrl()))).toBe(
      '16_0006_059',
    );
    expect((await merchant.verify(ref)).body.status).toBe('OrderInitiated');
    expect((await merchant.complete(ref, fields, callbackUrl())).body.status).toBe('Success');
  });

  describe('scenarios', () => {
    it('fail: callback with status=Failed; verify says Failed', async () => {
      await control.setScenario({ provider: 'nagad', outcome: 'fail' });
      const { paymentReferenceId } = await merchant.startCheckout(nextOrderId(), '500.00', callbackUrl());
      const approval = await control.approveNagad(paymentReferenceId);
      expect(new URL(approval.callbackUrl as string).searchParams.get('status')).toBe('Failed');
      expect((await merchant.verify(paymentReferenceId)).body.status).toBe('Failed');
    });

    it('cancel: callback with status=Aborted; verify agrees', async () => {
      await control.setScenario({ provider: 'nagad', outcome: 'cancel' });
      const { paymentReferenceId } = await merchant.startCheckout(nextOrderId(), '500.00', callbackUrl());
      const approval = await control.approveNagad(paymentReferenceId, 'success');
      expect(new URL(approval.callbackUrl as string).searchParams.get('status')).toBe('Aborted');
      expect((await merchant.verify(paymentReferenceId)).body.status).toBe('Aborted');
    });

    it('timeout: the shopper never returns; verify stays Ready', async () => {
      const orderId = nextOrderId();
      await control.setScenario({ provider: 'nagad', outcome: 'timeout', reference: orderId });
      const { paymentReferenceId, callBackUrl } = await merchant.startCheckout(
        orderId,
        '500.00',
        callbackUrl(),
      );
      const page = await httpCall('POST', `${callBackUrl}/approve?outcome=success`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('no callback');
      expect(shop.requests).toHaveLength(0);
      expect((await merchant.verify(paymentReferenceId)).body).toMatchObject({
        status: 'Ready',
        issuerPaymentRefNo: null,
      });
    });

    it('duplicate_callback: the same success callback arrives twice', async () => {
      await control.setScenario({ provider: 'nagad', outcome: 'duplicate_callback' });
      const { paymentReferenceId, callBackUrl } = await merchant.startCheckout(
        nextOrderId(),
        '500.00',
        callbackUrl(),
      );
      const approved = await httpCall('POST', `${callBackUrl}/approve`);
      await httpCall('GET', approved.headers.get('location') as string);
      const received = await shop.waitFor('/nagad/callback', 2);
      expect(received.map((r) => r.query.get('payment_ref_id'))).toEqual([
        paymentReferenceId,
        paymentReferenceId,
      ]);
      expect((await merchant.verify(paymentReferenceId)).body.status).toBe('Success');
    });

    it('forged_callback: a Success callback while Nagad has not been paid', async () => {
      await control.setScenario({ provider: 'nagad', outcome: 'forged_callback' });
      const { paymentReferenceId } = await merchant.startCheckout(nextOrderId(), '500.00', callbackUrl());
      const forged = await control.approveNagad(paymentReferenceId);
      expect(forged.outcome).toBe('forged');
      expect(new URL(forged.callbackUrl as string).searchParams.get('status')).toBe('Success');
      expect((await merchant.verify(paymentReferenceId)).body.status).toBe('Ready');
    });

    it('amount_mismatch: verify reports a different amount than the merchant asked for', async () => {
      await control.setScenario({ provider: 'nagad', outcome: 'amount_mismatch' });
      const { paymentReferenceId } = await merchant.startCheckout(nextOrderId(), '500.00', callbackUrl());
      await control.approveNagad(paymentReferenceId);
      expect((await merchant.verify(paymentReferenceId)).body).toMatchObject({
        status: 'Success',
        amount: '250.00',
      });
    });

    it('down: initialize, complete and verify answer 503 until reset', async () => {
      const { paymentReferenceId } = await merchant.startCheckout(nextOrderId(), '500.00', callbackUrl());
      await control.setScenario({ provider: 'nagad', outcome: 'down' });
      expect((await merchant.initialize(nextOrderId())).status).toBe(503);
      expect((await merchant.verify(paymentReferenceId)).status).toBe(503);
      await control.setScenario({ provider: 'nagad', outcome: 'down', downMode: 'connection_reset' });
      await expect(merchant.verify(paymentReferenceId)).rejects.toThrow();
      await control.reset('nagad');
      expect((await merchant.initialize(nextOrderId())).status).toBe(200);
    });
  });
});
