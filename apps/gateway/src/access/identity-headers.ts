import { AccessTokenClaims, IDENTITY_HEADERS } from '@getit/contracts';

/** What a service learns about a verified caller: the headers of the identity contract, never the token. */
export function identityHeaders(claims: AccessTokenClaims): Record<string, string> {
  const headers: Record<string, string> = {
    [IDENTITY_HEADERS.actorId]: claims.sub,
    [IDENTITY_HEADERS.roles]: claims.roles.join(','),
    [IDENTITY_HEADERS.mfa]: String(claims.amr.includes('mfa')),
    [IDENTITY_HEADERS.sessionId]: claims.sid,
  };
  if (claims.vendorId !== undefined) headers[IDENTITY_HEADERS.vendorId] = claims.vendorId;
  return headers;
}
