import { computeVerifySign } from '@getit/payment-protocols';
import { readCallback, readQuery, readTransaction, sessionForm, tranId } from './sslcommerz-messages';
import { SslcommerzSettings } from './sslcommerz.settings';

const settings: SslcommerzSettings = {
  baseUrl: 'http://ssl',
  storeId: 'testbox',
  storePassword: 'qwerty',
  callbackBaseUrl: 'https://getit.com.bd/api/payments/callbacks/sslcommerz',
  timeoutMs: 1000,
};
const request = {
  paymentId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  idempotencyKey: 'k',
  orderId: '8c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  orderNumber: 'GI-20261121-4F7K2Q',
  phone: '+8801712345678',
  amountPoisha: 310_000,
  currency: 'BDT' as const,
  returnUrl: null,
};

function signed(fields: Record<string, string>, password = 'qwerty') {
  const verifyKey = Object.keys(fields).sort().join(',');
  return { ...fields, verify_key: verifyKey, verify_sign: computeVerifySign(fields, verifyKey, password) };
}

describe('SSLCommerz messages', () => {
  it('builds the v4 session form with a tran_id of at most 30 characters and every callback URL', () => {
    const form = sessionForm(request, settings);
    expect(tranId(request)).toBe('GI-20261121-4F7K2Q-5e6f7a8b');
    expect(form).toMatchObject({
      store_id: 'testbox',
      total_amount: '3100.00',
      currency: 'BDT',
      tran_id: 'GI-20261121-4F7K2Q-5e6f7a8b',
      success_url: `${settings.callbackBaseUrl}/success`,
      fail_url: `${settings.callbackBaseUrl}/fail`,
      cancel_url: `${settings.callbackBaseUrl}/cancel`,
      ipn_url: `${settings.callbackBaseUrl}/ipn`,
      cus_phone: '01712345678',
      shipping_method: 'NO',
      value_a: request.paymentId,
    });
    expect(form['tran_id']!.length).toBeLessThanOrEqual(30);
  });

  it('reads only posts with a genuine verify_sign, as hints', () => {
    const valid = signed({
      status: 'VALID',
      tran_id: 'T1',
      val_id: 'V1',
      amount: '3100.00',
      store_id: 'testbox',
    });
    expect(readCallback('ipn', valid, settings)).toEqual({
      ok: true,
      claim: { providerRef: 'T1', hint: 'success', proof: { val_id: 'V1' } },
    });
    expect(readCallback('ipn', { ...valid, amount: '31000.00' }, settings)).toMatchObject({
      reason: 'bad_signature',
    });
    expect(readCallback('ipn', signed({ status: 'VALID', tran_id: 'T1' }, 'other'), settings)).toMatchObject({
      reason: 'bad_signature',
    });
    expect(readCallback('redirect', signed({ status: 'CANCELLED', tran_id: 'T1' }), settings)).toMatchObject({
      ok: true,
      claim: { hint: 'cancel' },
    });
  });

  it('reads validation and queries: VALID and VALIDATED are paid, amounts in poisha', () => {
    const paid = {
      status: 'VALIDATED',
      tran_id: 'T1',
      amount: '3100.00',
      bank_tran_id: 'B1',
      currency_type: 'BDT',
    };
    expect(readTransaction(paid)).toMatchObject({
      status: 'paid',
      amountPoisha: 310_000,
      reference: 'T1',
      providerTxnId: 'B1',
    });
    expect(readTransaction({ status: 'INVALID_TRANSACTION' })).toMatchObject({ status: 'unknown' });
    expect(readQuery({ no_of_trans_found: 0, element: [] })).toMatchObject({ status: 'pending' });
    expect(readQuery({ element: [{ status: 'FAILED', error: 'x' }, paid] })).toMatchObject({
      status: 'paid',
    });
    expect(readQuery({ element: [{ status: 'CANCELLED' }] })).toMatchObject({ status: 'cancelled' });
  });
});
