import { PaymentSandboxControl, RunningPaymentSandbox, startPaymentSandbox } from '../src';
import { BkashMerchant } from './support/bkash-merchant';
import { CallbackRecorder } from './support/callback-recorder';
import { httpCall } from './support/http-call';

/** bKash tokenized checkout driven over real HTTP the way a merchant and a shopper's browser would. */
describe('bKash sandbox', () => {
  let sandbox: RunningPaymentSandbox;
  let control: PaymentSandboxControl;
  let merchant: BkashMerchant;
  let shop: CallbackRecorder;
  let callbackURL: string;

  beforeAll(async () => {
    sandbox = await startPaymentSandbox({ port: 0 });
    control = sandbox.control;
    shop = await CallbackRecorder.start();
    callbackURL = shop.url('/bkash/callback?order=ORD-1');
    merchant = new BkashMerchant(`${sandbox.url}/v1.2.0-beta`);
  });
  afterAll(async () => {
    await sandbox?.stop();
    await shop?.close();
  });
  beforeEach(async () => {
    await control.reset();
    shop.clear();
    await merchant.grant();
  });

  /** The shopper's browser: follow one callback URL to the merchant. */
  const browse = (url: string) => httpCall('GET', url);

  it('runs grant → create → shopper approves on the page → execute → status → search → refund', async () => {
    const grant = await merchant.grant();
    expect(grant.body).toMatchObject({ statusCode: '0000', token_type: 'Bearer', expires_in: 3600 });

    const created = await merchant.create(callbackURL, {
      amount: '1150.5',
      merchantInvoiceNumber: 'INV-1001',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      statusCode: '0000',
      statusMessage: 'Successful',
      transactionStatus: 'Initiated',
      amount: '1150.50',
      currency: 'BDT',
      intent: 'sale',
      merchantInvoiceNumber: 'INV-1001',
    });
    const { paymentID, bkashURL } = created.body;
    expect(paymentID).toMatch(/^TR0011[A-Z0-9]{7}\d{13}$/);
    expect(created.body.paymentCreateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d:\d{3} GMT\+0600$/);
    expect(bkashURL.startsWith(`${sandbox.publicUrl}/bkash/pay/${paymentID}`)).toBe(true);

    const page = await httpCall('GET', bkashURL);
    expect(page.status).toBe(200);
    expect(page.text).toContain('INV-1001');

    const approved = await httpCall('POST', `${sandbox.url}/bkash/pay/${paymentID}/approve?outcome=success`);
    expect(approved.status).toBe(302);
    const location = new URL(approved.headers.get('location') as string);
    expect(location.pathname).toBe('/bkash/callback');
    expect(location.searchParams.get('order')).toBe('ORD-1');
    expect(location.searchParams.get('paymentID')).toBe(paymentID);
    expect(location.searchParams.get('status')).toBe('success');
    expect(location.searchParams.get('signature')).toMatch(/^\w{10}$/);
    expect(location.searchParams.get('apiVersion')).toBe('1.2.0-beta/');
    await browse(location.toString());
    expect(shop.to('/bkash/callback')).toHaveLength(1);

    const executed = await merchant.execute(paymentID);
    expect(executed.body).toMatchObject({
      statusCode: '0000',
      paymentID,
      transactionStatus: 'Completed',
      amount: '1150.50',
      merchantInvoiceNumber: 'INV-1001',
      customerMsisdn: '01770618575',
    });
    const { trxID } = executed.body;
    expect(trxID).toMatch(/^[A-Z0-9]{10}$/);
    expect(executed.body.paymentExecuteTime).toMatch(/:\d{3} GMT\+0600$/);

    const status = await merchant.status(paymentID);
    expect(status.body).toMatchObject({
      transactionStatus: 'Completed',
      trxID,
      amount: '1150.50',
      merchantInvoice: 'INV-1001',
      mode: '0011',
      statusCode: '0000',
    });
    expect(status.body).not.toHaveProperty('merchantInvoiceNumber');

    const search = await merchant.search(trxID);
    expect(search.body).toMatchObject({
      trxID,
      transactionStatus: 'Completed',
      amount: '1150.50',
      currency: 'BDT',
    });

    const refund = await merchant.refund(paymentID, trxID, '150.50');
    expect(refund.body).toMatchObject({
      originalTrxID: trxID,
      transactionStatus: 'Completed',
      amount: '150.50',
      currency: 'BDT',
      charge: '0.00',
    });
    expect(refund.body.refundTrxID).toMatch(/^[A-Z0-9]{10}$/);
    const refundStatus = await merchant.refundStatus(paymentID, trxID);
    expect(refundStatus.body).toMatchObject({ refundTrxID: refund.body.refundTrxID, amount: '150.50' });

    const tooMuch = await merchant.refund(paymentID, trxID, '1000.01');
    expect(tooMuch.body).toEqual({
      statusCode: '2026',
      statusMessage: expect.stringContaining('reversal amount'),
    });
    const rest = await merchant.refund(paymentID, trxID, '1000.00');
    expect(rest.body.transactionStatus).toBe('Completed');
  });

  it('checks the token and app key on every call', async () => {
    const body = { paymentID: 'TR0011AAAAAAA1765276963828' };
    const noToken = await merchant.call('payment/status', body, { 'X-APP-Key': merchant.credentials.appKey });
    expect(noToken.status).toBe(401);
    const bearer = await merchant.call('payment/status', body, {
      Authorization: `Bearer ${merchant.idToken}`,
      'X-APP-Key': merchant.credentials.appKey,
    });
    expect(bearer.status).toBe(401);
    const wrongKey = await merchant.call('payment/status', body, {
      Authorization: merchant.idToken,
      'X-APP-Key': 'nope',
    });
    expect(wrongKey.body).toEqual({ statusCode: '2001', statusMessage: 'Invalid App Key' });
    const anyCase = await merchant.call('payment/status', body, {
      AUTHORIZATION: merchant.idToken,
      'x-app-key': merchant.credentials.appKey,
    });
    expect(anyCase.body).toEqual({ statusCode: '2002', statusMessage: 'Invalid Payment ID' });

    expect((await merchant.grant({ password: 'wrong' })).status).toBe(401);
    expect((await merchant.grant({ appKey: 'wrong' })).body.statusCode).toBe('2001');
  });

  it('expires tokens after 3600 seconds; refresh issues a working one', async () => {
    await control.advanceClock(3_601);
    expect((await merchant.create(callbackURL)).status).toBe(401);
    const refreshed = await merchant.refresh();
    expect(refreshed.body).toMatchObject({ statusCode: '0000', expires_in: 3600 });
    expect((await merchant.create(callbackURL)).body.statusCode).toBe('0000');
  });

  it('refuses bad create requests with bKash status codes', async () => {
    const code = async (overrides: Record<string, unknown>) =>
      (await merchant.create(callbackURL, overrides)).body.statusCode;
    expect(await code({ mode: '0001' })).toBe('2063');
    expect(await code({ amount: 'abc' })).toBe('2006');
    expect(await code({ amount: '0' })).toBe('2006');
    expect(await code({ currency: 'USD' })).toBe('2007');
    expect(await code({ intent: 'authorization' })).toBe('2008');
    expect(await code({ merchantInvoiceNumber: '' })).toBe('2065');
    expect(await code({ callbackURL: 'not a url' })).toBe('2049');
  });

  it('refuses execute before approval, a second execute and unknown payments', async () => {
    const { paymentID } = (await merchant.create(callbackURL)).body;
    expect((await merchant.execute(paymentID)).body.statusCode).toBe('2056');
    await control.approveBkash(paymentID);
    expect((await merchant.execute(paymentID)).body.statusCode).toBe('0000');
    expect((await merchant.execute(paymentID)).body).toEqual({
      statusCode: '2117',
      statusMessage: 'Payment execution already been called before',
    });
    expect((await merchant.execute('TR0011NOPENOPE1765276963828')).body.statusCode).toBe('2002');
    const again = await httpCall('POST', `${sandbox.url}/bkash/pay/${paymentID}/approve`);
    expect(again.status).toBe(409);
    expect(again.text).toContain('2062');
  });

  describe('scenarios', () => {
    it('fail: the shopper is sent back with status=failure and execute is refused', async () => {
      await control.setScenario({ provider: 'bkash', outcome: 'fail' });
      const { paymentID } = (await merchant.create(callbackURL)).body;
      const approval = await control.approveBkash(paymentID, 'success');
      expect(new URL(approval.callbackUrl as string).searchParams.get('status')).toBe('failure');
      expect((await merchant.execute(paymentID)).body.statusCode).toBe('2056');
      expect((await merchant.status(paymentID)).body.transactionStatus).toBe('Failed');
    });

    it('cancel: status=cancel and the payment is Cancelled', async () => {
      await control.setScenario({ provider: 'bkash', outcome: 'cancel' });
      const { paymentID } = (await merchant.create(callbackURL)).body;
      const approval = await control.approveBkash(paymentID);
      expect(new URL(approval.callbackUrl as string).searchParams.get('status')).toBe('cancel');
      expect((await merchant.status(paymentID)).body.transactionStatus).toBe('Cancelled');
    });

    it('timeout: no callback at all; the payment stays Initiated', async () => {
      await control.setScenario({ provider: 'bkash', outcome: 'timeout' });
      const { paymentID } = (await merchant.create(callbackURL)).body;
      const approval = await control.approveBkash(paymentID);
      expect(approval).toMatchObject({ outcome: 'timeout', callbackUrl: null, callbackUrls: [] });
      const page = await httpCall('GET', `${sandbox.url}/bkash/pay/${paymentID}`);
      expect(page.text).toContain('no longer waiting');
      expect((await merchant.status(paymentID)).body.transactionStatus).toBe('Initiated');
      expect((await merchant.execute(paymentID)).body.statusCode).toBe('2056');
      expect(shop.requests).toHaveLength(0);
    });

    it('duplicate_callback: the callback reaches the merchant as often as asked; one execute succeeds', async () => {
      await control.setScenario({ provider: 'bkash', outcome: 'duplicate_callback', deliveries: 3 });
      const { paymentID } = (await merchant.create(callbackURL)).body;
      const approved = await httpCall(
        'POST',
        `${sandbox.url}/bkash/pay/${paymentID}/approve?outcome=success`,
      );
      await browse(approved.headers.get('location') as string);
      const received = await shop.waitFor('/bkash/callback', 3);
      expect(new Set(received.map((r) => r.query.get('paymentID')))).toEqual(new Set([paymentID]));
      expect((await merchant.execute(paymentID)).body.statusCode).toBe('0000');
      expect((await merchant.execute(paymentID)).body.statusCode).toBe('2117');
    });

    it('forged_callback: a success callback arrives but bKash never authorised the payment', async () => {
      await control.setScenario({ provider: 'bkash', outcome: 'forged_callback', reference: 'INV-FORGED' });
      const { paymentID } = (await merchant.create(callbackURL, { merchantInvoiceNumber: 'INV-FORGED' }))
        .body;
      const forged = await control.approveBkash(paymentID);
      expect(forged.outcome).toBe('forged');
      expect(new URL(forged.callbackUrl as string).searchParams.get('status')).toBe('success');
      expect((await merchant.execute(paymentID)).body.statusCode).toBe('2056');
      expect((await merchant.status(paymentID)).body.transactionStatus).toBe('Initiated');
      const held = (await control.payments()).bkash.find((p) => p.paymentID === paymentID);
      expect(held?.callbacks.map((c) => c.genuine)).toEqual([false]);

      const real = await control.approveBkash(paymentID);
      expect(new URL(real.callbackUrl as string).searchParams.get('signature')).not.toBe(
        new URL(forged.callbackUrl as string).searchParams.get('signature'),
      );
      expect((await merchant.execute(paymentID)).body.transactionStatus).toBe('Completed');
    });

    it('amount_mismatch: bKash books a different amount than was requested', async () => {
      await control.setScenario({ provider: 'bkash', outcome: 'amount_mismatch', amount: '499.00' });
      const { paymentID } = (await merchant.create(callbackURL, { amount: '500.00' })).body;
      await control.approveBkash(paymentID);
      expect((await merchant.execute(paymentID)).body.amount).toBe('499.00');
      expect((await merchant.status(paymentID)).body.amount).toBe('499.00');
    });

    it('down: every API call answers 503 until reset; connection_reset drops the socket', async () => {
      await control.setScenario({ provider: 'bkash', outcome: 'down' });
      const down = await merchant.grant();
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ statusCode: '503', statusMessage: expect.stringContaining('maintenance') });
      expect((await merchant.create(callbackURL)).status).toBe(503);

      await control.setScenario({ provider: 'bkash', outcome: 'down', downMode: 'connection_reset' });
      await expect(merchant.create(callbackURL)).rejects.toThrow();

      await control.reset('bkash');
      expect((await merchant.grant()).body.statusCode).toBe('0000');
      expect((await merchant.create(callbackURL)).body.statusCode).toBe('0000');
    });
  });
});
