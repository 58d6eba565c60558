import { AccountKey, vendorPayableAccount } from '../ledger/ledger-account';
import { Posting, PostingKind, signedPoisha } from '../ledger/ledger-posting';

export type StatementLineType = 'sale' | 'refund' | 'payout' | 'adjustment';

/** One posting as the vendor sees it. Amounts are signed: what adds to the vendor's balance is positive. */
export interface VendorStatementLine {
  occurredAt: Date;
  type: StatementLineType;
  postingId: string;
  orderId: string | null;
  packageId: string | null;
  /** The refund or payout id, when there is one. */
  reference: string | null;
  grossPoisha: number;
  commissionPoisha: number;
  vatPoisha: number;
  netPoisha: number;
  balancePoisha: number;
}

export interface VendorStatementTotals {
  /** Goods of packages delivered in the period. */
  grossSalesPoisha: number;
  /** Goods refunded after delivery in the period (positive). */
  refundsPoisha: number;
  /** Commission and VAT charged net of what refunds gave back. */
  commissionPoisha: number;
  vatPoisha: number;
  /** grossSales − refunds − commission − VAT. */
  netPoisha: number;
  payoutsPoisha: number;
  /** Corrections (reversals), signed. */
  adjustmentsPoisha: number;
}

export interface VendorStatement {
  vendorId: string;
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  openingBalancePoisha: number;
  lines: VendorStatementLine[];
  orderCount: number;
  packageCount: number;
  totals: VendorStatementTotals;
  /** opening + net − payouts + adjustments; equals the vendor payable balance at `to`. */
  closingBalancePoisha: number;
  /** Cash on delivery of packages delivered in the period (set by the report, not by the ledger postings). */
  cod?: VendorCodSummary;
}

/** Couriers' cash for a vendor's packages: collected at the door, accounted for in remittances, still pending. */
export interface VendorCodSummary {
  collectedPoisha: number;
  remittedPoisha: number;
  pendingPoisha: number;
}

export function vendorCodSummary(totals: {
  collectedPoisha: number;
  remittedPoisha: number;
}): VendorCodSummary {
  return { ...totals, pendingPoisha: totals.collectedPoisha - totals.remittedPoisha };
}

const TYPE_OF: Partial<Record<PostingKind, StatementLineType>> = {
  package_delivered: 'sale',
  refund_after_delivery: 'refund',
  payout_initiated: 'payout',
};

/** Builds a vendor's statement for [from, to) from ledger postings (any order; only this vendor's are used). */
export function buildVendorStatement(
  vendorId: string,
  period: { from: Date; to: Date },
  postings: readonly Posting[],
): VendorStatement {
  const payable = vendorPayableAccount(vendorId);
  const mine = postings
    .map((posting, index) => ({ posting, index }))
    .filter(({ posting }) => posting.entries.some((e) => e.account === payable))
    .sort((a, b) => a.posting.occurredAt.getTime() - b.posting.occurredAt.getTime() || a.index - b.index)
    .map(({ posting }) => posting);
  const from = period.from.getTime();
  const to = period.to.getTime();

  const openingBalancePoisha = mine
    .filter((p) => p.occurredAt.getTime() < from)
    .reduce((sum, p) => sum + effectOn(p, payable), 0);
  let balance = openingBalancePoisha;
  const lines = mine
    .filter((p) => p.occurredAt.getTime() >= from && p.occurredAt.getTime() < to)
    .map((posting) => {
      const line = toLine(posting, payable, balance);
      balance = line.balancePoisha;
      return line;
    });

  const earning = lines.filter((l) => l.type === 'sale' || l.type === 'refund');
  const sales = lines.filter((l) => l.type === 'sale');
  const sum = (items: VendorStatementLine[], pick: (l: VendorStatementLine) => number) =>
    items.reduce((total, item) => total + pick(item), 0);
  const totals: VendorStatementTotals = {
    grossSalesPoisha: sum(sales, (l) => l.grossPoisha),
    refundsPoisha: -sum(
      lines.filter((l) => l.type === 'refund'),
      (l) => l.grossPoisha,
    ),
    commissionPoisha: sum(earning, (l) => l.commissionPoisha),
    vatPoisha: sum(earning, (l) => l.vatPoisha),
    netPoisha: sum(earning, (l) => l.netPoisha),
    payoutsPoisha: -sum(
      lines.filter((l) => l.type === 'payout'),
      (l) => l.netPoisha,
    ),
    adjustmentsPoisha: sum(
      lines.filter((l) => l.type === 'adjustment'),
      (l) => l.netPoisha,
    ),
  };
  return {
    vendorId,
    from: new Date(from),
    to: new Date(to),
    openingBalancePoisha,
    lines,
    orderCount: new Set(sales.map((l) => l.orderId)).size,
    packageCount: new Set(sales.map((l) => l.packageId)).size,
    totals,
    closingBalancePoisha: balance,
  };
}

function toLine(posting: Posting, payable: AccountKey, balanceBefore: number): VendorStatementLine {
  const type = TYPE_OF[posting.kind] ?? 'adjustment';
  const netPoisha = effectOn(posting, payable);
  const commissionPoisha = type === 'payout' ? 0 : effectOn(posting, 'platform_commission_revenue');
  const vatPoisha = type === 'payout' ? 0 : effectOn(posting, 'vat_on_commission_payable');
  const { orderId, packageId, refundId, payoutId } = posting.reference;
  return {
    occurredAt: new Date(posting.occurredAt.getTime()),
    type,
    postingId: posting.id,
    orderId: orderId ?? null,
    packageId: packageId ?? null,
    reference: refundId ?? payoutId ?? null,
    grossPoisha: type === 'payout' ? 0 : netPoisha + commissionPoisha + vatPoisha,
    commissionPoisha,
    vatPoisha,
    netPoisha,
    balancePoisha: balanceBefore + netPoisha,
  };
}

/** Credits − debits on a credit-normal account within one posting: how much the posting added to it. */
function effectOn(posting: Posting, account: AccountKey): number {
  return posting.entries.filter((e) => e.account === account).reduce((sum, e) => sum - signedPoisha(e), 0);
}
