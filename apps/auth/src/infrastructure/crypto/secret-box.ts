import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { derivedKey } from './key-derivation';

const VERSION = 'v1';

/**
 * AES-256-GCM for secrets auth must read back (signing keys, TOTP secrets). The sealed form is
 * `v1.<iv>.<ciphertext>.<tag>` in base64url. `context` is bound as additional data, so a ciphertext copied to
 * another row (another kid or user) does not open there.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(secret: string, purpose: string) {
    this.key = derivedKey(secret, `secret-box:${purpose}`);
  }

  seal(plaintext: Buffer, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return [VERSION, iv, ciphertext, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Throws when the ciphertext was altered, belongs to another context, or was sealed under another secret. */
  open(sealed: string, context: string): Buffer {
    const [version, iv, ciphertext, tag] = sealed.split('.');
    if (version !== VERSION || !iv || ciphertext === undefined || !tag)
      throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
  }
}
