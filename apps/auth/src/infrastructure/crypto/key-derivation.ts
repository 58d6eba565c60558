import { hkdfSync } from 'node:crypto';

/**
 * A 256-bit key for one purpose, derived from AUTH_KEY_ENCRYPTION_SECRET with HKDF-SHA-256. Each purpose
 * (signing-key encryption, TOTP secret encryption, OTP code hashing) gets an unrelated key from the one secret.
 */
export function derivedKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'getit-auth', purpose, 32));
}
