import { randomBytes, randomInt } from 'node:crypto';

const UPPER_ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MIXED_ALPHANUMERIC = `${UPPER_ALPHANUMERIC}abcdefghijklmnopqrstuvwxyz`;

/** Unpredictable identifiers from node:crypto. */
export class RandomToken {
  static upper(length: number): string {
    return RandomToken.from(UPPER_ALPHANUMERIC, length);
  }

  static mixed(length: number): string {
    return RandomToken.from(MIXED_ALPHANUMERIC, length);
  }

  static digits(length: number): string {
    return RandomToken.from('0123456789', length);
  }

  static hex(bytes: number): string {
    return randomBytes(bytes).toString('hex');
  }

  static base64url(bytes: number): string {
    return randomBytes(bytes).toString('base64url');
  }

  private static from(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
    return out;
  }
}
