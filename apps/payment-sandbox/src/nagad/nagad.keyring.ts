import { KeyObject } from 'node:crypto';
import { NagadCrypto, NagadKeyPair } from '@getit/payment-protocols';
import { NagadSettings } from './nagad-settings';

/** Nagad's public key and the registered merchant key, as the control API publishes them. */
export interface NagadKeysView {
  nagadPublicKey: string;
  nagadPublicKeyPem: string;
  merchantId: string;
  merchantNumber: string;
  merchantPublicKey: string;
  merchantPublicKeyPem: string;
  /** Only when the sandbox generated the merchant pair itself (no merchant public key configured). */
  merchantPrivateKey?: string;
  merchantPrivateKeyPem?: string;
}

/** The sandbox's own Nagad key pair and the merchant's public key, generated at start where not configured. */
export class NagadKeyring {
  private constructor(
    readonly nagad: NagadKeyPair,
    readonly merchantPublicKey: KeyObject,
    private readonly generatedMerchant: NagadKeyPair | undefined,
    private readonly settings: NagadSettings,
  ) {}

  static async create(settings: NagadSettings): Promise<NagadKeyring> {
    const nagad = settings.nagadPrivateKey
      ? NagadKeyPair.fromPrivateKey(settings.nagadPrivateKey)
      : await NagadKeyPair.generate();
    if (settings.merchantPublicKey) {
      return new NagadKeyring(nagad, NagadCrypto.publicKey(settings.merchantPublicKey), undefined, settings);
    }
    const merchant = await NagadKeyPair.generate();
    return new NagadKeyring(nagad, merchant.publicKey, merchant, settings);
  }

  view(): NagadKeysView {
    return {
      nagadPublicKey: this.nagad.publicKeyBase64,
      nagadPublicKeyPem: this.nagad.publicKeyPem,
      merchantId: this.settings.merchantId,
      merchantNumber: this.settings.merchantNumber,
      merchantPublicKey: NagadCrypto.bare(this.merchantPublicKey),
      merchantPublicKeyPem: this.merchantPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
      ...(this.generatedMerchant
        ? {
            merchantPrivateKey: this.generatedMerchant.privateKeyBase64,
            merchantPrivateKeyPem: this.generatedMerchant.privateKeyPem,
          }
        : {}),
    };
  }
}
