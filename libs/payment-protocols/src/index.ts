export { DhakaTime } from './shared/dhaka-time';
export { MoneyAmount } from './shared/money-amount';
export { NagadCrypto, type NagadKeyInput, type NagadSignatureAlgorithm } from './nagad/nagad-crypto';
export { NagadKeyPair, generateMerchantKeyPair } from './nagad/nagad-key-pair';
export {
  computeVerifySign,
  isVerifySignGenuine,
  type SignedFields,
  type VerifySignAlgorithm,
} from './sslcommerz/verify-sign';
