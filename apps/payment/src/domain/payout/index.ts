export {
  DEFAULT_PAYOUT_POLICY,
  MAX_PAYOUT_DELAY_DAYS,
  createPayoutPolicy,
  deliveryCreditsOf,
  duePayouts,
} from './payout-policy';
export type { CarriedOverPayout, DuePayout, PayoutPolicy, VendorPayableCredit } from './payout-policy';
export { PayoutExceedsBalanceException } from './payout-exceeds-balance.exception';
export { buildVendorStatement, vendorCodSummary } from './vendor-statement';
export type {
  StatementLineType,
  VendorCodSummary,
  VendorStatement,
  VendorStatementLine,
  VendorStatementTotals,
} from './vendor-statement';
export { VENDOR_STATEMENT_CSV_HEADER, renderVendorStatementCsv } from './vendor-statement.csv';
export { csvField, csvRecord, csvText } from './csv.format';
