import {
  isVerifySignGenuine,
  PaymentSandboxControl,
  RunningPaymentSandbox,
  startPaymentSandbox,
} from '../src';
import { CallbackRecorder } from './support/callback-recorder';
import { httpCall } from './support/http-call';
import { SslcommerzMerchant } from './support/sslcommerz-merchant';

/** SSLCommerz v4 over real HTTP: form posts, a real IPN listener, validation, query and refund. */
describe('SSLCommerz sandbox', () => {
  let sandbox: RunningPaymentSandbox;
  let control: PaymentSandboxControl;
  let merchant: SslcommerzMerchant;
  let shop: CallbackRecorder;
  const storePassword = 'qwerty';

  beforeAll(async () => {
    sandbox = await startPaymentSandbox({ port: 0 });
    control = sandbox.control;
    shop = await CallbackRecorder.start();
    merchant = new SslcommerzMerchant(sandbox.url, (path) => shop.url(path));
  });
  afterAll(async () => {
    await sandbox?.stop();
    await shop?.close();
  });
  beforeEach(async () => {
    await control.reset();
    shop.clear();
  });

  const open = async (overrides: Record<string, string> = {}) => {
    const session = await merchant.createSession(overrides);
    expect(session.body.status).toBe('SUCCESS');
    return session.body as { sessionkey: string; GatewayPageURL: string };
  };

  it('runs session → shopper pays on the page → IPN → browser POST → validate → query → refund', async () => {
    const session = await merchant.createSession({ tran_id: 'ORD-1001', total_amount: '1150' });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({
      status: 'SUCCESS',
      failedreason: '',
      sessionkey: expect.stringMatching(/^[0-9A-F]{32}$/),
    });
    const { sessionkey, GatewayPageURL } = session.body;
    expect(GatewayPageURL).toBe(`${sandbox.publicUrl}/EasyCheckOut/testcde${sessionkey}`);

    const page = await httpCall('GET', GatewayPageURL);
    expect(page.status).toBe(200);
    expect(page.text).toContain('ORD-1001');

    const approved = await httpCall('POST', `${GatewayPageURL}/approve?outcome=success`);
    expect(approved.status).toBe(200);
    expect(approved.text).toContain(`action="${shop.url('/sslcommerz/success')}"`);
    expect(approved.text).toContain('document.getElementById("return").submit()');

    const [ipn] = await shop.waitFor('/sslcommerz/ipn', 1);
    expect(ipn?.method).toBe('POST');
    expect(ipn?.contentType).toContain('application/x-www-form-urlencoded');
    const fields = ipn!.form;
    expect(fields).toMatchObject({
      status: 'VALID',
      tran_id: 'ORD-1001',
      amount: '1150.00',
      store_amount: '1121.25',
      currency: 'BDT',
      currency_amount: '1150.00',
      value_a: 'order-ref-1',
      store_id: 'testbox',
      risk_level: '0',
    });
    expect(fields['val_id']).toMatch(/^\d{15}[A-Za-z0-9]{12}$/);
    expect(fields['tran_date']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(fields['verify_key']?.split(',')).toEqual(
      expect.arrayContaining(['amount', 'tran_id', 'val_id', 'status']),
    );
    expect(fields['verify_sign_sha2']).toMatch(/^[0-9a-f]{64}$/);
    expect(isVerifySignGenuine(fields, storePassword)).toBe(true);
    expect(isVerifySignGenuine({ ...fields, amount: '11500.00' }, storePassword)).toBe(false);

    const valid = await merchant.validate(fields['val_id'] as string);
    expect(valid.body).toMatchObject({
      status: 'VALID',
      tran_id: 'ORD-1001',
      amount: '1150.00',
      APIConnect: 'DONE',
    });
    const again = await merchant.validate(fields['val_id'] as string);
    expect(again.body.status).toBe('VALIDATED');

    const byTran = await merchant.query({ tran_id: 'ORD-1001' });
    expect(byTran.body).toMatchObject({ APIConnect: 'DONE', no_of_trans_found: 1 });
    expect(byTran.body.element[0]).toMatchObject({
      status: 'VALIDATED',
      val_id: fields['val_id'],
      bank_tran_id: fields['bank_tran_id'],
    });
    const bySession = await merchant.query({ sessionkey });
    expect(bySession.body).toMatchObject({ status: 'VALIDATED', sessionkey, tran_id: 'ORD-1001' });

    const refund = await merchant.refund(fields['bank_tran_id'] as string, '150.00');
    expect(refund.body).toMatchObject({
      APIConnect: 'DONE',
      bank_tran_id: fields['bank_tran_id'],
      trans_id: 'ORD-1001',
      status: 'success',
      errorReason: '',
    });
    const status = await merchant.query({ refund_ref_id: refund.body.refund_ref_id });
    expect(status.body).toMatchObject({
      APIConnect: 'DONE',
      refund_ref_id: refund.body.refund_ref_id,
      status: 'refunded',
      tran_id: 'ORD-1001',
    });
    const tooMuch = await merchant.refund(fields['bank_tran_id'] as string, '1000.01');
    expect(tooMuch.body).toMatchObject({ status: 'failed', errorReason: expect.stringContaining('exceeds') });
  });

  it('accepts the session form as multipart/form-data, as PHP curl sends it', async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(merchant.sessionForm({ tran_id: 'ORD-MULTI' })))
      form.append(key, value);
    const session = await httpCall('POST', `${sandbox.url}/gwprocess/v4/api.php`, { body: form });
    expect(session.body).toMatchObject({ status: 'SUCCESS' });
  });

  it('refuses bad sessions with status FAILED and a reason', async () => {
    const failed = async (overrides: Record<string, string>) => {
      const answer = await merchant.createSession(overrides);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'FAILED', GatewayPageURL: '' });
      return answer.body.failedreason as string;
    };
    expect(await failed({ cus_email: '' })).toContain("'cus_email' is missing");
    expect(await failed({ total_amount: '9.99' })).toContain('total_amount');
    expect(await failed({ total_amount: '500000.01' })).toContain('total_amount');
    expect(await failed({ store_passwd: 'wrong' })).toBe('Store Credential Error Or Store is De-active');
    await open({ tran_id: 'ORD-DUP' });
    expect(await failed({ tran_id: 'ORD-DUP' })).toContain('duplicate');
  });

  it('answers validation with bad credentials or an unknown val_id without transaction details', async () => {
    expect((await merchant.validate('nope', { store_passwd: 'wrong' })).body).toEqual({
      APIConnect: 'INACTIVE',
      status: 'INVALID_TRANSACTION',
    });
    expect((await merchant.validate('2512091612431abcdefABCDEF12')).body).toEqual({
      APIConnect: 'DONE',
      status: 'INVALID_TRANSACTION',
    });
  });

  describe('scenarios', () => {
    it('fail: IPN status FAILED, the browser goes to fail_url, nothing validates', async () => {
      await control.setScenario({ provider: 'sslcommerz', outcome: 'fail' });
      const { sessionkey } = await open();
      const approval = await control.approveSslcommerz(sessionkey);
      expect(approval.browserForm?.action).toBe(shop.url('/sslcommerz/fail'));
      const [ipn] = shop.to('/sslcommerz/ipn');
      expect(ipn?.form).toMatchObject({ status: 'FAILED' });
      expect(ipn?.form['val_id']).toBeUndefined();
      expect(isVerifySignGenuine(ipn!.form, storePassword)).toBe(true);
      expect((await merchant.query({ sessionkey })).body.status).toBe('FAILED');
    });

    it('cancel: IPN status CANCELLED, the browser goes to cancel_url', async () => {
      await control.setScenario({ provider: 'sslcommerz', outcome: 'cancel' });
      const { sessionkey } = await open();
      const approval = await control.approveSslcommerz(sessionkey, 'success');
      expect(approval.browserForm?.action).toBe(shop.url('/sslcommerz/cancel'));
      expect(approval.ipn).toEqual([{ url: shop.url('/sslcommerz/ipn'), status: 200 }]);
      expect(shop.to('/sslcommerz/ipn')[0]?.form['status']).toBe('CANCELLED');
    });

    it('timeout: no IPN, no redirect; the session stays UNATTEMPTED', async () => {
      const tranId = 'ORD-TIMEOUT';
      await control.setScenario({ provider: 'sslcommerz', outcome: 'timeout', reference: tranId });
      const { sessionkey } = await open({ tran_id: tranId });
      const approval = await control.approveSslcommerz(tranId);
      expect(approval).toMatchObject({ outcome: 'timeout', callbackUrl: null, ipn: [] });
      expect(shop.requests).toHaveLength(0);
      expect((await merchant.query({ sessionkey })).body.status).toBe('UNATTEMPTED');
      expect((await merchant.query({ tran_id: tranId })).body.no_of_trans_found).toBe(0);
    });

    it('duplicate_callback: the same IPN is delivered ten times; validation still answers once as VALID', async () => {
      await control.setScenario({ provider: 'sslcommerz', outcome: 'duplicate_callback', deliveries: 10 });
      const { sessionkey } = await open();
      const approval = await control.approveSslcommerz(sessionkey);
      expect(approval.ipn).toHaveLength(10);
      const ipns = shop.to('/sslcommerz/ipn');
      expect(ipns).toHaveLength(10);
      expect(new Set(ipns.map((r) => r.form['val_id'])).size).toBe(1);
      const valId = ipns[0]!.form['val_id'] as string;
      expect((await merchant.validate(valId)).body.status).toBe('VALID');
      expect((await merchant.validate(valId)).body.status).toBe('VALIDATED');
    });

    it('forged_callback: an IPN claiming VALID that fails verify_sign and validation', async () => {
      await control.setScenario({ provider: 'sslcommerz', outcome: 'forged_callback' });
      const { sessionkey } = await open();
      const approval = await control.approveSslcommerz(sessionkey);
      expect(approval.outcome).toBe('forged');
      expect(approval.browserForm?.action).toBe(shop.url('/sslcommerz/success'));
      const [ipn] = shop.to('/sslcommerz/ipn');
      expect(ipn?.form['status']).toBe('VALID');
      expect(isVerifySignGenuine(ipn!.form, storePassword)).toBe(false);
      expect((await merchant.validate(ipn!.form['val_id'] as string)).body.status).toBe(
        'INVALID_TRANSACTION',
      );
      expect((await merchant.query({ sessionkey })).body.status).toBe('UNATTEMPTED');
    });

    it('amount_mismatch: a genuinely signed IPN and the validation carry a different amount', async () => {
      await control.setScenario({ provider: 'sslcommerz', outcome: 'amount_mismatch', amount: '1149.00' });
      const { sessionkey } = await open({ total_amount: '1150.00' });
      await control.approveSslcommerz(sessionkey);
      const [ipn] = shop.to('/sslcommerz/ipn');
      expect(isVerifySignGenuine(ipn!.form, storePassword)).toBe(true);
      expect(ipn?.form['amount']).toBe('1149.00');
      expect((await merchant.validate(ipn!.form['val_id'] as string)).body).toMatchObject({
        status: 'VALID',
        amount: '1149.00',
      });
    });

    it('down: session creation and the validator answer 503 until reset', async () => {
      await control.setScenario({ provider: 'sslcommerz', outcome: 'down' });
      expect((await merchant.createSession()).status).toBe(503);
      expect((await merchant.validate('x')).status).toBe(503);
      await control.setScenario({ provider: 'sslcommerz', outcome: 'down', downMode: 'connection_reset' });
      await expect(merchant.createSession()).rejects.toThrow();
      await control.reset('sslcommerz');
      expect((await merchant.createSession()).body.status).toBe('SUCCESS');
    });
  });
});
