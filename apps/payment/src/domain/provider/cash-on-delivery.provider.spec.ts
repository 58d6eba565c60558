import { createPaymentIntent, transitionPayment } from '../intent/payment-intent';
import { CashOnDeliveryProvider } from './cash-on-delivery.provider';

const cod = new CashOnDeliveryProvider();
const keys = { paymentId: 'pay-1', idempotencyKey: 'k-1' };

describe('CashOnDeliveryProvider', () => {
  it("is the contract's `cod` method", () => {
    expect(cod.method).toBe('cod');
  });

  it('authorizes at once for the full amount, with a reference derived from the payment id', async () => {
    await expect(
      cod.authorize({ ...keys, orderId: 'ord-1', amountPoisha: 1_250_00, currency: 'BDT', returnUrl: null }),
    ).resolves.toEqual({ outcome: 'authorized', providerRef: 'cod:pay-1', amountPoisha: 1_250_00 });
  });

  it('declines a zero or fractional amount', async () => {
    for (const amountPoisha of [0, 1.5])
      await expect(
        cod.authorize({ ...keys, orderId: 'ord-1', amountPoisha, currency: 'BDT', returnUrl: null }),
      ).resolves.toMatchObject({ outcome: 'declined' });
  });

  it('captures only on delivery', async () => {
    const capture = { ...keys, providerRef: 'cod:pay-1', amountPoisha: 1_250_00, currency: 'BDT' as const };
    await expect(cod.capture({ ...capture, trigger: 'order_confirmed' })).resolves.toMatchObject({
      outcome: 'rejected',
    });
    await expect(cod.capture({ ...capture, trigger: 'delivered' })).resolves.toEqual({
      outcome: 'captured',
      providerRef: 'cod:pay-1',
      amountPoisha: 1_250_00,
    });
    await expect(cod.capture({ ...capture, amountPoisha: 0, trigger: 'delivered' })).resolves.toMatchObject({
      outcome: 'rejected',
    });
  });

  it('cancels without anything to release', async () => {
    await expect(cod.cancel({ ...keys, providerRef: 'cod:pay-1' })).resolves.toEqual({
      outcome: 'cancelled',
    });
  });

  it('answers refunds as pending manual payouts', async () => {
    const refund = { ...keys, providerRef: 'cod:pay-1', refundId: 'r1', currency: 'BDT' as const };
    await expect(cod.refund({ ...refund, amountPoisha: 200_00 })).resolves.toMatchObject({
      outcome: 'pending',
      refundRef: 'cod:pay-1:refund:r1',
      amountPoisha: 200_00,
    });
    await expect(cod.refund({ ...refund, amountPoisha: -1 })).resolves.toMatchObject({ outcome: 'rejected' });
  });

  it('drives an intent from requires_action to captured on delivery', async () => {
    let intent = createPaymentIntent({
      id: 'pay-1',
      orderId: 'ord-1',
      method: cod.method,
      amountPoisha: 500_00,
    });
    const auth = await cod.authorize({
      ...keys,
      orderId: 'ord-1',
      amountPoisha: 500_00,
      currency: 'BDT',
      returnUrl: null,
    });
    expect(auth.outcome).toBe('authorized');
    const authorized = transitionPayment(intent, { type: 'authorize' });
    if (!authorized.ok) throw authorized.error;
    intent = authorized.intent;
    const cap = await cod.capture({
      ...keys,
      providerRef: 'cod:pay-1',
      amountPoisha: 500_00,
      currency: 'BDT',
      trigger: 'delivered',
    });
    if (cap.outcome !== 'captured') throw new Error(cap.outcome);
    const captured = transitionPayment(intent, { type: 'capture', amountPoisha: cap.amountPoisha });
    expect(captured).toMatchObject({ ok: true, intent: { status: 'captured', capturedPoisha: 500_00 } });
  });
});
