import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Encode } from './base32';

/** RFC 6238 as every authenticator app does it: HMAC-SHA1, 30-second steps, 6 digits. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of now that still count, for clock drift and a code typed at the turn of a step. */
export const TOTP_WINDOW = 1;

export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1_000 / TOTP_PERIOD_SECONDS);
}

/** RFC 4226 HOTP of `counter` (the TOTP step). */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', secret).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * The step `code` belongs to, within ±TOTP_WINDOW of `atMs`, or undefined. Every candidate is computed and
 * compared in constant time, so the answer's timing says nothing about which step (if any) matched. A step at
 * or before `lastUsedStep` never matches: a code works once.
 */
export function matchTotp(
  secret: Buffer,
  code: string,
  atMs: number,
  lastUsedStep?: number | null,
): number | undefined {
  const wellFormed = new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code);
  const given = Buffer.from(code.padEnd(TOTP_DIGITS, 'x').slice(0, TOTP_DIGITS));
  const now = totpStep(atMs);
  let matched: number | undefined;
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    const equal = timingSafeEqual(Buffer.from(hotp(secret, step)), given);
    if (equal && wellFormed && matched === undefined && (lastUsedStep == null || step > lastUsedStep))
      matched = step;
  }
  return matched;
}

/** 160 random bits, the size RFC 4226 recommends for HMAC-SHA1. */
export function newTotpSecret(): Buffer {
  return randomBytes(20);
}

/** The URI authenticator apps read from a QR code (Google Authenticator's Key Uri Format). */
export function otpauthUrl(secret: Buffer, account: string, issuer = 'GetIt'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
