import { UnauthenticatedException } from '@getit/errors';

/** Which check a presented token failed: for logs and metrics only, never for the client. */
export type InvalidTokenReason =
  | 'malformed'
  | 'algorithm'
  | 'unknown-key'
  | 'signature'
  | 'claims'
  | 'expired'
  | 'not-yet-valid'
  | 'no-issuer';

/**
 * A token was presented and did not verify. The client learns only "expired" or "invalid": telling a forger which
 * check failed helps the forger, not the user.
 */
export class InvalidTokenException extends UnauthenticatedException {
  constructor(readonly reason: InvalidTokenReason) {
    super(reason === 'expired' ? 'The access token has expired.' : 'The access token is invalid.');
  }
}
