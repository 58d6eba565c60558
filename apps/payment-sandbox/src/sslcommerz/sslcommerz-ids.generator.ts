import { DhakaTime } from '@getit/payment-protocols';
import { RandomToken } from '../shared/random-token';

/** Identifiers in the shapes SSLCommerz issues. */
export class SslcommerzIdsGenerator {
  /** 32 uppercase hex characters. */
  static sessionkey(): string {
    return RandomToken.hex(16).toUpperCase();
  }

  /** `yyMMddHHmmss` + 3 digits + 12 alphanumerics, e.g. `200105225826116qFnATY9sHIwo`. */
  static valId(epochMs: number): string {
    return `${SslcommerzIdsGenerator.stamp(epochMs)}${RandomToken.digits(3)}${RandomToken.mixed(12)}`;
  }

  /** `yyMMddHHmmss` + 15 alphanumerics, e.g. `200105225825DBgSoRGLvczhFjj`. */
  static bankTranId(epochMs: number): string {
    return `${SslcommerzIdsGenerator.stamp(epochMs)}${RandomToken.mixed(15)}`;
  }

  static refundRefId(): string {
    return RandomToken.hex(7).slice(0, 13);
  }

  private static stamp(epochMs: number): string {
    return DhakaTime.compact(epochMs).slice(2);
  }
}
