import {
  constants,
  createPrivateKey,
  createPublicKey,
  KeyObject,
  privateDecrypt,
  publicEncrypt,
  sign,
  verify,
} from 'node:crypto';

/** A key as PEM, as the bare base64 DER Nagad hands out (SPKI public, PKCS#8 or PKCS#1 private), or a KeyObject. */
export type NagadKeyInput = KeyObject | string;

export type NagadSignatureAlgorithm = 'sha256' | 'sha1';

/**
 * Nagad's message protection: `sensitiveData` is the JSON string RSA-encrypted with PKCS#1 v1.5 padding for
 * the receiver's public key, base64; `signature` is an RSA signature (SHA-256) of the same JSON string with
 * the sender's private key, base64. Usable by merchant code as well as by the sandbox.
 */
export class NagadCrypto {
  static publicKey(input: NagadKeyInput): KeyObject {
    if (input instanceof KeyObject) return input.type === 'private' ? createPublicKey(input) : input;
    const text = input.trim();
    if (text.includes('-----BEGIN')) return createPublicKey(text);
    return createPublicKey(NagadCrypto.armour(text, 'PUBLIC KEY'));
  }

  static privateKey(input: NagadKeyInput): KeyObject {
    if (input instanceof KeyObject) return input;
    const text = input.trim();
    if (text.includes('-----BEGIN')) return createPrivateKey(text);
    try {
      return createPrivateKey(NagadCrypto.armour(text, 'PRIVATE KEY'));
    } catch {
      return createPrivateKey(NagadCrypto.armour(text, 'RSA PRIVATE KEY'));
    }
  }

  /** Adds PEM armour to a bare base64 key. */
  static armour(base64: string, label: 'PUBLIC KEY' | 'PRIVATE KEY' | 'RSA PRIVATE KEY'): string {
    const body = base64.replace(/\s+/g, '').replace(/.{1,64}/g, '$&\n');
    return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
  }

  /** The bare base64 DER form Nagad's portal shows (SPKI for public keys, PKCS#8 for private keys). */
  static bare(key: KeyObject): string {
    const der =
      key.type === 'private'
        ? key.export({ format: 'der', type: 'pkcs8' })
        : key.export({ format: 'der', type: 'spki' });
    return der.toString('base64');
  }

  static encrypt(plaintext: string, publicKey: NagadKeyInput): string {
    const key = NagadCrypto.publicKey(publicKey);
    return publicEncrypt(
      { key, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(plaintext, 'utf8'),
    ).toString('base64');
  }

  /**
   * Decrypts PKCS#1 v1.5. Node 20 refuses RSA_PKCS1_PADDING for private decryption (CVE-2023-46809), so the
   * raw RSA block is decrypted and the padding removed here. Ciphertext longer than one block is read as
   * consecutive blocks. Throws on anything that is not well-formed.
   */
  static decrypt(ciphertextBase64: string, privateKey: NagadKeyInput): string {
    const key = NagadCrypto.privateKey(privateKey);
    const blockSize = (key.asymmetricKeyDetails?.modulusLength ?? 2048) / 8;
    const ciphertext = Buffer.from(ciphertextBase64, 'base64');
    if (ciphertext.length === 0 || ciphertext.length % blockSize !== 0)
      throw new Error('ciphertext is not whole RSA blocks');
    const parts: Buffer[] = [];
    for (let offset = 0; offset < ciphertext.length; offset += blockSize) {
      const block = privateDecrypt(
        { key, padding: constants.RSA_NO_PADDING },
        ciphertext.subarray(offset, offset + blockSize),
      );
      parts.push(NagadCrypto.unpad(block));
    }
    return Buffer.concat(parts).toString('utf8');
  }

  static sign(
    plaintext: string,
    privateKey: NagadKeyInput,
    algorithm: NagadSignatureAlgorithm = 'sha256',
  ): string {
    return sign(algorithm, Buffer.from(plaintext, 'utf8'), NagadCrypto.privateKey(privateKey)).toString(
      'base64',
    );
  }

  static verify(
    plaintext: string,
    signatureBase64: string,
    publicKey: NagadKeyInput,
    algorithm: NagadSignatureAlgorithm = 'sha256',
  ): boolean {
    try {
      const signature = Buffer.from(signatureBase64, 'base64');
      return verify(algorithm, Buffer.from(plaintext, 'utf8'), NagadCrypto.publicKey(publicKey), signature);
    } catch {
      return false;
    }
  }

  /** EB = 00 || 02 || PS (≥ 8 non-zero bytes) || 00 || M */
  private static unpad(block: Buffer): Buffer {
    if (block[0] !== 0x00 || block[1] !== 0x02) throw new Error('not a PKCS#1 v1.5 encryption block');
    const separator = block.indexOf(0x00, 2);
    if (separator < 10) throw new Error('PKCS#1 v1.5 padding too short');
    return block.subarray(separator + 1);
  }
}
