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
// The protocol code lives in @getit/payment-protocols (the payment service uses it as a client); re-exported here.
export {
  NagadCrypto,
  NagadKeyPair,
  generateMerchantKeyPair,
  computeVerifySign,
  isVerifySignGenuine,
  type NagadKeyInput,
  type NagadSignatureAlgorithm,
  type SignedFields,
} from '@getit/payment-protocols';
export type { NagadKeysView } from './nagad/nagad.keyring';
export type { DeliveryReport } from './shared/callback-sender';
