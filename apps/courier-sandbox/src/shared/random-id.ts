import { randomBytes, randomInt } from 'node:crypto';

const UPPER_ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Unpredictable identifiers in the couriers' formats. */
export class RandomId {
  static upper(length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += UPPER_ALPHANUMERIC[randomInt(UPPER_ALPHANUMERIC.length)];
    return out;
  }

  static digits(length: number): string {
    let out = String(1 + randomInt(9));
    for (let i = 1; i < length; i += 1) out += String(randomInt(10));
    return out;
  }

  static token(bytes = 24): string {
    return randomBytes(bytes).toString('base64url');
  }
}
