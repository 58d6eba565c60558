import { ORDER_PAYMENT_METHODS } from '@getit/contracts';
import { ValidationException } from '@getit/errors';
import { IllegalPaymentTransitionException } from './illegal-payment-transition.exception';
import {
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  PaymentCommand,
  PaymentIntent,
  PaymentStatus,
  createPaymentIntent,
  refundedPoisha,
  transitionPayment,
} from './payment-intent';
import { RefundExceedsCaptureException } from './refund-exceeds-capture.exception';

const base = createPaymentIntent({ id: 'pay-1', orderId: 'ord-1', method: 'bkash', amountPoisha: 1_000_00 });
const at = (status: PaymentStatus, over: Partial<PaymentIntent> = {}): PaymentIntent => ({
  ...base,
  status,
  ...over,
});
const captured = (amount = 1_000_00) => at('captured', { capturedPoisha: amount });

function apply(intent: PaymentIntent, ...commands: PaymentCommand[]): PaymentIntent {
  return commands.reduce((current, command) => {
    const result = transitionPayment(current, command);
    if (!result.ok) throw result.error;
    return result.intent;
  }, intent);
}

describe('createPaymentIntent', () => {
  it('starts in requires_action, in BDT, with nothing captured or refunded', () => {
    expect(base).toEqual({
      id: 'pay-1',
      orderId: 'ord-1',
      method: 'bkash',
      currency: 'BDT',
      amountPoisha: 1_000_00,
      status: 'requires_action',
      capturedPoisha: 0,
      refunds: [],
      failureReason: null,
    });
  });

  it("takes exactly the methods of the order contract, so an order's method is an intent's method", () => {
    expect(PAYMENT_METHODS).toEqual(['cod', 'bkash', 'nagad', 'sslcommerz']);
    expect(PAYMENT_METHODS).toEqual(ORDER_PAYMENT_METHODS);
    for (const method of PAYMENT_METHODS)
      expect(createPaymentIntent({ id: 'p', orderId: 'o', method, amountPoisha: 1 }).method).toBe(method);
  });

  it.each([0, -1, 10.5])('refuses an amount of %p', (amountPoisha) => {
    expect(() => createPaymentIntent({ id: 'p', orderId: 'o', method: 'sslcommerz', amountPoisha })).toThrow(
      ValidationException,
    );
  });
});

describe('transitionPayment: simple commands from every state', () => {
  const simple: Array<Exclude<PaymentCommand['type'], 'capture' | 'refund'>> = [
    'authorize',
    'fail',
    'expire',
    'cancel',
  ];
  /** [from, command] → to; `same` marks an idempotent repeat. Every pair not listed must be refused. */
  const allowed: Record<string, PaymentStatus> = {
    'requires_action authorize': 'authorized',
    'authorized authorize': 'authorized',
    'requires_action fail': 'failed',
    'failed fail': 'failed',
    'requires_action expire': 'expired',
    'authorized expire': 'expired',
    'expired expire': 'expired',
    'requires_action cancel': 'cancelled',
    'authorized cancel': 'cancelled',
    'cancelled cancel': 'cancelled',
  };
  const command = (type: (typeof simple)[number]): PaymentCommand =>
    type === 'fail' ? { type, reason: 'declined by bank' } : { type };

  for (const from of PAYMENT_STATUSES)
    for (const type of simple) {
      const to = allowed[`${from} ${type}`];
      it(`${from} --${type}--> ${to ?? 'refused'}`, () => {
        const result = transitionPayment(at(from), command(type));
        if (to === undefined) {
          expect(result).toMatchObject({ ok: false, error: expect.any(IllegalPaymentTransitionException) });
          expect(!result.ok && result.error.extensions).toEqual({ machine: 'payment', from, action: type });
        } else {
          expect(result).toMatchObject({ ok: true, intent: { status: to }, changed: from !== to });
        }
      });
    }

  it('records why a payment failed', () => {
    expect(apply(base, { type: 'fail', reason: ' insufficient balance ' }).failureReason).toBe(
      'insufficient balance',
    );
    expect(apply(base, { type: 'fail', reason: '  ' }).failureReason).toBe('unknown');
  });
});

describe('transitionPayment: capture', () => {
  it('captures the full or a smaller amount of an authorized payment', () => {
    expect(apply(at('authorized'), { type: 'capture', amountPoisha: 1_000_00 })).toMatchObject({
      status: 'captured',
      capturedPoisha: 1_000_00,
    });
    expect(apply(at('authorized'), { type: 'capture', amountPoisha: 400_00 }).capturedPoisha).toBe(400_00);
  });

  it('refuses to capture more than was authorized', () => {
    const result = transitionPayment(at('authorized'), { type: 'capture', amountPoisha: 1_000_01 });
    expect(!result.ok && result.error.detail).toContain('above the 100000 authorized');
  });

  it('refuses zero, negative or fractional captures', () => {
    for (const amountPoisha of [0, -5, 1.5])
      expect(transitionPayment(at('authorized'), { type: 'capture', amountPoisha })).toMatchObject({
        ok: false,
        error: expect.any(ValidationException),
      });
  });

  it('answers a repeated capture of the same amount, refuses a different one', () => {
    expect(transitionPayment(captured(), { type: 'capture', amountPoisha: 1_000_00 })).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(transitionPayment(captured(), { type: 'capture', amountPoisha: 500_00 })).toMatchObject({
      ok: false,
    });
  });

  it.each<PaymentStatus>([
    'requires_action',
    'cancelled',
    'failed',
    'expired',
    'partially_refunded',
    'refunded',
  ])('refuses to capture a %s payment', (status) => {
    expect(transitionPayment(at(status), { type: 'capture', amountPoisha: 1 })).toMatchObject({
      ok: false,
      error: expect.any(IllegalPaymentTransitionException),
    });
  });
});

describe('transitionPayment: refund', () => {
  it('refunds in parts until the captured amount, then is refunded', () => {
    const part = apply(captured(600_00), { type: 'refund', refundId: 'r1', amountPoisha: 100_00 });
    expect(part).toMatchObject({
      status: 'partially_refunded',
      refunds: [{ refundId: 'r1', amountPoisha: 100_00 }],
    });
    const full = apply(part, { type: 'refund', refundId: 'r2', amountPoisha: 500_00 });
    expect(full.status).toBe('refunded');
    expect(refundedPoisha(full)).toBe(600_00);
  });

  it('goes straight to refunded on a full refund', () => {
    expect(apply(captured(), { type: 'refund', refundId: 'r1', amountPoisha: 1_000_00 }).status).toBe(
      'refunded',
    );
  });

  it('never refunds more than was captured, and says how much is left', () => {
    const part = apply(captured(600_00), { type: 'refund', refundId: 'r1', amountPoisha: 100_00 });
    const result = transitionPayment(part, { type: 'refund', refundId: 'r2', amountPoisha: 500_01 });
    expect(result).toMatchObject({ ok: false, error: expect.any(RefundExceedsCaptureException) });
    expect(!result.ok && result.error.extensions).toEqual({
      requestedPoisha: 500_01,
      refundablePoisha: 500_00,
    });
    const overFirst = transitionPayment(captured(600_00), {
      type: 'refund',
      refundId: 'r1',
      amountPoisha: 600_01,
    });
    expect(overFirst).toMatchObject({ ok: false, error: expect.any(RefundExceedsCaptureException) });
  });

  it('answers a repeated refund id without refunding twice; refuses the same id with another amount', () => {
    const once = apply(captured(), { type: 'refund', refundId: 'r1', amountPoisha: 100_00 });
    expect(transitionPayment(once, { type: 'refund', refundId: 'r1', amountPoisha: 100_00 })).toEqual({
      ok: true,
      intent: once,
      changed: false,
    });
    expect(transitionPayment(once, { type: 'refund', refundId: 'r1', amountPoisha: 200_00 })).toMatchObject({
      ok: false,
      error: expect.any(IllegalPaymentTransitionException),
    });
  });

  it('refuses a new refund once fully refunded', () => {
    const full = apply(captured(), { type: 'refund', refundId: 'r1', amountPoisha: 1_000_00 });
    expect(transitionPayment(full, { type: 'refund', refundId: 'r2', amountPoisha: 1 })).toMatchObject({
      ok: false,
      error: expect.any(IllegalPaymentTransitionException),
    });
  });

  it.each<PaymentStatus>(['requires_action', 'authorized', 'cancelled', 'failed', 'expired'])(
    'refuses to refund a %s payment (nothing was captured)',
    (status) => {
      expect(transitionPayment(at(status), { type: 'refund', refundId: 'r', amountPoisha: 1 })).toMatchObject(
        {
          ok: false,
          error: expect.any(IllegalPaymentTransitionException),
        },
      );
    },
  );

  it('refuses zero or fractional refunds', () => {
    for (const amountPoisha of [0, 0.5])
      expect(transitionPayment(captured(), { type: 'refund', refundId: 'r', amountPoisha })).toMatchObject({
        error: expect.any(ValidationException),
      });
  });
});

it('never mutates the intent it is given', () => {
  const frozen = Object.freeze(at('authorized'));
  expect(apply(frozen, { type: 'capture', amountPoisha: 10 }).status).toBe('captured');
  expect(frozen.status).toBe('authorized');
});
