import { RandomToken } from '../shared/random-token';

/** Identifiers in the shapes bKash issues. */
export class BkashIdGenerator {
  /** `TR0011` + 7 alphanumerics + 13-digit epoch milliseconds, e.g. `TR0011AB3CD4E1765276963828`. */
  static paymentId(epochMs: number): string {
    return `TR0011${RandomToken.upper(7)}${String(Math.trunc(epochMs)).padStart(13, '0')}`;
  }

  /** 10 uppercase alphanumerics, e.g. `7AC401TT1O`. */
  static trxId(): string {
    return RandomToken.upper(10);
  }

  /** The opaque `signature` bKash appends to a callback. */
  static callbackSignature(): string {
    return RandomToken.mixed(10);
  }

  static token(): string {
    return `eyJ${RandomToken.base64url(96)}`;
  }
}
