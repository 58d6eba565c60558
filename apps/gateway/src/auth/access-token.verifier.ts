import { decodeProtectedHeader, errors, jwtVerify, JWTPayload } from 'jose';
import { AccessTokenClaims, accessTokenClaims } from '@getit/contracts';
import { InvalidTokenException, InvalidTokenReason } from './invalid-token.exception';
import { KeyResolver } from './jwks-key.store';

export interface AccessTokenVerifierOptions {
  /** Allowed difference between our clock and auth's, in seconds. Default 30. */
  clockSkewSeconds?: number;
  now?: () => number;
}

/** Far above any real access token (about 600 bytes); bounds the work a garbage header can cause. */
const MAX_TOKEN_LENGTH = 8_192;
/** Three base64url segments; an empty signature passes so that `alg: none` is reported as what it is. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const ACCEPTED_TYPES = new Set(['jwt', 'at+jwt']);
const ISSUER = 'getit-auth';
const AUDIENCE = 'getit-api';

/**
 * Verifies an access token as auth issues it, with jose doing the cryptography and the registered-claim checks:
 * a compact JWS, ES256 only (the algorithm comes from our policy, never from the token, so `none` and
 * HS256-with-the-public-key are refused before any key is looked up, and jose is told `algorithms: ['ES256']`
 * as well), signed by a key auth publishes, from our issuer for our audience, with claims that match the contract
 * and a lifetime that covers now, give or take the clock skew.
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
    if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) throw invalid('malformed');
    const header = protectedHeader(token);
    if (header['alg'] !== 'ES256') throw invalid('algorithm');
    const { kid, typ, crit } = header;
    if (typeof kid !== 'string' || kid.length === 0 || crit !== undefined) throw invalid('malformed');
    if (typ !== undefined && (typeof typ !== 'string' || !ACCEPTED_TYPES.has(typ.toLowerCase())))
      throw invalid('malformed');
    const key = await this.keys.keyFor(kid);
    if (!key) throw invalid('unknown-key');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms: ['ES256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['sub', 'iat', 'exp'],
        clockTolerance: this.skew,
        currentDate: new Date(this.now()),
      }));
    } catch (error) {
      throw invalid(reasonOf(error));
    }
    const claims = accessTokenClaims.safeParse(payload);
    if (!claims.success) throw invalid('claims');
    // jose checks `iat` only together with a maximum age; a token from the future is our policy to refuse.
    if (claims.data.iat > Math.floor(this.now() / 1_000) + this.skew) throw invalid('not-yet-valid');
    return claims.data;
  }
}

function invalid(reason: InvalidTokenReason): InvalidTokenException {
  return new InvalidTokenException(reason);
}

function protectedHeader(token: string): Record<string, unknown> {
  try {
    return decodeProtectedHeader(token) as Record<string, unknown>;
  } catch {
    throw invalid('malformed');
  }
}

/** Which of our reasons a jose error is; anything unexpected counts as a malformed token. */
function reasonOf(error: unknown): InvalidTokenReason {
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm';
  if (error instanceof errors.JWTClaimValidationFailed)
    return error.claim === 'nbf' || error.claim === 'iat' ? 'not-yet-valid' : 'claims';
  return 'malformed';
}
