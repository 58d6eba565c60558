import { FrozenCommission } from '../commission/commission-rule';
import { postPackageDelivered } from '../ledger/delivery-posting.rule';
import { LedgerBook } from '../ledger/ledger-book';
import { reversalOf } from '../ledger/ledger-posting';
import { openPackageSettlement } from '../ledger/package-settlement';
import { postPaymentCaptured } from '../ledger/payment-posting.rules';
import { postPayoutInitiated } from '../ledger/payout-posting.rules';
import { postRefund } from '../ledger/refund-posting.rules';
import { planRefund } from '../refund/refund-policy';
import { renderVendorStatementCsv } from './vendor-statement.csv';
import { buildVendorStatement } from './vendor-statement';

const terms: FrozenCommission = {
  ruleId: 'default',
  rateBps: 1_000,
  minimumPoisha: 20_00,
  vatRateBps: 1_500,
};
const on = (day: string) => new Date(`${day}T06:00:00Z`);

/** v-1: one delivery in October, one in November refunded in part, a payout that bounced; v-2 alongside. */
function november(): LedgerBook {
  const book = new LedgerBook();
  const deliver = (orderId: string, packageId: string, vendorId: string, goods: number, day: string) => {
    const sold = openPackageSettlement({
      orderId,
      packageId,
      vendorId,
      paymentMethod: 'bkash',
      lines: [{ lineId: `${packageId}-1`, totalPoisha: goods, commission: terms }],
      deliveryChargePoisha: 60_00,
    });
    const captured = postPaymentCaptured([sold], {
      paymentId: `pay-${orderId}`,
      capturedPoisha: goods + 60_00,
      occurredAt: on(day),
    });
    captured.postings.forEach((p) => book.post(p));
    const delivered = postPackageDelivered(captured.settlements[0]!, { deliveredAt: on(day) });
    book.post(delivered.posting);
    return delivered.settlement;
  };
  deliver('ord-0', 'pkg-0', 'v-1', 800_00, '2025-10-28'); // net ৳708.00
  const pkg1 = deliver('ord-1', 'pkg-1', 'v-1', 1_250_00, '2025-11-05'); // net ৳1,106.25
  deliver('ord-2', 'pkg-2', 'v-2', 999_00, '2025-11-06');
  const plan = planRefund(pkg1, {
    refundId: 'r-1',
    amountPoisha: 500_00,
    reason: 'returned',
    trigger: 'return_received',
    triggeredAt: on('2025-11-08'),
  });
  book.post(postRefund(pkg1, plan, on('2025-11-08')).posting);
  const payout = postPayoutInitiated(
    { payoutId: 'po-1', vendorId: 'v-1', amountPoisha: 708_00 },
    book.normalBalanceOf('vendor_payable:v-1'),
    on('2025-11-10'),
  );
  book.post(payout);
  book.post(reversalOf(payout, { occurredAt: on('2025-11-12') }));
  book.post(
    postPayoutInitiated(
      { payoutId: 'po-2', vendorId: 'v-1', amountPoisha: 1_000_00 },
      1_371_75,
      on('2025-11-15'),
    ),
  );
  deliver('ord-3', 'pkg-3', 'v-1', 300_00, '2025-12-02'); // after the period
  return book;
}

const period = { from: new Date('2025-10-31T18:00:00Z'), to: new Date('2025-11-30T18:00:00Z') }; // November, Dhaka

describe('buildVendorStatement', () => {
  const book = november();
  const statement = buildVendorStatement('v-1', period, book.postings);

  it('opens with what was owed before the period', () => {
    expect(statement.openingBalancePoisha).toBe(708_00);
  });

  it("lists the vendor's sales, refunds, payouts and corrections in the period with a running balance", () => {
    expect(
      statement.lines.map((l) => [
        l.type,
        l.packageId ?? l.reference,
        l.grossPoisha,
        l.commissionPoisha,
        l.vatPoisha,
        l.netPoisha,
        l.balancePoisha,
      ]),
    ).toEqual([
      ['sale', 'pkg-1', 1_250_00, 125_00, 18_75, 1_106_25, 1_814_25],
      ['refund', 'pkg-1', -500_00, -50_00, -7_50, -442_50, 1_371_75],
      ['payout', 'po-1', 0, 0, 0, -708_00, 663_75],
      ['adjustment', 'po-1', 708_00, 0, 0, 708_00, 1_371_75],
      ['payout', 'po-2', 0, 0, 0, -1_000_00, 371_75],
    ]);
  });

  it('totals the period and closes on the ledger balance at its end', () => {
    expect(statement.totals).toEqual({
      grossSalesPoisha: 1_250_00,
      refundsPoisha: 500_00,
      commissionPoisha: 75_00,
      vatPoisha: 11_25,
      netPoisha: 663_75,
      payoutsPoisha: 1_708_00,
      adjustmentsPoisha: 708_00,
    });
    const { totals } = statement;
    expect(totals.grossSalesPoisha - totals.refundsPoisha - totals.commissionPoisha - totals.vatPoisha).toBe(
      totals.netPoisha,
    );
    expect(statement.closingBalancePoisha).toBe(
      statement.openingBalancePoisha + totals.netPoisha - totals.payoutsPoisha + totals.adjustmentsPoisha,
    );
    const atEnd = buildVendorStatement('v-1', { from: new Date(0), to: period.to }, book.postings);
    expect(atEnd.closingBalancePoisha).toBe(371_75);
    expect(
      buildVendorStatement('v-1', { from: new Date(0), to: on('2030-01-01') }, book.postings)
        .closingBalancePoisha,
    ).toBe(book.normalBalanceOf('vendor_payable:v-1'));
    expect([statement.orderCount, statement.packageCount]).toEqual([1, 1]);
  });

  it('renders as CSV with taka amounts, Dhaka times and opening/closing rows', () => {
    expect(renderVendorStatementCsv(statement).split('\r\n')).toEqual([
      'date,type,order_id,package_id,reference,gross_bdt,commission_bdt,vat_bdt,net_bdt,balance_bdt',
      '2025-11-01T00:00:00+06:00,opening_balance,,,,,,,,708.00',
      '2025-11-05T12:00:00+06:00,sale,ord-1,pkg-1,,1250.00,125.00,18.75,1106.25,1814.25',
      '2025-11-08T12:00:00+06:00,refund,ord-1,pkg-1,r-1,-500.00,-50.00,-7.50,-442.50,1371.75',
      '2025-11-10T12:00:00+06:00,payout,,,po-1,0.00,0.00,0.00,-708.00,663.75',
      '2025-11-12T12:00:00+06:00,adjustment,,,po-1,708.00,0.00,0.00,708.00,1371.75',
      '2025-11-15T12:00:00+06:00,payout,,,po-2,0.00,0.00,0.00,-1000.00,371.75',
      '2025-12-01T00:00:00+06:00,closing_balance,,,,,,,,371.75',
      '',
    ]);
  });

  it('quotes and defuses ids that need it', () => {
    const odd = {
      ...statement,
      lines: [{ ...statement.lines[0]!, orderId: 'GI,"42"', packageId: '=cmd' }],
    };
    expect(renderVendorStatementCsv(odd).split('\r\n')[2]).toBe(
      `2025-11-05T12:00:00+06:00,sale,"GI,""42""",'=cmd,,1250.00,125.00,18.75,1106.25,1814.25`,
    );
  });

  it('is empty but balanced for a vendor with no postings', () => {
    const none = buildVendorStatement('v-9', period, book.postings);
    expect(none).toMatchObject({
      openingBalancePoisha: 0,
      lines: [],
      closingBalancePoisha: 0,
      orderCount: 0,
    });
  });
});
