import { AccessTokenClaims } from '@getit/contracts';

/** What the access guard established about a request before the proxy forwards it. */
export interface RequestAdmission {
  /** The caller's address, as trusted proxies reported it (see `clientAddress`). */
  clientAddress: string;
  /** The verified token's claims; undefined for an anonymous caller of a public route. */
  claims?: AccessTokenClaims;
  /** Forward the caller's Authorization untouched (a `passAuthorization` route): it is not ours to verify. */
  passAuthorization?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    admission: RequestAdmission | null;
  }
}
