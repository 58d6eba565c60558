import { verify } from 'node:crypto';
import { AccessTokenClaims, accessTokenClaims } from '@getit/contracts';
import { InvalidTokenException } from './invalid-token.exception';
import { KeyResolver } from './jwks-key.store';

export interface AccessTokenVerifierOptions {
  /** Allowed difference between our clock and auth's, in seconds. Default 30. */
  clockSkewSeconds?: number;
  now?: () => number;
}

/** Far above any real access token (about 600 bytes); bounds the work a garbage header can cause. */
const MAX_TOKEN_LENGTH = 8_192;
const SEGMENT = /^[A-Za-z0-9_-]*$/;
const ACCEPTED_TYPES = new Set(['jwt', 'at+jwt']);

/**
 * Verifies an access token as auth issues it: a compact JWS, ES256 only (the algorithm comes from our policy,
 * never from the token, so `none` and HS256-with-the-public-key are refused), signed by a key auth publishes, with
 * claims that match the contract and a lifetime that covers now, give or take the clock skew.
 */
export class AccessTokenVerifier {
  private readonly skew: number;
  private readonly now: () => number;

  constructor(
    private readonly keys: KeyResolver,
    options: AccessTokenVerifierOptions = {},
  ) {
    this.skew = options.clockSkewSeconds ?? 30;
    this.now = options.now ?? Date.now;
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    const parts = token.length <= MAX_TOKEN_LENGTH ? token.split('.') : [];
    // An empty signature passes this check so that `alg: none` is reported as the algorithm it is.
    if (parts.length !== 3 || !parts.every((part) => SEGMENT.test(part))) throw invalid('malformed');
    const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
    const header = decodeJson(encodedHeader);
    if (header['alg'] !== 'ES256') throw invalid('algorithm');
    const { kid, typ, crit } = header;
    if (typeof kid !== 'string' || kid.length === 0 || crit !== undefined) throw invalid('malformed');
    if (typ !== undefined && (typeof typ !== 'string' || !ACCEPTED_TYPES.has(typ.toLowerCase())))
      throw invalid('malformed');
    const key = await this.keys.keyFor(kid);
    if (!key) throw invalid('unknown-key');
    const signature = Buffer.from(encodedSignature, 'base64url');
    const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`, 'ascii');
    if (signature.length !== 64 || !verify('sha256', signed, { key, dsaEncoding: 'ieee-p1363' }, signature))
      throw invalid('signature');
    const payload = decodeJson(encodedPayload);
    const claims = accessTokenClaims.safeParse(payload);
    if (!claims.success) throw invalid('claims');
    this.checkLifetime(claims.data, payload['nbf']);
    return claims.data;
  }

  private checkLifetime(claims: AccessTokenClaims, notBefore: unknown): void {
    const now = Math.floor(this.now() / 1_000);
    if (now >= claims.exp + this.skew) throw invalid('expired');
    const earliest = Math.max(claims.iat, typeof notBefore === 'number' ? notBefore : claims.iat);
    if (earliest > now + this.skew) throw invalid('not-yet-valid');
  }
}

function invalid(reason: InvalidTokenException['reason']): InvalidTokenException {
  return new InvalidTokenException(reason);
}

function decodeJson(segment: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // fall through: not JSON
  }
  throw invalid('malformed');
}
