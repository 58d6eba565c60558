import { FrozenCommission } from '../commission/commission-rule';
import { planRefund } from '../refund/refund-policy';
import { postPackageDelivered } from './delivery-posting.rule';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { LedgerBook } from './ledger-book';
import { credit, debit } from './ledger-posting';
import { PackageSettlement, openPackageSettlement } from './package-settlement';
import { postPaymentCaptured } from './payment-posting.rules';
import { postRefund } from './refund-posting.rules';

const terms: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};
const paidAt = new Date('2025-11-21T08:00:00Z');
const deliveredAt = new Date('2025-11-23T11:30:00Z');

function capturedPackage(book: LedgerBook): PackageSettlement {
  const sold = openPackageSettlement({
    orderId: 'ord-1',
    packageId: 'pkg-1',
    vendorId: 'v-1',
    paymentMethod: 'bkash',
    lines: [{ lineId: 'l-1', totalPoisha: 1_250_00, commission: terms }],
    deliveryChargePoisha: 60_00,
  });
  const { postings, settlements } = postPaymentCaptured([sold], {
    paymentId: 'pay-1',
    capturedPoisha: 1_310_00,
    occurredAt: paidAt,
  });
  postings.forEach((p) => book.post(p));
  return settlements[0]!;
}

describe('postPackageDelivered', () => {
  it('releases a ৳1,250 + ৳60 package: vendor ৳1,106.25, commission ৳125, VAT ৳18.75, courier ৳60', () => {
    const book = new LedgerBook();
    const { posting, settlement } = postPackageDelivered(capturedPackage(book), { deliveredAt });
    expect(posting).toMatchObject({
      id: 'package_delivered:pkg-1',
      kind: 'package_delivered',
      reference: { orderId: 'ord-1', packageId: 'pkg-1' },
      occurredAt: deliveredAt,
      entries: [
        debit('escrow', 1_310_00),
        credit('vendor_payable:v-1', 1_106_25),
        credit('platform_commission_revenue', 125_00),
        credit('vat_on_commission_payable', 18_75),
        credit('delivery_charges', 60_00),
      ],
    });
    book.post(posting);
    expect(book.normalBalanceOf('escrow')).toBe(0);
    expect(book.normalBalanceOf('vendor_payable:v-1')).toBe(1_106_25);
    expect(book.normalBalanceOf('shopper_payments_clearing')).toBe(1_310_00);
    expect(settlement).toMatchObject({ stage: 'delivered', deliveredAt });
  });

  it('releases only what is left after a refund before delivery, commission pro rata', () => {
    const book = new LedgerBook();
    const captured = capturedPackage(book);
    // One item (৳250) was out of stock and refunded before shipping: 20% of the goods.
    const plan = planRefund(captured, {
      refundId: 'r-1',
      amountPoisha: 250_00,
      reason: 'out_of_stock',
      trigger: 'cancellation',
      triggeredAt: paidAt,
    });
    const refunded = postRefund(captured, plan, paidAt);
    book.post(refunded.posting);
    const { posting } = postPackageDelivered(refunded.settlement, { deliveredAt });
    expect(posting.entries).toEqual([
      debit('escrow', 1_060_00),
      credit('vendor_payable:v-1', 885_00),
      credit('platform_commission_revenue', 100_00),
      credit('vat_on_commission_payable', 15_00),
      credit('delivery_charges', 60_00),
    ]);
    book.post(posting);
    expect(book.normalBalanceOf('escrow')).toBe(0);
  });

  it('refuses to deliver twice or before the money arrived', () => {
    const delivered = postPackageDelivered(capturedPackage(new LedgerBook()), { deliveredAt }).settlement;
    expect(() => postPackageDelivered(delivered, { deliveredAt })).toThrow(IllegalSettlementStepException);
    expect(() => postPackageDelivered({ ...delivered, stage: 'awaiting_funds' }, { deliveredAt })).toThrow(
      IllegalSettlementStepException,
    );
  });
});
