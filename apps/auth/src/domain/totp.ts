import { HOTP, Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app does it (otpauth): HMAC-SHA1, 30-second steps, 6 digits. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of now that still count, for clock drift and a code typed at the turn of a step. */
export const TOTP_WINDOW = 1;
const ALGORITHM = 'SHA1';
const WELL_FORMED = new RegExp(`^\\d{${TOTP_DIGITS}}$`);

/** The secret as otpauth takes it (a copy, so the caller's buffer is never shared). */
export function totpSecret(secret: Uint8Array): Secret {
  return new Secret({ buffer: Uint8Array.from(secret).buffer });
}

export function totpStep(atMs: number): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: atMs });
}

/** RFC 4226 HOTP of `counter` (the TOTP step). */
export function hotp(secret: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  return HOTP.generate({ secret: totpSecret(secret), algorithm: ALGORITHM, digits, counter });
}

/**
 * The step `code` belongs to, within ±TOTP_WINDOW of `atMs`, or undefined. otpauth compares each candidate in
 * constant time. A step at or before `lastUsedStep` never matches: a code works once (our policy on top).
 */
export function matchTotp(
  secret: Uint8Array,
  code: string,
  atMs: number,
  lastUsedStep?: number | null,
): number | undefined {
  if (!WELL_FORMED.test(code)) return undefined;
  const delta = TOTP.validate({
    token: code,
    secret: totpSecret(secret),
    algorithm: ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    timestamp: atMs,
    window: TOTP_WINDOW,
  });
  if (delta === null) return undefined;
  const step = totpStep(atMs) + delta;
  return lastUsedStep == null || step > lastUsedStep ? step : undefined;
}

/** 160 random bits, the size RFC 4226 recommends for HMAC-SHA1. */
export function newTotpSecret(): Buffer {
  return Buffer.from(new Secret({ size: 20 }).bytes);
}

/** The URI authenticator apps read from a QR code (Google Authenticator's Key Uri Format), built by otpauth. */
export function otpauthUrl(secret: Uint8Array, account: string, issuer = 'GetIt'): string {
  return new TOTP({
    issuer,
    label: account,
    algorithm: ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: totpSecret(secret),
  }).toString();
}
