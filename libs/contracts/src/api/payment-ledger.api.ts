import { z } from 'zod';
import { orderPaymentMethod } from '../events/order-events.v1';
import { PAYMENT_REFUND_REASONS } from '../events/payment-events.v1';
import { poishaSchema } from '../money.schema';

// The payment service's ledger API: commission rules, refunds, payouts, vendor statements and ledger balances.
// Amounts are integer poisha; signed amounts (statement lines, balances) may be negative.

const signedPoisha = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const basisPoints = z.number().int().min(0).max(10_000);
const isoTime = z.string();

// ---- commission rules -------------------------------------------------------------------------------------

export const COMMISSION_RULE_SCOPES = ['vendor_category', 'vendor', 'category', 'marketplace'] as const;

/** POST /admin/commission-rules: a rule replaces the active rule of the same scope (which is deactivated). */
export const createCommissionRuleRequest = z
  .object({
    vendorId: z.uuid().nullable().optional(),
    categorySlug: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "smartphones"')
      .nullable()
      .optional(),
    /** 1,000 = 10%. */
    rateBps: basisPoints,
    /** The least commission per order line. Default 0. */
    minimumPoisha: poishaSchema.optional(),
  })
  .strict();
export type CreateCommissionRuleRequest = z.infer<typeof createCommissionRuleRequest>;

export const commissionRulePath = z.object({ ruleId: z.string().min(1).max(100) });

export const commissionRulesQuery = z
  .object({ includeInactive: z.enum(['true', 'false']).optional() })
  .strict();
export type CommissionRulesQuery = z.infer<typeof commissionRulesQuery>;

export const commissionRuleView = z.object({
  id: z.string(),
  scope: z.enum(COMMISSION_RULE_SCOPES),
  vendorId: z.uuid().nullable(),
  categorySlug: z.string().nullable(),
  rateBps: basisPoints,
  minimumPoisha: poishaSchema,
  active: z.boolean(),
  createdBy: z.string(),
  createdAt: isoTime,
  deactivatedBy: z.string().nullable(),
  deactivatedAt: isoTime.nullable(),
});
export type CommissionRuleView = z.infer<typeof commissionRuleView>;

export const commissionRuleList = z.object({
  items: z.array(commissionRuleView),
  /** VAT charged on commission (COMMISSION_VAT_RATE_BPS), frozen onto each line at sale with its rule. */
  vatRateBps: basisPoints,
});
export type CommissionRuleList = z.infer<typeof commissionRuleList>;

// ---- refunds ----------------------------------------------------------------------------------------------

export const REFUND_STATUSES = ['pending', 'manual_pending', 'completed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/** POST /admin/refunds. Send your own `refundId` to retry safely: the same id never refunds twice. */
export const createRefundRequest = z
  .object({
    refundId: z.uuid().optional(),
    orderId: z.uuid(),
    packageId: z.uuid(),
    amountPoisha: z.union([poishaSchema.min(1), z.literal('full')]),
    reason: z.enum(PAYMENT_REFUND_REASONS),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type CreateRefundRequest = z.infer<typeof createRefundRequest>;

export const refundPath = z.object({ refundId: z.uuid() });

export const refundListQuery = z
  .object({
    status: z.enum(REFUND_STATUSES).optional(),
    orderId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();
export type RefundListQuery = z.infer<typeof refundListQuery>;

/** POST /admin/refunds/:refundId/complete: finance paid a manual refund (bKash or bank transfer). */
export const completeRefundRequest = z
  .object({
    /** The transfer's reference (bKash TrxID, bank reference). */
    reference: z.string().trim().min(1).max(200),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type CompleteRefundRequest = z.infer<typeof completeRefundRequest>;

export const refundView = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  packageId: z.uuid(),
  vendorId: z.uuid(),
  paymentId: z.uuid().nullable(),
  method: orderPaymentMethod,
  amountPoisha: poishaSchema,
  goodsPoisha: poishaSchema,
  deliveryPoisha: poishaSchema,
  timing: z.enum(['before_delivery', 'after_delivery']),
  reason: z.enum(PAYMENT_REFUND_REASONS),
  trigger: z.enum(['cancellation', 'delivery_failed', 'return_received', 'complaint_resolved']),
  status: z.enum(REFUND_STATUSES),
  /** Paid by hand by finance (Nagad, cash on delivery, or a provider that refused). */
  manual: z.boolean(),
  /** Pay back by then: the trigger + 10 days (Digital Commerce Operation Guidelines 2021). */
  deadlineAt: isoTime,
  overdue: z.boolean(),
  providerRef: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  requestedBy: z.string(),
  note: z.string().nullable(),
  createdAt: isoTime,
  completedAt: isoTime.nullable(),
  completedBy: z.string().nullable(),
});
export type RefundView = z.infer<typeof refundView>;

export const refundList = z.object({ items: z.array(refundView) });
export type RefundList = z.infer<typeof refundList>;

// ---- payouts ----------------------------------------------------------------------------------------------

export const PAYOUT_METHODS = ['bkash', 'nagad', 'bank'] as const;

export const payoutView = z.object({
  id: z.uuid(),
  vendorId: z.uuid(),
  amountPoisha: poishaSchema,
  method: z.enum(PAYOUT_METHODS),
  status: z.enum(['initiated', 'settled']),
  runId: z.uuid(),
  initiatedAt: isoTime,
  settledAt: isoTime.nullable(),
});
export type PayoutView = z.infer<typeof payoutView>;

export const payoutRunView = z.object({
  runId: z.uuid(),
  asOf: isoTime,
  delayDays: z.number().int(),
  minimumPayoutPoisha: poishaSchema,
  payouts: z.array(payoutView),
  carriedOver: z.array(
    z.object({
      vendorId: z.string(),
      payableBalancePoisha: signedPoisha,
      duePoisha: poishaSchema,
      reason: z.enum(['nothing_due', 'below_minimum']),
    }),
  ),
});
export type PayoutRunView = z.infer<typeof payoutRunView>;

// ---- vendor statements ------------------------------------------------------------------------------------

/** `YYYY-MM-DD` (the start of that day in Dhaka) or an ISO time with offset. */
const statementInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const vendorStatementPath = z.object({ vendorId: z.uuid() });

/** GET /vendors/:vendorId/statement?from=&to=: `from` inclusive, `to` exclusive; default the last 30 days. */
export const vendorStatementQuery = z
  .object({ from: statementInstant.optional(), to: statementInstant.optional() })
  .strict();
export type VendorStatementQuery = z.infer<typeof vendorStatementQuery>;

export const vendorStatementLineView = z.object({
  occurredAt: isoTime,
  type: z.enum(['sale', 'refund', 'payout', 'adjustment']),
  postingId: z.string(),
  orderId: z.string().nullable(),
  packageId: z.string().nullable(),
  reference: z.string().nullable(),
  grossPoisha: signedPoisha,
  commissionPoisha: signedPoisha,
  vatPoisha: signedPoisha,
  netPoisha: signedPoisha,
  balancePoisha: signedPoisha,
});

export const vendorStatementView = z.object({
  vendorId: z.uuid(),
  from: isoTime,
  to: isoTime,
  openingBalancePoisha: signedPoisha,
  closingBalancePoisha: signedPoisha,
  orderCount: z.number().int(),
  packageCount: z.number().int(),
  totals: z.object({
    grossSalesPoisha: signedPoisha,
    refundsPoisha: signedPoisha,
    commissionPoisha: signedPoisha,
    vatPoisha: signedPoisha,
    netPoisha: signedPoisha,
    payoutsPoisha: signedPoisha,
    adjustmentsPoisha: signedPoisha,
  }),
  /**
   * Cash on delivery of the vendor's packages delivered in the period: what couriers collected, what they
   * accounted for in remittances (cash + their fees) and what is still pending with them.
   */
  cod: z
    .object({
      collectedPoisha: signedPoisha,
      remittedPoisha: signedPoisha,
      pendingPoisha: signedPoisha,
    })
    .optional(),
  lines: z.array(vendorStatementLineView),
});
export type VendorStatementView = z.infer<typeof vendorStatementView>;

/** The CSV statement is text/csv; documented as a string. */
export const vendorStatementCsv = z.string();

// ---- ledger balances --------------------------------------------------------------------------------------

export const ledgerAccountBalanceView = z.object({
  account: z.string(),
  kind: z.string(),
  class: z.enum(['asset', 'liability', 'revenue', 'expense']),
  normalSide: z.enum(['debit', 'credit']),
  debitPoisha: poishaSchema,
  creditPoisha: poishaSchema,
  /** Debits − credits. */
  balancePoisha: signedPoisha,
  /** The balance on the account's normal side: positive escrow means money is held. */
  normalBalancePoisha: signedPoisha,
});

export const ledgerBalancesView = z.object({
  asOf: isoTime,
  postingCount: z.number().int(),
  accounts: z.array(ledgerAccountBalanceView),
  totals: z.object({
    debitPoisha: poishaSchema,
    creditPoisha: poishaSchema,
    /** Σ (debits − credits) over every account: always 0 in a sound ledger. */
    sumPoisha: signedPoisha,
    balanced: z.boolean(),
  }),
});
export type LedgerBalancesView = z.infer<typeof ledgerBalancesView>;

// ---- an order's postings ----------------------------------------------------------------------------------

/** GET /admin/ledger/postings?orderId=: every posting about one order, oldest first (finance admins). */
export const ledgerPostingsQuery = z.object({ orderId: z.uuid() }).strict();
export type LedgerPostingsQuery = z.infer<typeof ledgerPostingsQuery>;

export const ledgerPostingView = z.object({
  id: z.string(),
  /** What happened: `cod_collected`, `package_delivered`, `refund_after_delivery`, `refund_paid`, … */
  kind: z.string(),
  occurredAt: isoTime,
  /** The ids the posting is about: orderId, packageId, refundId, paymentId, payoutId. */
  reference: z.record(z.string(), z.string()),
  reverses: z.string().nullable(),
  entries: z.array(
    z.object({ account: z.string(), side: z.enum(['debit', 'credit']), amountPoisha: poishaSchema }),
  ),
});
export type LedgerPostingView = z.infer<typeof ledgerPostingView>;

export const ledgerPostingList = z.object({ items: z.array(ledgerPostingView) });
export type LedgerPostingList = z.infer<typeof ledgerPostingList>;
