import { RequestBody } from '../shared/request-body';
import { NagadCrypto } from '@getit/payment-protocols';
import { NagadKeyring } from './nagad.keyring';
import { NagadSettings } from './nagad-settings';
import { NagadError } from './nagad.error';

/** The signed, encrypted `{sensitiveData, signature}` pair, opened from the merchant and sealed for it. */
export class NagadEnvelope {
  constructor(
    private readonly keys: NagadKeyring,
    private readonly settings: NagadSettings,
  ) {}

  /** Decrypts with Nagad's private key, then checks the merchant's signature over the decrypted JSON string. */
  open(body: RequestBody): RequestBody {
    const sensitiveData = body.text('sensitiveData');
    const signature = body.text('signature');
    if (!sensitiveData) throw new NagadError('invalidSensitiveData', 'sensitiveData is missing');
    if (!signature) throw new NagadError('signatureVerificationFailed', 'signature is missing');
    let plaintext: string;
    let parsed: unknown;
    try {
      plaintext = NagadCrypto.decrypt(sensitiveData, this.keys.nagad.privateKey);
      parsed = JSON.parse(plaintext);
    } catch {
      throw new NagadError('invalidSensitiveData', "sensitiveData does not decrypt with Nagad's key to JSON");
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new NagadError('invalidSensitiveData', 'sensitiveData is not a JSON object');
    }
    if (
      !NagadCrypto.verify(plaintext, signature, this.keys.merchantPublicKey, this.settings.signatureAlgorithm)
    ) {
      throw new NagadError('signatureVerificationFailed');
    }
    return new RequestBody(parsed);
  }

  /** Encrypts for the merchant's public key and signs with Nagad's private key. */
  seal(data: Record<string, string>): { sensitiveData: string; signature: string } {
    const plaintext = JSON.stringify(data);
    return {
      sensitiveData: NagadCrypto.encrypt(plaintext, this.keys.merchantPublicKey),
      signature: NagadCrypto.sign(plaintext, this.keys.nagad.privateKey, this.settings.signatureAlgorithm),
    };
  }
}
