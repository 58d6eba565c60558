import { randomInt } from 'node:crypto';

/** One-time SMS codes: 6 digits, valid 5 minutes, 5 tries, then a new code is needed. */
export const OTP_TTL_MS = 5 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_DIGITS = 6;

/** Uniform over 000000–999999 from the CSPRNG. */
export function newOtpCode(): string {
  return String(randomInt(0, 10 ** OTP_DIGITS)).padStart(OTP_DIGITS, '0');
}

/** The SMS text, in the reader's language. The code comes first so phones can offer to autofill it. */
export function otpMessage(code: string, locale: 'en' | 'bn'): string {
  const minutes = OTP_TTL_MS / 60_000;
  return locale === 'bn'
    ? `${code} আপনার GetIt কোড। ${minutes} মিনিটের মধ্যে ব্যবহার করুন। কাউকে এই কোড বলবেন না।`
    : `${code} is your GetIt code. It expires in ${minutes} minutes. Never share it with anyone.`;
}
