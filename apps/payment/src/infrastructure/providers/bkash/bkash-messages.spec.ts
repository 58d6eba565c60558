import { createBody, readCallback, readPaymentStatus } from './bkash-messages';

const request = {
  paymentId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  idempotencyKey: 'k',
  orderId: '8c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  orderNumber: 'GI-20261121-4F7K2Q',
  phone: '+8801712345678',
  amountPoisha: 310_050,
  currency: 'BDT' as const,
  returnUrl: null,
};

describe('bKash messages', () => {
  it('builds create for mode 0011, a sale in BDT with the amount as a decimal string', () => {
    expect(createBody(request, 'https://getit.com.bd/api/payments/callbacks/bkash')).toEqual({
      mode: '0011',
      payerReference: '01712345678',
      callbackURL: 'https://getit.com.bd/api/payments/callbacks/bkash',
      amount: '3100.50',
      currency: 'BDT',
      intent: 'sale',
      merchantInvoiceNumber: 'GI-20261121-4F7K2Q-5e6f7a8b',
    });
  });

  it('reads payment/status: only Completed is paid, with merchantInvoice and trxID', () => {
    const ok = { statusCode: '0000', statusMessage: 'Successful' };
    expect(
      readPaymentStatus({
        ...ok,
        transactionStatus: 'Completed',
        amount: '3100.50',
        merchantInvoice: 'INV',
        trxID: '7AC401TT1O',
      }),
    ).toMatchObject({ status: 'paid', amountPoisha: 310_050, reference: 'INV', providerTxnId: '7AC401TT1O' });
    expect(readPaymentStatus({ ...ok, transactionStatus: 'Initiated', amount: '1' })).toMatchObject({
      status: 'pending',
    });
    expect(readPaymentStatus({ ...ok, transactionStatus: 'Failed' })).toMatchObject({ status: 'failed' });
    expect(readPaymentStatus({ ...ok, transactionStatus: 'Cancelled' })).toMatchObject({
      status: 'cancelled',
    });
    expect(readPaymentStatus({ statusCode: '2002', statusMessage: 'Invalid Payment ID' })).toMatchObject({
      status: 'unknown',
    });
    expect(readPaymentStatus({ errorCode: '503', errorMessage: 'maintenance' })).toMatchObject({
      status: 'unavailable',
    });
  });

  it('reads the callback: paymentID and one of success, failure, cancel', () => {
    expect(readCallback({ paymentID: 'TR0011X', status: 'success', signature: 's' })).toEqual({
      ok: true,
      claim: { providerRef: 'TR0011X', hint: 'success', proof: { signature: 's' } },
    });
    expect(readCallback({ paymentID: 'TR0011X', status: 'paid' })).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
    expect(readCallback({ status: 'success' })).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
