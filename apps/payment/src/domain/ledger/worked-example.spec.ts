import {
  freezeCommission,
  createCommissionRule,
  createCommissionSchedule,
} from '../commission/commission-rule';
import { createPayoutPolicy, deliveryCreditsOf, duePayouts } from '../payout/payout-policy';
import { planRefund } from '../refund/refund-policy';
import { postPackageDelivered } from './delivery-posting.rule';
import { LedgerBook } from './ledger-book';
import { openPackageSettlement } from './package-settlement';
import { postPaymentCaptured, postProviderSettled } from './payment-posting.rules';
import { postPayoutInitiated, postPayoutSettled } from './payout-posting.rules';
import { postRefund, postRefundPaid } from './refund-posting.rules';

const day = (d: number) => new Date(Date.UTC(2025, 10, d, 6));

/** The worked example of README.md, step by step; if this changes, the README must too. */
it('runs the README example: ৳1,250 + ৳60 by bKash, delivered, ৳500 returned, paid out', () => {
  const book = new LedgerBook();
  const schedule = createCommissionSchedule([
    createCommissionRule({ id: 'default', rateBps: 1_000, minimumPoisha: 20_00 }),
  ]);
  const sold = openPackageSettlement({
    orderId: 'ord-1',
    packageId: 'pkg-1',
    vendorId: 'v-1',
    paymentMethod: 'bkash',
    lines: [
      { lineId: 'l-1', totalPoisha: 1_250_00, commission: freezeCommission(schedule, { vendorId: 'v-1' }) },
    ],
    deliveryChargePoisha: 60_00,
  });

  const captured = postPaymentCaptured([sold], {
    paymentId: 'pay-1',
    capturedPoisha: 1_310_00,
    occurredAt: day(1),
  });
  captured.postings.forEach((p) => book.post(p));
  const delivered = postPackageDelivered(captured.settlements[0]!, { deliveredAt: day(3) });
  book.post(delivered.posting);
  const plan = planRefund(delivered.settlement, {
    refundId: 'r-1',
    amountPoisha: 500_00,
    reason: 'returned',
    trigger: 'return_received',
    triggeredAt: day(6),
  });
  expect(plan.deadline).toEqual(day(16));
  book.post(postRefund(delivered.settlement, plan, day(6)).posting);
  book.post(postRefundPaid(plan, day(7)));
  book.post(
    postProviderSettled({
      settlementId: 'bkash-1',
      grossPoisha: 810_00,
      feePoisha: 12_15,
      occurredAt: day(8),
    }),
  );

  const run = duePayouts(createPayoutPolicy(), {
    asOf: day(10),
    payableBalances: new Map([['v-1', book.normalBalanceOf('vendor_payable:v-1')]]),
    recentCredits: deliveryCreditsOf(book.postings, day(0)),
  });
  expect(run.payouts).toEqual([
    { vendorId: 'v-1', amountPoisha: 663_75, payableBalancePoisha: 663_75, notYetDuePoisha: 0 },
  ]);
  const payout = { payoutId: 'po-1', vendorId: 'v-1', amountPoisha: 663_75 };
  book.post(postPayoutInitiated(payout, book.normalBalanceOf('vendor_payable:v-1'), day(10)));
  book.post(postPayoutSettled(payout, day(11)));

  expect(Object.fromEntries(book.accountBalances())).toEqual({
    shopper_payments_clearing: 0,
    escrow: 0,
    'vendor_payable:v-1': 0,
    platform_commission_revenue: -75_00,
    vat_on_commission_payable: -11_25,
    delivery_charges: -60_00,
    refunds_payable: 0,
    bank: 134_10,
    provider_fees: 12_15,
    vendor_payouts_clearing: 0,
  });
});
