import { PaymentSandboxControl, RunningPaymentSandbox, startPaymentSandbox } from '../src';
import { BkashMerchant } from './support/bkash-merchant';
import { CallbackRecorder } from './support/callback-recorder';
import { httpCall } from './support/http-call';
import { SslcommerzMerchant } from './support/sslcommerz-merchant';

/** The /__control API that tests in other projects use to steer the sandbox. */
describe('payment sandbox control API', () => {
  let sandbox: RunningPaymentSandbox;
  let control: PaymentSandboxControl;
  let shop: CallbackRecorder;

  beforeAll(async () => {
    shop = await CallbackRecorder.start();
    sandbox = await startPaymentSandbox({
      port: 0,
      publicUrl: 'https://pay-sandbox.getit.test/',
      bkash: { appKey: 'custom-app-key' },
      sslcommerz: { storeId: 'getit01', storePassword: 'getit01@ssl' },
      maxPayments: 3,
    });
    control = sandbox.control;
  });
  afterAll(async () => {
    await sandbox?.stop();
    await shop?.close();
  });
  beforeEach(() => control.reset());

  it('publishes base URLs, credentials and Nagad keys for configuring a merchant', async () => {
    const config = await control.config();
    expect(config.publicUrl).toBe('https://pay-sandbox.getit.test');
    expect(config.bkash).toMatchObject({
      baseUrl: 'https://pay-sandbox.getit.test/v1.2.0-beta',
      appKey: 'custom-app-key',
    });
    expect(config.sslcommerz).toEqual({
      baseUrl: 'https://pay-sandbox.getit.test',
      storeId: 'getit01',
      storePassword: 'getit01@ssl',
    });
    expect(config.nagad.baseUrl).toBe('https://pay-sandbox.getit.test/remote-payment-gateway-1.0');
    const { nagad } = await control.keys();
    expect(nagad.nagadPublicKey).toMatch(/^MIIB[A-Za-z0-9+/=]+$/);
    expect(nagad.nagadPublicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');
    expect(nagad.merchantPrivateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(nagad.merchantId).toBe('683002007104225');
  });

  it('uses the public URL for browser-facing pages and the configured credentials', async () => {
    const merchant = new SslcommerzMerchant(sandbox.url, (path) => shop.url(path));
    const refused = await merchant.createSession();
    expect(refused.body.failedreason).toBe('Store Credential Error Or Store is De-active');
    const accepted = await httpCall('POST', `${sandbox.url}/gwprocess/v4/api.php`, {
      form: merchant.sessionForm({ store_id: 'getit01', store_passwd: 'getit01@ssl' }),
    });
    expect(accepted.body.GatewayPageURL).toMatch(
      /^https:\/\/pay-sandbox\.getit\.test\/EasyCheckOut\/testcde/,
    );
  });

  it('rejects malformed scenarios and unknown payments with problem details', async () => {
    const bad = await httpCall('POST', `${sandbox.url}/__control/scenario`, {
      json: { provider: 'paypal', outcome: 'fail' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.detail).toContain('provider');
    await expect(
      control.setScenario({ provider: 'bkash', outcome: 'amount_mismatch', amount: '1.234' }),
    ).rejects.toThrow(/400/);
    await expect(control.approveBkash('TR0011UNKNOWN1765276963828')).rejects.toThrow(/404/);
  });

  it('lists queued scenarios and outages, and reset clears them with the payments', async () => {
    await control.setScenario({ provider: 'nagad', outcome: 'fail', reference: 'ORDER1', count: 2 });
    await control.setScenario({ provider: 'bkash', outcome: 'down' });
    const pending = await httpCall('GET', `${sandbox.url}/__control/scenarios`);
    expect(pending.body).toEqual({
      queued: [{ provider: 'nagad', reference: 'ORDER1', remaining: 2, outcome: 'fail', deliveries: 1 }],
      down: { bkash: 'http_503' },
    });
    await control.reset();
    expect((await httpCall('GET', `${sandbox.url}/__control/scenarios`)).body).toEqual({
      queued: [],
      down: {},
    });
  });

  it('holds payments for assertions, keeps only the newest beyond capacity, and clears them on reset', async () => {
    const merchant = new BkashMerchant(`${sandbox.url}/v1.2.0-beta`);
    const grant = await httpCall('POST', `${sandbox.url}/v1.2.0-beta/tokenized/checkout/token/grant`, {
      headers: { username: merchant.credentials.username, password: merchant.credentials.password },
      json: { app_key: 'custom-app-key', app_secret: merchant.credentials.appSecret },
    });
    const headers = { Authorization: grant.body.id_token, 'X-APP-Key': 'custom-app-key' };
    const invoices = ['INV-A', 'INV-B', 'INV-C', 'INV-D'];
    for (const merchantInvoiceNumber of invoices) {
      const created = await merchant.call(
        'create',
        {
          mode: '0011',
          callbackURL: shop.url('/cb'),
          amount: '10',
          currency: 'BDT',
          intent: 'sale',
          merchantInvoiceNumber,
        },
        headers,
      );
      expect(created.body.statusCode).toBe('0000');
    }
    const held = await control.payments();
    expect(held.bkash.map((p) => p.merchantInvoiceNumber)).toEqual(['INV-B', 'INV-C', 'INV-D']);
    expect(held.bkash[0]).toMatchObject({
      requestedAmount: '10.00',
      transactionStatus: 'Initiated',
      scenario: { outcome: 'succeed' },
    });
    const only = await httpCall('GET', `${sandbox.url}/__control/payments?provider=nagad`);
    expect(only.body).toEqual({ nagad: [] });
    await control.reset('bkash');
    expect((await control.payments()).bkash).toEqual([]);
  });

  it('refuses a second shopper action on the same payment', async () => {
    const merchant = new SslcommerzMerchant(sandbox.url, (path) => shop.url(path));
    const session = await httpCall('POST', `${sandbox.url}/gwprocess/v4/api.php`, {
      form: merchant.sessionForm({ store_id: 'getit01', store_passwd: 'getit01@ssl', ipn_url: '' }),
    });
    const first = await control.approveSslcommerz(session.body.sessionkey, 'failure');
    expect(first).toMatchObject({ outcome: 'failure', ipn: [] });
    await expect(control.approveSslcommerz(session.body.sessionkey)).rejects.toThrow(/409/);
  });
});
