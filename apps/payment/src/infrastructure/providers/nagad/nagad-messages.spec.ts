import { NagadCrypto, NagadKeyPair } from '@getit/payment-protocols';
import { completeBody, initializeBody, nagadOrderId, open, readCallback, readVerify } from './nagad-messages';
import { NagadSettings } from './nagad.settings';

describe('Nagad messages', () => {
  let nagad: NagadKeyPair;
  let merchant: NagadKeyPair;
  let settings: NagadSettings;
  beforeAll(async () => {
    [nagad, merchant] = await Promise.all([NagadKeyPair.generate(), NagadKeyPair.generate()]);
    settings = {
      baseUrl: 'http://nagad',
      merchantId: '683002007104225',
      merchantNumber: '01711428036',
      nagadPublicKey: nagad.publicKeyBase64,
      merchantPrivateKey: merchant.privateKeyBase64,
      callbackUrl: 'https://getit.com.bd/api/payments/callbacks/nagad',
      clientIp: '203.0.113.10',
      timeoutMs: 1000,
    };
  });

  it('makes an orderId of 5–20 letters and digits, unique per attempt', () => {
    const id = nagadOrderId({ orderNumber: 'GI-20261121-4F7K2Q', paymentId: '5e6f7a8b-9c0d', orderId: 'o' });
    expect(id).toBe('GI202611214F7K2Q5E6F');
    expect(nagadOrderId({ paymentId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', orderId: 'o' })).toMatch(
      /^[A-Z0-9]{20}$/,
    );
  });

  it('encrypts initialize for Nagad and signs it as the merchant', () => {
    const body = initializeBody('GI202611214F7K2Q5E6F', settings, Date.UTC(2025, 11, 9, 10, 12, 43));
    expect(body).toMatchObject({ accountNumber: '01711428036', dateTime: '20251209161243' });
    const plaintext = NagadCrypto.decrypt(body.sensitiveData, nagad.privateKey);
    expect(JSON.parse(plaintext)).toMatchObject({
      merchantId: '683002007104225',
      orderId: 'GI202611214F7K2Q5E6F',
    });
    expect(NagadCrypto.verify(plaintext, body.signature, merchant.publicKey)).toBe(true);
  });

  it("echoes Nagad's challenge and the amount in taka at complete", () => {
    const body = completeBody(
      { orderId: 'O1', amountPoisha: 310_000, challenge: 'c1', paymentId: 'p' },
      settings,
    );
    expect(JSON.parse(NagadCrypto.decrypt(body.sensitiveData, nagad.privateKey))).toEqual({
      merchantId: '683002007104225',
      orderId: 'O1',
      currencyCode: '050',
      amount: '3100.00',
      challenge: 'c1',
    });
    expect(body.merchantCallbackURL).toBe(settings.callbackUrl);
  });

  it('opens only answers Nagad signed', () => {
    const plaintext = JSON.stringify({ paymentReferenceId: 'R1', challenge: 'c1' });
    const sealed = NagadCrypto.encrypt(plaintext, merchant.publicKey);
    expect(
      open({ sensitiveData: sealed, signature: NagadCrypto.sign(plaintext, nagad.privateKey) }, settings),
    ).toEqual({
      paymentReferenceId: 'R1',
      challenge: 'c1',
    });
    expect(
      open({ sensitiveData: sealed, signature: NagadCrypto.sign(plaintext, merchant.privateKey) }, settings),
    ).toBeNull();
  });

  it('reads verify: Success is paid; Ready waits; Aborted is cancelled', () => {
    const base = {
      merchantId: '683002007104225',
      orderId: 'O1',
      amount: '3100.00',
      issuerPaymentRefNo: 'I1',
    };
    expect(readVerify({ ...base, status: 'Success' }, settings)).toMatchObject({
      status: 'paid',
      amountPoisha: 310_000,
      reference: 'O1',
      providerTxnId: 'I1',
    });
    expect(readVerify({ ...base, status: 'Ready' }, settings)).toMatchObject({ status: 'pending' });
    expect(readVerify({ ...base, status: 'Aborted' }, settings)).toMatchObject({ status: 'cancelled' });
    expect(readVerify({ ...base, status: 'Failed' }, settings)).toMatchObject({ status: 'failed' });
    expect(readVerify({ ...base, merchantId: '999999', status: 'Success' }, settings)).toMatchObject({
      status: 'unknown',
    });
  });

  it('reads the callback by payment_ref_id', () => {
    expect(readCallback({ payment_ref_id: 'R1', status: 'Success' })).toMatchObject({
      ok: true,
      claim: { hint: 'success' },
    });
    expect(readCallback({ payment_ref_id: 'R1', status: 'Aborted' })).toMatchObject({
      ok: true,
      claim: { hint: 'cancel' },
    });
    expect(readCallback({ status: 'Success' })).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
