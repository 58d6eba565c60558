import { ValidationException } from '@getit/errors';
import { FrozenCommission } from '../commission/commission-rule';
import { RefundExceedsCaptureException } from '../intent/refund-exceeds-capture.exception';
import { PaymentMethod } from '../intent/payment-intent';
import { IllegalSettlementStepException } from '../ledger/illegal-settlement-step.exception';
import { PackageSettlement, openPackageSettlement } from '../ledger/package-settlement';
import {
  PackageRefundRequest,
  REFUND_DEADLINE_DAYS,
  planRefund,
  refundDeadline,
  refundablePoisha,
  requiresManualRefund,
  splitRefund,
} from './refund-policy';

const terms: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};
const cancelledAt = new Date('2025-11-21T18:45:00Z');

function settlement(
  over: Partial<PackageSettlement> = {},
  paymentMethod: PaymentMethod = 'bkash',
): PackageSettlement {
  const sold = openPackageSettlement({
    orderId: 'ord-1',
    packageId: 'pkg-1',
    vendorId: 'v-1',
    paymentMethod,
    lines: [{ lineId: 'l-1', totalPoisha: 1_250_00, commission: terms }],
    deliveryChargePoisha: 60_00,
  });
  return { ...sold, stage: 'in_escrow', fundedPoisha: 1_310_00, ...over };
}

const request = (over: Partial<PackageRefundRequest> = {}): PackageRefundRequest => ({
  refundId: 'r-1',
  amountPoisha: 'full',
  reason: 'shopper_cancelled',
  trigger: 'cancellation',
  triggeredAt: cancelledAt,
  ...over,
});

describe('refundablePoisha', () => {
  it('is captured − refunded in escrow, goods − refunded goods after delivery, nothing unpaid', () => {
    expect(refundablePoisha(settlement())).toBe(1_310_00);
    expect(refundablePoisha(settlement({ refundedGoodsPoisha: 200_00 }))).toBe(1_110_00);
    expect(refundablePoisha(settlement({ stage: 'delivered', refundedGoodsPoisha: 200_00 }))).toBe(1_050_00);
    expect(refundablePoisha(settlement({ stage: 'awaiting_funds', fundedPoisha: 0 }))).toBe(0);
    expect(
      refundablePoisha(
        settlement({ stage: 'refunded', refundedGoodsPoisha: 1_250_00, refundedDeliveryPoisha: 60_00 }),
      ),
    ).toBe(0);
  });
});

describe('splitRefund: goods first, then the delivery charge', () => {
  it.each([
    [0, 1_000_00, 1_000_00, 0],
    [0, 1_300_00, 1_250_00, 50_00],
    [1_200_00, 100_00, 50_00, 50_00],
  ])('after %i refunded, %i splits into goods %i + delivery %i', (already, amount, goods, delivery) => {
    expect(splitRefund(settlement({ refundedGoodsPoisha: already }), amount)).toEqual({
      goodsPoisha: goods,
      deliveryPoisha: delivery,
    });
  });
});

describe('refundDeadline', () => {
  it('is exactly 10 days after the trigger', () => {
    expect(REFUND_DEADLINE_DAYS).toBe(10);
    expect(refundDeadline(cancelledAt)).toEqual(new Date('2025-12-01T18:45:00Z'));
  });
});

describe('requiresManualRefund', () => {
  it.each<[PaymentMethod, boolean]>([
    ['nagad', true],
    ['cod', true],
    ['bkash', false],
    ['sslcommerz', false],
  ])('%s → %p', (method, manual) => expect(requiresManualRefund(method)).toBe(manual));
});

describe('planRefund', () => {
  it('plans a full refund of a cancelled package with its deadline and channel', () => {
    expect(planRefund(settlement({}, 'nagad'), request())).toEqual({
      refundId: 'r-1',
      orderId: 'ord-1',
      packageId: 'pkg-1',
      vendorId: 'v-1',
      paymentMethod: 'nagad',
      amountPoisha: 1_310_00,
      goodsPoisha: 1_250_00,
      deliveryPoisha: 60_00,
      scope: 'full',
      timing: 'before_delivery',
      reason: 'shopper_cancelled',
      trigger: 'cancellation',
      deadline: new Date('2025-12-01T18:45:00Z'),
      manual: true,
    });
  });

  it('plans a partial refund after a return', () => {
    const plan = planRefund(
      settlement({ stage: 'delivered' }),
      request({ amountPoisha: 400_00, reason: 'damaged_or_wrong_item', trigger: 'return_received' }),
    );
    expect(plan).toMatchObject({
      amountPoisha: 400_00,
      scope: 'partial',
      timing: 'after_delivery',
      manual: false,
    });
  });

  it('never refunds more than was paid and says how much is left', () => {
    expect.assertions(2);
    try {
      planRefund(settlement({ refundedGoodsPoisha: 1_000_00 }), request({ amountPoisha: 310_01 }));
    } catch (error) {
      expect(error).toBeInstanceOf(RefundExceedsCaptureException);
      expect((error as RefundExceedsCaptureException).extensions).toEqual({
        requestedPoisha: 310_01,
        refundablePoisha: 310_00,
      });
    }
  });

  it('has nothing to refund before the money arrived or once everything was refunded', () => {
    expect(() =>
      planRefund(settlement({ stage: 'awaiting_funds', fundedPoisha: 0 }, 'cod'), request()),
    ).toThrow(RefundExceedsCaptureException);
    expect(() =>
      planRefund(
        settlement({ stage: 'refunded', refundedGoodsPoisha: 1_250_00, refundedDeliveryPoisha: 60_00 }),
        request(),
      ),
    ).toThrow(RefundExceedsCaptureException);
  });

  it('matches the trigger to the stage: cancel before delivery, return after', () => {
    expect(() => planRefund(settlement({ stage: 'delivered' }), request())).toThrow(
      IllegalSettlementStepException,
    );
    expect(() => planRefund(settlement(), request({ trigger: 'return_received' }))).toThrow(
      IllegalSettlementStepException,
    );
  });

  it('refuses a malformed request', () => {
    expect.assertions(1);
    try {
      planRefund(
        settlement(),
        request({ refundId: '', amountPoisha: 0, reason: 'bored' as never, triggeredAt: new Date('x') }),
      );
    } catch (error) {
      expect((error as ValidationException).fieldErrors.map((e) => e.field)).toEqual([
        'refundId',
        'amountPoisha',
        'reason',
        'triggeredAt',
      ]);
    }
  });
});
