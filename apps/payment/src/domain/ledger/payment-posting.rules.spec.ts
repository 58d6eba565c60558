import { ValidationException } from '@getit/errors';
import { FrozenCommission } from '../commission/commission-rule';
import { PaymentMethod } from '../intent/payment-intent';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { credit, debit } from './ledger-posting';
import { openPackageSettlement } from './package-settlement';
import { postPaymentCaptured, postProviderSettled } from './payment-posting.rules';

const terms: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};
const at = new Date('2025-11-21T08:00:00Z');
const settlement = (
  packageId: string,
  goods: number,
  delivery: number,
  paymentMethod: PaymentMethod = 'bkash',
) =>
  openPackageSettlement({
    orderId: 'ord-1',
    packageId,
    vendorId: `v-${packageId}`,
    paymentMethod,
    lines: [{ lineId: `${packageId}-l1`, totalPoisha: goods, commission: terms }],
    deliveryChargePoisha: delivery,
  });

describe('postPaymentCaptured', () => {
  const a = settlement('pkg-a', 1_250_00, 60_00);
  const b = settlement('pkg-b', 400_00, 70_00);

  it('moves each package total (goods + delivery) into escrow, one posting per package', () => {
    const { postings, settlements } = postPaymentCaptured([a, b], {
      paymentId: 'pay-1',
      capturedPoisha: 1_780_00,
      occurredAt: at,
    });
    expect(postings.map((p) => [p.id, p.reference, p.entries])).toEqual([
      [
        'payment_captured:pay-1:pkg-a',
        { orderId: 'ord-1', packageId: 'pkg-a', paymentId: 'pay-1' },
        [debit('shopper_payments_clearing', 1_310_00), credit('escrow', 1_310_00)],
      ],
      [
        'payment_captured:pay-1:pkg-b',
        { orderId: 'ord-1', packageId: 'pkg-b', paymentId: 'pay-1' },
        [debit('shopper_payments_clearing', 470_00), credit('escrow', 470_00)],
      ],
    ]);
    expect(settlements.map((s) => [s.stage, s.fundedPoisha])).toEqual([
      ['in_escrow', 1_310_00],
      ['in_escrow', 470_00],
    ]);
  });

  it('refuses a capture that does not equal the packages, a COD package, a second capture or no packages', () => {
    const capture = { paymentId: 'pay-1', capturedPoisha: 1_780_00, occurredAt: at };
    expect(() => postPaymentCaptured([a, b], { ...capture, capturedPoisha: 1_779_99 })).toThrow(
      IllegalSettlementStepException,
    );
    const cod = settlement('pkg-c', 1_250_00, 60_00, 'cod');
    expect(() => postPaymentCaptured([cod], { ...capture, capturedPoisha: 1_310_00 })).toThrow(
      /cash on delivery is collected by the courier/,
    );
    const once = postPaymentCaptured([a], { ...capture, capturedPoisha: 1_310_00 }).settlements;
    expect(() => postPaymentCaptured(once, { ...capture, capturedPoisha: 1_310_00 })).toThrow(
      IllegalSettlementStepException,
    );
    expect(() => postPaymentCaptured([], capture)).toThrow(ValidationException);
  });

  it('refuses packages of two orders in one capture', () => {
    const other = { ...b, orderId: 'ord-2' };
    expect(() =>
      postPaymentCaptured([a, other], { paymentId: 'p', capturedPoisha: 1_780_00, occurredAt: at }),
    ).toThrow(/belongs to another order/);
  });
});

describe('postProviderSettled', () => {
  it('books the provider fee and the net into the bank', () => {
    const posting = postProviderSettled({
      settlementId: 'bkash-2025-11-21',
      grossPoisha: 1_780_00,
      feePoisha: 32_04,
      occurredAt: at,
    });
    expect(posting.entries).toEqual([
      debit('bank', 1_747_96),
      debit('provider_fees', 32_04),
      credit('shopper_payments_clearing', 1_780_00),
    ]);
  });

  it('leaves out a zero fee and refuses a fee above the gross', () => {
    expect(
      postProviderSettled({ settlementId: 's', grossPoisha: 100, feePoisha: 0, occurredAt: at }).entries,
    ).toHaveLength(2);
    expect(() =>
      postProviderSettled({ settlementId: 's', grossPoisha: 100, feePoisha: 101, occurredAt: at }),
    ).toThrow(ValidationException);
  });
});
