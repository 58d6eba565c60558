import { DhakaTime } from '@getit/payment-protocols';
import { RandomToken } from '../shared/random-token';

/** Identifiers in the shapes Nagad issues. */
export class NagadIdsGenerator {
  /** Base64 (URL-safe) of `<time>.<merchantId>.<orderId>.<random>`, like Nagad's opaque reference IDs. */
  static paymentReferenceId(epochMs: number, merchantId: string, orderId: string): string {
    return Buffer.from(
      `${DhakaTime.compact(epochMs)}.${merchantId}.${orderId}.${RandomToken.hex(10)}`,
    ).toString('base64url');
  }

  static challenge(): string {
    return RandomToken.hex(20);
  }

  /** e.g. `000012AB`. */
  static issuerRefNo(): string {
    return `${RandomToken.digits(6)}${RandomToken.upper(2)}`;
  }
}
