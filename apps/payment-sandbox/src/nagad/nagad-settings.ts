import { NagadSignatureAlgorithm } from '@getit/payment-protocols';

/** How the Nagad simulator is set up; keys left out are generated at start and published on /__control/keys. */
export interface NagadSettings {
  merchantId: string;
  /** The merchant's Nagad account number (`merchantMobileNo` in verify). */
  merchantNumber: string;
  /** The merchant's public key as registered with Nagad (bare base64 or PEM). */
  merchantPublicKey?: string;
  /** The sandbox's own ("Nagad's") private key (bare base64 or PEM). */
  nagadPrivateKey?: string;
  /** SHA-256 per Nagad's sample; one document says SHA-1 [U]. */
  signatureAlgorithm: NagadSignatureAlgorithm;
  /** The callback `status` when the shopper cancels: Aborted or Cancelled [U]. */
  cancelStatus: 'Aborted' | 'Cancelled';
}

/** The merchant ID and account from Nagad's public sandbox sample. */
export const DEFAULT_NAGAD_SETTINGS: NagadSettings = {
  merchantId: '683002007104225',
  merchantNumber: '01711428036',
  signatureAlgorithm: 'sha256',
  cancelStatus: 'Aborted',
};
