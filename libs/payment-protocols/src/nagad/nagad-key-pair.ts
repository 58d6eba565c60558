import { generateKeyPair, KeyObject } from 'node:crypto';
import { NagadCrypto, NagadKeyInput } from './nagad-crypto';

/** An RSA key pair in the forms Nagad integrations pass around. */
export class NagadKeyPair {
  private constructor(
    readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {}

  /** A fresh 2048-bit RSA pair: what a merchant generates and uploads its public half of. */
  static generate(): Promise<NagadKeyPair> {
    return new Promise((resolve, reject) =>
      generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) =>
        error ? reject(error) : resolve(new NagadKeyPair(privateKey, publicKey)),
      ),
    );
  }

  static fromPrivateKey(input: NagadKeyInput): NagadKeyPair {
    const privateKey = NagadCrypto.privateKey(input);
    return new NagadKeyPair(privateKey, NagadCrypto.publicKey(privateKey));
  }

  get publicKeyBase64(): string {
    return NagadCrypto.bare(this.publicKey);
  }

  get privateKeyBase64(): string {
    return NagadCrypto.bare(this.privateKey);
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }

  get privateKeyPem(): string {
    return this.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  }
}

/** A merchant key pair for tests and local configuration of the payment service. */
export function generateMerchantKeyPair(): Promise<NagadKeyPair> {
  return NagadKeyPair.generate();
}
