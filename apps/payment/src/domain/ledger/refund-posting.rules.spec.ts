import { FrozenCommission } from '../commission/commission-rule';
import { RefundExceedsCaptureException } from '../intent/refund-exceeds-capture.exception';
import { PaymentMethod } from '../intent/payment-intent';
import { PackageRefundRequest, planRefund } from '../refund/refund-policy';
import { postCodCollected } from './cod-posting.rules';
import { postPackageDelivered } from './delivery-posting.rule';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { LedgerBook } from './ledger-book';
import { credit, debit } from './ledger-posting';
import { PackageSettlement, openPackageSettlement } from './package-settlement';
import { postPaymentCaptured } from './payment-posting.rules';
import { postRefund, postRefundPaid } from './refund-posting.rules';

const terms: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};
const at = new Date('2025-11-21T08:00:00Z');

function funded(book: LedgerBook, paymentMethod: PaymentMethod = 'bkash'): PackageSettlement {
  const sold = openPackageSettlement({
    orderId: 'ord-1',
    packageId: 'pkg-1',
    vendorId: 'v-1',
    paymentMethod,
    lines: [{ lineId: 'l-1', totalPoisha: 1_250_00, commission: terms }],
    deliveryChargePoisha: 60_00,
  });
  if (paymentMethod === 'cod') {
    const { posting, settlement } = postCodCollected(sold, {
      courier: 'redx',
      collectedPoisha: 1_310_00,
      occurredAt: at,
    });
    book.post(posting);
    return settlement;
  }
  const { postings, settlements } = postPaymentCaptured([sold], {
    paymentId: 'pay-1',
    capturedPoisha: 1_310_00,
    occurredAt: at,
  });
  postings.forEach((p) => book.post(p));
  return settlements[0]!;
}

function delivered(book: LedgerBook, paymentMethod: PaymentMethod = 'bkash'): PackageSettlement {
  const { posting, settlement } = postPackageDelivered(funded(book, paymentMethod), { deliveredAt: at });
  book.post(posting);
  return settlement;
}

const before = (refundId: string, amountPoisha: number | 'full'): PackageRefundRequest => ({
  refundId,
  amountPoisha,
  reason: 'shopper_cancelled',
  trigger: 'cancellation',
  triggeredAt: at,
});
const after = (refundId: string, amountPoisha: number | 'full'): PackageRefundRequest => ({
  refundId,
  amountPoisha,
  reason: 'returned',
  trigger: 'return_received',
  triggeredAt: at,
});

describe('postRefund before delivery', () => {
  it('takes the refund out of escrow; a full refund empties it and closes the package', () => {
    const book = new LedgerBook();
    let settlement = funded(book);
    const partial = postRefund(settlement, planRefund(settlement, before('r-1', 250_00)), at);
    expect(partial.posting).toMatchObject({
      id: 'refund:r-1',
      kind: 'refund_before_delivery',
      reference: { orderId: 'ord-1', packageId: 'pkg-1', refundId: 'r-1' },
      entries: [debit('escrow', 250_00), credit('refunds_payable', 250_00)],
    });
    book.post(partial.posting);
    settlement = partial.settlement;
    expect(settlement).toMatchObject({
      stage: 'in_escrow',
      refundedGoodsPoisha: 250_00,
      refundedDeliveryPoisha: 0,
    });

    const rest = postRefund(settlement, planRefund(settlement, before('r-2', 'full')), at);
    book.post(rest.posting);
    expect(rest.posting.entries).toEqual([debit('escrow', 1_060_00), credit('refunds_payable', 1_060_00)]);
    expect(rest.settlement).toMatchObject({
      stage: 'refunded',
      refundedGoodsPoisha: 1_250_00,
      refundedDeliveryPoisha: 60_00,
    });
    expect(book.normalBalanceOf('escrow')).toBe(0);
    expect(book.normalBalanceOf('refunds_payable')).toBe(1_310_00);
  });

  it('never refunds more than was paid, and nothing of a COD package not yet collected', () => {
    const settlement = funded(new LedgerBook());
    expect(() => planRefund(settlement, before('r-1', 1_310_01))).toThrow(RefundExceedsCaptureException);
    const unpaid = {
      ...settlement,
      stage: 'awaiting_funds' as const,
      fundedPoisha: 0,
      paymentMethod: 'cod' as const,
    };
    expect(() => planRefund(unpaid, before('r-1', 1))).toThrow(RefundExceedsCaptureException);
  });
});

describe('postRefund after delivery', () => {
  it('takes ৳500 back from the vendor (৳442.50) and the platform (commission ৳50, VAT ৳7.50)', () => {
    const book = new LedgerBook();
    const settlement = delivered(book);
    const { posting, settlement: after500 } = postRefund(
      settlement,
      planRefund(settlement, after('r-1', 500_00)),
      at,
    );
    expect(posting).toMatchObject({
      kind: 'refund_after_delivery',
      entries: [
        debit('vendor_payable:v-1', 442_50),
        debit('platform_commission_revenue', 50_00),
        debit('vat_on_commission_payable', 7_50),
        credit('refunds_payable', 500_00),
      ],
    });
    book.post(posting);
    expect(book.normalBalanceOf('vendor_payable:v-1')).toBe(663_75);
    expect(book.normalBalanceOf('platform_commission_revenue')).toBe(75_00);
    expect(book.normalBalanceOf('vat_on_commission_payable')).toBe(11_25);
    expect(after500.refundedGoodsPoisha).toBe(500_00);
  });

  it('refunds the goods only (the delivery happened) and reverses commission exactly when all goods are back', () => {
    const book = new LedgerBook();
    let settlement = delivered(book);
    expect(() => planRefund(settlement, after('r-0', 1_250_01))).toThrow(RefundExceedsCaptureException);
    for (const [refundId, amount] of [
      ['r-1', 333_33],
      ['r-2', 1],
      ['r-3', 'full'],
    ] as const) {
      const next = postRefund(settlement, planRefund(settlement, after(refundId, amount)), at);
      book.post(next.posting);
      settlement = next.settlement;
    }
    expect(book.normalBalanceOf('vendor_payable:v-1')).toBe(0);
    expect(book.normalBalanceOf('platform_commission_revenue')).toBe(0);
    expect(book.normalBalanceOf('vat_on_commission_payable')).toBe(0);
    expect(book.normalBalanceOf('delivery_charges')).toBe(60_00);
    expect(book.normalBalanceOf('refunds_payable')).toBe(1_250_00);
  });

  it('refuses a plan made before delivery once the package is delivered', () => {
    const book = new LedgerBook();
    const inEscrow = funded(book);
    const stalePlan = planRefund(inEscrow, before('r-1', 100_00));
    const { settlement } = postPackageDelivered(inEscrow, { deliveredAt: at });
    expect(() => postRefund(settlement, stalePlan, at)).toThrow(IllegalSettlementStepException);
    expect(() =>
      postRefund(settlement, { ...planRefund(settlement, after('r-2', 1)), packageId: 'pkg-9' }, at),
    ).toThrow(/the plan is for pkg-9/);
  });
});

describe('postRefundPaid', () => {
  it('pays through the provider for bKash, by hand from the bank for cash on delivery', () => {
    const online = delivered(new LedgerBook());
    expect(postRefundPaid(planRefund(online, after('r-1', 500_00)), at).entries).toEqual([
      debit('refunds_payable', 500_00),
      credit('shopper_payments_clearing', 500_00),
    ]);
    const cash = delivered(new LedgerBook(), 'cod');
    expect(postRefundPaid(planRefund(cash, after('r-2', 500_00)), at)).toMatchObject({
      id: 'refund_paid:r-2',
      entries: [debit('refunds_payable', 500_00), credit('bank', 500_00)],
    });
  });
});
