import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: refresh tokens. Only their SHA-256 is stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * SHA-256 suffices for a 256-bit random token (nothing to brute-force). Lookups go by this hash through a
 * unique index, so no secret is ever compared byte by byte in application code.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
