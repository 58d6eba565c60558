import { z } from 'zod';
import { paymentCheckoutView, paymentList, paymentListQuery, paymentView, Role } from '@getit/contracts';
import {
  codReconciliationList,
  codReconciliationItemView,
  codReconciliationQuery,
  commissionRuleList,
  commissionRulesQuery,
  commissionRuleView,
  completeRefundRequest,
  createCommissionRuleRequest,
  createRefundRequest,
  ledgerBalancesView,
  ledgerPostingList,
  ledgerPostingsQuery,
  payoutRunView,
  refundList,
  refundListQuery,
  refundView,
  resolveCodReconciliationRequest,
  vendorStatementCsv,
  vendorStatementQuery,
  vendorStatementView,
} from '@getit/contracts';
import { GatewayRoute } from '../gateway-route';

/**
 * Every admin reads payments (admin roles always need a second factor); the payment service checks `admin:*`
 * again. Shoppers are not listed: the payment service does not know whose order it is, so a shopper reads the
 * payment of an order through the order service.
 */
const paymentReaders = {
  roles: ['admin:super-admin', 'admin:operations', 'admin:finance', 'admin:support'] as Role[],
};

/**
 * The payment service's admin reads. There are no payment writes here: payments are requested, cancelled and
 * collected by the checkout saga's events, never over HTTP.
 */
export const paymentRoutes: GatewayRoute[] = [
  {
    method: 'GET',
    path: '/api/payments',
    upstream: 'payment',
    access: paymentReaders,
    summary:
      "An order's payments (?orderId=), with per-package cash-on-delivery collection and status history",
    request: { query: paymentListQuery },
    response: { status: 200, schema: paymentList },
  },
  {
    method: 'GET',
    path: '/api/payments/:paymentId',
    upstream: 'payment',
    access: paymentReaders,
    summary: 'A payment: method, amount, status, collected and captured poisha, packages and history',
    response: { status: 200, schema: paymentView },
  },
  ...onlinePaymentRoutes(),
  ...ledgerRoutes(),
];

/**
 * Online payments (bKash, Nagad, SSLCommerz). Public: the shopper (often a guest) reads where to pay by the order
 * id, which is the bearer secret as for guest orders; providers and the shopper's browser call the callbacks with
 * no token. The payment service believes none of it until the provider confirms server-to-server. SSLCommerz
 * posts application/x-www-form-urlencoded, which the proxy passes through untouched.
 */
function onlinePaymentRoutes(): GatewayRoute[] {
  const anyone = { public: true } as const;
  const callbacks = '/api/payments/callbacks';
  const redirect = { status: 303, schema: z.object({}) };
  const form = z.record(z.string(), z.string());
  const sslcommerzBrowser = (outcome: 'success' | 'fail' | 'cancel'): GatewayRoute => ({
    method: 'POST',
    path: `${callbacks}/sslcommerz/${outcome}`,
    upstream: 'payment',
    access: anyone,
    summary: `SSLCommerz sends the shopper's browser here (form post) after a ${outcome}; 303 to the storefront`,
    request: { body: form },
    response: redirect,
  });
  return [
    {
      method: 'GET',
      path: '/api/payments/checkout/:orderId',
      upstream: 'payment',
      access: anyone,
      summary: "An order's payment at checkout: method, status, amount, and the provider's page to pay on",
      response: { status: 200, schema: paymentCheckoutView },
    },
    {
      method: 'GET',
      path: `${callbacks}/bkash`,
      upstream: 'payment',
      access: anyone,
      summary: "bKash's browser callback (paymentID, status, signature); 303 to the storefront",
      response: redirect,
    },
    {
      method: 'GET',
      path: `${callbacks}/nagad`,
      upstream: 'payment',
      access: anyone,
      summary: "Nagad's browser callback (payment_ref_id, status, …); 303 to the storefront",
      response: redirect,
    },
    {
      method: 'POST',
      path: `${callbacks}/sslcommerz/ipn`,
      upstream: 'payment',
      access: anyone,
      summary: "SSLCommerz's server-to-server payment notification (form post, verify_sign checked)",
      request: { body: form },
      response: { status: 200, schema: z.object({ outcome: z.string() }) },
    },
    sslcommerzBrowser('success'),
    sslcommerzBrowser('fail'),
    sslcommerzBrowser('cancel'),
  ];
}

/**
 * The escrow ledger: commission rules, payouts and ledger balances for finance admins; refunds for finance and
 * support (finance pays manual ones); a vendor's statement for that vendor's staff or finance. The payment service
 * checks the same roles again. The CSV statement passes through as text/csv with its content-disposition.
 */
function ledgerRoutes(): GatewayRoute[] {
  const financeAdmins = { roles: ['admin:finance', 'admin:super-admin'] as Role[] };
  const refunders = { roles: ['admin:finance', 'admin:super-admin', 'admin:support'] as Role[] };
  const statementReaders = {
    roles: ['vendor:owner', 'vendor:manager', 'vendor:staff', 'admin:finance', 'admin:super-admin'] as Role[],
    vendorScoped: true,
  };
  const rules = '/api/admin/commission-rules';
  const refunds = '/api/admin/refunds';
  return [
    {
      method: 'GET',
      path: rules,
      upstream: 'payment',
      access: financeAdmins,
      summary:
        'Commission rules in force (?includeInactive=true for the replaced ones) and the VAT rate on commission',
      request: { query: commissionRulesQuery },
      response: { status: 200, schema: commissionRuleList },
    },
    {
      method: 'POST',
      path: rules,
      upstream: 'payment',
      access: financeAdmins,
      summary:
        "A commission rule for a vendor, a category, both, or the marketplace; replaces that scope's rule",
      request: { body: createCommissionRuleRequest },
      response: { status: 201, schema: commissionRuleView },
    },
    {
      method: 'DELETE',
      path: `${rules}/:ruleId`,
      upstream: 'payment',
      access: financeAdmins,
      summary:
        'Deactivates a commission rule (sold lines keep their frozen terms; the marketplace default stays)',
      response: { status: 200, schema: commissionRuleView },
    },
    {
      method: 'POST',
      path: refunds,
      upstream: 'payment',
      access: refunders,
      summary:
        'Refund a package (an amount or "full"): never more than was paid, within 10 days; 409 above that',
      request: { body: createRefundRequest },
      response: { status: 201, schema: refundView },
    },
    {
      method: 'GET',
      path: refunds,
      upstream: 'payment',
      access: refunders,
      summary: 'Refunds by status (manual_pending: the manual refunds finance must pay) or order',
      request: { query: refundListQuery },
      response: { status: 200, schema: refundList },
    },
    {
      method: 'GET',
      path: `${refunds}/:refundId`,
      upstream: 'payment',
      access: refunders,
      summary: 'A refund: amount, split, deadline, status, provider reference and attempts',
      response: { status: 200, schema: refundView },
    },
    {
      method: 'POST',
      path: `${refunds}/:refundId/complete`,
      upstream: 'payment',
      access: financeAdmins,
      summary:
        'Record a manual refund (Nagad, cash on delivery, refused by the provider) as paid, with its reference',
      request: { body: completeRefundRequest },
      response: { status: 200, schema: refundView },
    },
    {
      method: 'POST',
      path: '/api/admin/payouts/run',
      upstream: 'payment',
      access: financeAdmins,
      summary: 'Run a payout batch now: every vendor owed at least the minimum for deliveries past the delay',
      response: { status: 200, schema: payoutRunView },
    },
    {
      method: 'GET',
      path: '/api/admin/ledger/balances',
      upstream: 'payment',
      access: financeAdmins,
      summary: "Every ledger account's debits, credits and balance, and the proof that they sum to zero",
      response: { status: 200, schema: ledgerBalancesView },
    },
    {
      method: 'GET',
      path: '/api/admin/ledger/postings',
      upstream: 'payment',
      access: financeAdmins,
      summary: "An order's ledger postings (?orderId=), oldest first, each with its debit and credit entries",
      request: { query: ledgerPostingsQuery },
      response: { status: 200, schema: ledgerPostingList },
    },
    {
      method: 'GET',
      path: '/api/admin/cod/reconciliation',
      upstream: 'payment',
      access: financeAdmins,
      summary:
        "Cash-on-delivery reconciliation queue (?status=open|resolved): couriers' remittance lines that did not " +
        "match what they collected (short, missing, over, unknown, duplicate) and partial deliveries' uncollected " +
        'cash, each with the difference',
      request: { query: codReconciliationQuery },
      response: { status: 200, schema: codReconciliationList },
    },
    {
      method: 'POST',
      path: '/api/admin/cod/reconciliation/:itemId/resolve',
      upstream: 'payment',
      access: financeAdmins,
      summary: 'Resolve a cash-on-delivery difference, saying what finance did about it (audited)',
      request: { body: resolveCodReconciliationRequest },
      response: { status: 200, schema: codReconciliationItemView },
    },
    {
      method: 'GET',
      path: '/api/vendors/:vendorId/statement',
      upstream: 'payment',
      access: statementReaders,
      summary:
        "A vendor's statement (?from=&to=, default the last 30 days): sales, refunds, payouts, balances",
      request: { query: vendorStatementQuery },
      response: { status: 200, schema: vendorStatementView },
    },
    {
      method: 'GET',
      path: '/api/vendors/:vendorId/statement.csv',
      upstream: 'payment',
      access: statementReaders,
      summary: 'The same statement as a CSV download (text/csv, Dhaka times, taka with two decimals)',
      request: { query: vendorStatementQuery },
      response: { status: 200, schema: vendorStatementCsv, contentType: 'text/csv' },
    },
  ];
}
