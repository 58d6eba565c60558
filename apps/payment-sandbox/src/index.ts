export {
  startPaymentSandbox,
  type PaymentSandboxOptions,
  type RunningPaymentSandbox,
} from './payment-sandbox.server';
export { PaymentSandboxControl } from './control/payment-sandbox.control';
export type { ApprovalResult, BrowserForm } from './control/approval-result';
export type { ShopperAction, EffectiveOutcome } from './control/payment-scenario';
export { SCENARIO_OUTCOMES, type ScenarioRequest, type ScenarioOutcome } from './control/scenario-request';
export type {
  SandboxPayments,
  SandboxKeys,
  SandboxConfigView,
  BkashPaymentView,
  NagadPaymentView,
  SslcommerzTransactionView,
} from './control/payment-views';
export { PROVIDERS, type Provider } from './shared/provider';
export { DEFAULT_BKASH_CREDENTIALS, type BkashCredentials } from './bkash/bkash-credentials';
export { DEFAULT_NAGAD_SETTINGS, type NagadSettings } from './nagad/nagad-settings';
export {
  DEFAULT_SSLCOMMERZ_CREDENTIALS,
  type SslcommerzCredentials,
} from './sslcommerz/sslcommerz-credentials';
export { NagadCrypto, type NagadKeyInput, type NagadSignatureAlgorithm } from './nagad/nagad-crypto';
export { NagadKeyPair, generateMerchantKeyPair } from './nagad/nagad-key-pair';
export type { NagadKeysView } from './nagad/nagad.keyring';
export { computeVerifySign, isVerifySignGenuine, type SignedFields } from './sslcommerz/verify-sign';
export type { DeliveryReport } from './shared/callback-sender';
