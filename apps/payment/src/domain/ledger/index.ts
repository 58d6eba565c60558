export {
  ACCOUNT_KINDS,
  CHART_OF_ACCOUNTS,
  accountKindOf,
  codReceivableAccount,
  isAccountKey,
  normalBalance,
  normalSideOf,
  parseAccountKey,
  vendorPayableAccount,
} from './ledger-account';
export type { AccountClass, AccountDefinition, AccountKey, AccountKind, EntrySide } from './ledger-account';
export {
  POSTING_KINDS,
  REFERENCE_FIELDS,
  createPosting,
  credit,
  debit,
  postingTotalPoisha,
  reversalOf,
  signedPoisha,
  withoutZeroEntries,
} from './ledger-posting';
export type {
  LedgerEntry,
  Posting,
  PostingInput,
  PostingKind,
  PostingReference,
  ReferenceField,
} from './ledger-posting';
export { InvalidPostingException } from './invalid-posting.exception';
export type { InvalidPostingProblem } from './invalid-posting.exception';
export { PostingConflictException } from './posting-conflict.exception';
export type { PostingConflict } from './posting-conflict.exception';
export { IllegalSettlementStepException } from './illegal-settlement-step.exception';
export {
  SETTLEMENT_STAGES,
  commissionTotalsOf,
  heldInEscrowPoisha,
  openPackageSettlement,
  packageTotalPoisha,
  settlementRefundedPoisha,
} from './package-settlement';
export type {
  PackageSale,
  PackageSettlement,
  SaleLine,
  SettledPosting,
  SettlementStage,
} from './package-settlement';
export { postPaymentCaptured, postProviderSettled } from './payment-posting.rules';
export { postCodCollected, postCodRemitted } from './cod-posting.rules';
export {
  UNASSIGNED_COURIER,
  postCodAssigned,
  reconcileRemittanceLine,
  type ExpectedConsignment,
  type LineReconciliation,
  type RemittanceLine,
  type RemittanceVerdict,
} from './cod-reconciliation.rules';
export { postPackageDelivered } from './delivery-posting.rule';
export { postRefund, postRefundPaid } from './refund-posting.rules';
export { postCodUncollectedReversed } from './return-posting.rules';
export { postPayoutInitiated, postPayoutSettled } from './payout-posting.rules';
export type { PayoutInstruction } from './payout-posting.rules';
export { LedgerBook } from './ledger-book';
