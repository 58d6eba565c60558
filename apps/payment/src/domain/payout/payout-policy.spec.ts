import { ValidationException } from '@getit/errors';
import { createPosting, credit, debit, reversalOf } from '../ledger/ledger-posting';
import {
  DEFAULT_PAYOUT_POLICY,
  VendorPayableCredit,
  createPayoutPolicy,
  deliveryCreditsOf,
  duePayouts,
} from './payout-policy';

const asOf = new Date('2025-12-01T00:00:00Z');
const daysBefore = (days: number) => new Date(asOf.getTime() - days * 24 * 60 * 60 * 1000);
const credit_ = (vendorId: string, daysAgo: number, netPoisha: number): VendorPayableCredit => ({
  vendorId,
  packageId: `${vendorId}-${daysAgo}`,
  deliveredAt: daysBefore(daysAgo),
  netPoisha,
});

describe('createPayoutPolicy', () => {
  it('waits 7 days with a ৳500 minimum by default', () => {
    expect(createPayoutPolicy()).toEqual({ delayDays: 7, minimumPayoutPoisha: 500_00 });
    expect(DEFAULT_PAYOUT_POLICY.delayDays).toBe(7);
  });

  it.each([11, -1, 2.5])('refuses a delay of %p days (vendors are paid within 10 days)', (delayDays) => {
    expect(() => createPayoutPolicy({ delayDays })).toThrow(ValidationException);
  });

  it('accepts 0 to 10 days and any whole minimum', () => {
    expect(createPayoutPolicy({ delayDays: 10, minimumPayoutPoisha: 0 })).toEqual({
      delayDays: 10,
      minimumPayoutPoisha: 0,
    });
  });
});

describe('duePayouts', () => {
  const policy = createPayoutPolicy({ delayDays: 7, minimumPayoutPoisha: 500_00 });

  it('pays each vendor its balance minus deliveries still in the 7-day window, never more than the balance', () => {
    const result = duePayouts(policy, {
      asOf,
      payableBalances: new Map([
        ['v-b', 3_000_00],
        ['v-a', 1_106_25],
      ]),
      recentCredits: [credit_('v-a', 8, 1_106_25), credit_('v-b', 7, 1_000_00), credit_('v-b', 6, 1_200_00)],
    });
    expect(result.payouts).toEqual([
      { vendorId: 'v-a', amountPoisha: 1_106_25, payableBalancePoisha: 1_106_25, notYetDuePoisha: 0 },
      // delivered exactly 7 days ago is due; 6 days ago waits.
      { vendorId: 'v-b', amountPoisha: 1_800_00, payableBalancePoisha: 3_000_00, notYetDuePoisha: 1_200_00 },
    ]);
    expect(result.carriedOver).toEqual([]);
  });

  it('carries over small amounts, waiting money and balances refunds made negative', () => {
    const result = duePayouts(policy, {
      asOf,
      payableBalances: new Map([
        ['v-small', 499_99],
        ['v-new', 2_000_00],
        ['v-owing', -300_00],
        ['v-refunded', 500_00],
      ]),
      recentCredits: [credit_('v-new', 1, 2_000_00), credit_('v-refunded', 2, 900_00)],
    });
    expect(result.payouts).toEqual([]);
    expect(result.carriedOver).toEqual([
      { vendorId: 'v-new', payableBalancePoisha: 2_000_00, duePoisha: 0, reason: 'nothing_due' },
      { vendorId: 'v-owing', payableBalancePoisha: -300_00, duePoisha: 0, reason: 'nothing_due' },
      { vendorId: 'v-refunded', payableBalancePoisha: 500_00, duePoisha: 0, reason: 'nothing_due' },
      { vendorId: 'v-small', payableBalancePoisha: 499_99, duePoisha: 499_99, reason: 'below_minimum' },
    ]);
  });
});

describe('deliveryCreditsOf', () => {
  const delivery = (packageId: string, vendorId: string, net: number, at: Date) =>
    createPosting({
      id: `package_delivered:${packageId}`,
      kind: 'package_delivered',
      reference: { orderId: 'ord-1', packageId },
      occurredAt: at,
      entries: [
        debit('escrow', net + 100),
        credit(`vendor_payable:${vendorId}`, net),
        credit('delivery_charges', 100),
      ],
    });

  it('reads the vendor credits of deliveries after a date, skipping reversed ones', () => {
    const kept = delivery('pkg-1', 'v-1', 1_106_25, daysBefore(3));
    const reversed = delivery('pkg-2', 'v-2', 500_00, daysBefore(2));
    const old = delivery('pkg-3', 'v-1', 700_00, daysBefore(20));
    const postings = [old, kept, reversed, reversalOf(reversed, { occurredAt: daysBefore(1) })];
    expect(deliveryCreditsOf(postings, daysBefore(10))).toEqual([
      { vendorId: 'v-1', packageId: 'pkg-1', deliveredAt: daysBefore(3), netPoisha: 1_106_25 },
    ]);
  });
});
