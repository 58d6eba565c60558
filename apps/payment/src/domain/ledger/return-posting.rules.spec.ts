import {
  createCommissionRule,
  createCommissionSchedule,
  freezeCommission,
} from '../commission/commission-rule';
import { postCodCollected } from './cod-posting.rules';
import { UNASSIGNED_COURIER, postCodAssigned } from './cod-reconciliation.rules';
import { postPackageDelivered } from './delivery-posting.rule';
import { IllegalSettlementStepException } from './illegal-settlement-step.exception';
import { LedgerBook } from './ledger-book';
import { openPackageSettlement, PackageSettlement } from './package-settlement';
import { postCodUncollectedReversed } from './return-posting.rules';

const at = new Date('2026-11-24T05:00:00Z');
const schedule = createCommissionSchedule([
  createCommissionRule({ id: 'default', rateBps: 1_000, minimumPoisha: 20_00 }),
]);

/**
 * The README's package as cash on delivery: two saris of ৳625 (৳1,250) + ৳60 delivery; the rider delivered one and
 * collected ৳685 (one sari + delivery), so ৳625 stays on cod_receivable:unassigned until the vendor confirms the return.
 */
function partiallyDelivered(delivered: boolean): { book: LedgerBook; settlement: PackageSettlement } {
  const book = new LedgerBook();
  const sold = openPackageSettlement({
    orderId: 'ord-1',
    packageId: 'pkg-1',
    vendorId: 'v-1',
    paymentMethod: 'cod',
    lines: [
      { lineId: 'l-1', totalPoisha: 1_250_00, commission: freezeCommission(schedule, { vendorId: 'v-1' }) },
    ],
    deliveryChargePoisha: 60_00,
  });
  const collected = postCodCollected(sold, {
    courier: UNASSIGNED_COURIER,
    collectedPoisha: 1_310_00,
    occurredAt: at,
  });
  book.post(collected.posting);
  book.post(
    postCodAssigned({
      orderId: 'ord-1',
      packageId: 'pkg-1',
      courier: 'pathao',
      collectedPoisha: 685_00,
      occurredAt: at,
    }),
  );
  if (!delivered) return { book, settlement: collected.settlement };
  const done = postPackageDelivered(collected.settlement, { deliveredAt: at });
  book.post(done.posting);
  return { book, settlement: done.settlement };
}

describe('postCodUncollectedReversed', () => {
  it('after delivery, takes the returned sari back from the vendor, commission and VAT pro rata, and clears unassigned', () => {
    const { book, settlement } = partiallyDelivered(true);
    const { posting, settlement: after } = postCodUncollectedReversed(settlement, {
      uncollectedPoisha: 625_00,
      occurredAt: at,
    });
    book.post(posting);
    expect(posting.kind).toBe('cod_uncollected_reversed');
    // commission ৳125 + VAT ৳18.75 on ৳1,250; half the goods came back: ৳62.50 + ৳9.38, the vendor gives ৳553.12
    expect(book.normalBalanceOf('vendor_payable:v-1')).toBe(1_106_25 - 553_12);
    expect(book.normalBalanceOf('platform_commission_revenue')).toBe(62_50);
    expect(book.normalBalanceOf('vat_on_commission_payable')).toBe(18_75 - 9_38);
    expect(book.normalBalanceOf('delivery_charges')).toBe(60_00);
    expect(book.normalBalanceOf('cod_receivable:unassigned')).toBe(0);
    expect(book.normalBalanceOf('cod_receivable:pathao')).toBe(685_00);
    expect(after).toMatchObject({
      stage: 'delivered',
      refundedGoodsPoisha: 625_00,
      refundedDeliveryPoisha: 0,
    });
  });

  it('before the delivery was posted, takes it out of escrow; the delivery then releases only what was sold', () => {
    const { book, settlement } = partiallyDelivered(false);
    const reversed = postCodUncollectedReversed(settlement, { uncollectedPoisha: 625_00, occurredAt: at });
    book.post(reversed.posting);
    expect(book.normalBalanceOf('escrow')).toBe(685_00);
    book.post(postPackageDelivered(reversed.settlement, { deliveredAt: at }).posting);
    expect(book.normalBalanceOf('escrow')).toBe(0);
    expect(book.normalBalanceOf('vendor_payable:v-1')).toBe(1_106_25 - 553_12);
    expect(book.normalBalanceOf('cod_receivable:unassigned')).toBe(0);
  });

  it('takes what goes beyond the goods off the delivery charge', () => {
    const { settlement } = partiallyDelivered(true);
    const { posting } = postCodUncollectedReversed(settlement, {
      uncollectedPoisha: 1_280_00,
      occurredAt: at,
    });
    expect(posting.entries).toContainEqual({
      account: 'delivery_charges',
      side: 'debit',
      amountPoisha: 30_00,
    });
  });

  it('refuses more than is left on the sale, a prepaid package, and one not funded yet', () => {
    const { settlement } = partiallyDelivered(true);
    expect(() =>
      postCodUncollectedReversed(settlement, { uncollectedPoisha: 1_310_01, occurredAt: at }),
    ).toThrow(IllegalSettlementStepException);
    expect(() =>
      postCodUncollectedReversed(
        { ...settlement, paymentMethod: 'bkash' },
        { uncollectedPoisha: 1, occurredAt: at },
      ),
    ).toThrow(IllegalSettlementStepException);
    expect(() =>
      postCodUncollectedReversed(
        { ...settlement, stage: 'awaiting_funds' },
        { uncollectedPoisha: 1, occurredAt: at },
      ),
    ).toThrow(IllegalSettlementStepException);
  });

  it('posts once: the same reversal again is answered, not applied', () => {
    const { book, settlement } = partiallyDelivered(true);
    const { posting } = postCodUncollectedReversed(settlement, { uncollectedPoisha: 625_00, occurredAt: at });
    expect(book.post(posting)).toBe(true);
    expect(book.post(posting)).toBe(false);
    expect(book.normalBalanceOf('cod_receivable:unassigned')).toBe(0);
  });
});
