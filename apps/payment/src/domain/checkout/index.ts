export {
  decidePaymentAcceptance,
  type AcceptanceDecision,
  type AcceptanceRules,
  type PaymentRefusalCode,
} from './payment-acceptance.policy';
export {
  PACKAGE_COLLECTION_STATUSES,
  applyPackageOutcome,
  summarizeCollection,
  type CollectionStep,
  type CollectionSummary,
  type PackageCollection,
  type PackageCollectionStatus,
  type PackageOutcome,
} from './cod-collection';
