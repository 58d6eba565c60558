import { ExpectedPayment, judgeOnlinePayment } from './online-payment.verdict';

const expected: ExpectedPayment = {
  method: 'bkash',
  amountPoisha: 310_000,
  reference: 'GI-20261121-4F7K2Q',
  tolerancePoisha: 0,
};
const paid = (amountPoisha = 310_000, reference: string | null = 'GI-20261121-4F7K2Q') =>
  ({ status: 'paid', amountPoisha, reference, providerTxnId: '7AC401TT1O', detail: 'Completed' }) as const;

describe('judgeOnlinePayment', () => {
  it('captures what the provider reports paid with the same amount and reference', () => {
    expect(judgeOnlinePayment(expected, paid(), 'success')).toEqual({
      action: 'capture',
      providerTxnId: '7AC401TT1O',
      note: 'Completed',
    });
    expect(judgeOnlinePayment(expected, paid(310_000, null), null).action).toBe('capture');
  });

  it('captures a paid payment even when the callback claimed otherwise: the provider is the truth', () => {
    expect(judgeOnlinePayment(expected, paid(), 'cancel').action).toBe('capture');
  });

  it('fails, never captures, a payment of another amount, saying both amounts', () => {
    const verdict = judgeOnlinePayment(expected, paid(155_000), 'success');
    expect(verdict).toMatchObject({ action: 'fail', code: 'amount_mismatch' });
    if (verdict.action === 'fail') expect(verdict.reason).toContain('৳1,550 paid where ৳3,100 was due');
  });

  it('accepts SSLCommerz amounts within its tolerance of less than ৳1', () => {
    const card: ExpectedPayment = { ...expected, method: 'sslcommerz', tolerancePoisha: 99 };
    expect(judgeOnlinePayment(card, paid(309_901), 'success').action).toBe('capture');
    expect(judgeOnlinePayment(card, paid(309_900), 'success').action).toBe('fail');
  });

  it('rejects proof of another payment (reference mismatch) without touching the intent', () => {
    expect(judgeOnlinePayment(expected, paid(310_000, 'GI-OTHER'), 'success')).toMatchObject({
      action: 'reject',
      rejection: 'reference_mismatch',
    });
  });

  it('rejects a success the provider does not confirm, and a failure it does not either', () => {
    const pending = { status: 'pending', detail: 'Initiated' } as const;
    expect(judgeOnlinePayment(expected, pending, 'success')).toMatchObject({
      action: 'reject',
      rejection: 'not_completed',
    });
    expect(judgeOnlinePayment(expected, pending, 'failure')).toMatchObject({
      action: 'reject',
      rejection: 'status_mismatch',
    });
    expect(judgeOnlinePayment(expected, pending, null)).toEqual({ action: 'wait', detail: 'Initiated' });
  });

  it('fails declined and cancelled payments with a reason the shopper can read', () => {
    expect(judgeOnlinePayment(expected, { status: 'failed', reason: 'Failed' }, 'failure')).toEqual({
      action: 'fail',
      code: 'declined',
      reason: 'bKash declined the payment: Failed',
    });
    expect(judgeOnlinePayment(expected, { status: 'cancelled', reason: 'Cancelled' }, 'cancel')).toEqual({
      action: 'fail',
      code: 'cancelled',
      reason: 'The shopper cancelled the bKash payment (Cancelled).',
    });
  });

  it('rejects unknown payments and passes outages on', () => {
    expect(judgeOnlinePayment(expected, { status: 'unknown', reason: '2002' }, 'success')).toMatchObject({
      action: 'reject',
      rejection: 'unknown_payment',
    });
    expect(judgeOnlinePayment(expected, { status: 'unavailable', reason: 'HTTP 503' }, null)).toEqual({
      action: 'unavailable',
      reason: 'bKash is not answering: HTTP 503',
    });
  });
});
