import { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenClaims } from '@getit/contracts';
import { ForbiddenException, RateLimitedException, UnauthenticatedException } from '@getit/errors';
import { AccessTokenVerifier } from '../auth/access-token.verifier';
import { InvalidTokenException } from '../auth/invalid-token.exception';
import { GatewayMetrics } from '../gateway.metrics';
import { RateLimitPolicy } from '../rate-limit/rate-limit.policy';
import { clientAddress, rateLimitSubject } from '../routing/client-address';
import { GatewayRoute } from '../routing/gateway-route';
import '../routing/request-admission';
import { decideAccess, ForbiddenReason } from './access-decision';

export interface AccessGuardOptions {
  /** Undefined when AUTH_URL is not set: nobody can sign in, so only public routes answer. */
  verifier: AccessTokenVerifier | undefined;
  rateLimits: RateLimitPolicy;
  trustedProxyHops: number;
  metrics: GatewayMetrics;
}

const REALM = 'Bearer realm="getit"';
const BEARER = /^Bearer +([^\s]+) *$/i;

const FORBIDDEN_DETAIL: Readonly<Record<ForbiddenReason, string>> = {
  role: 'Your account does not have a role this action needs.',
  mfa: 'This action needs a second factor: sign in again with your authenticator code.',
  vendor: 'You may act only for your own vendor.',
};

/**
 * Runs before a proxied request is read any further, in the order that sheds abuse cheapest first: the per-address
 * limit, then the token (a presented token must verify, on public routes too), the per-account limit, and the
 * route's access rule. What it establishes is left on `request.admission` for the proxy to forward.
 */
export class AccessGuard {
  constructor(private readonly options: AccessGuardOptions) {}

  hookFor(route: GatewayRoute): (request: FastifyRequest, reply: FastifyReply) => Promise<void> {
    const bucket = route.rateLimit ?? 'default';
    return async (request, reply) => {
      const address = clientAddress(
        request.ip,
        request.headers['x-forwarded-for'],
        this.options.trustedProxyHops,
      );
      await this.limited(() => this.options.rateLimits.admitClient(rateLimitSubject(address), bucket));
      // a courier's bearer token on its webhook is the upstream's to check, not a user's token
      const claims = route.passAuthorization
        ? undefined
        : await this.authenticate(request.headers.authorization, reply);
      if (claims) await this.limited(() => this.options.rateLimits.admitAccount(claims.sub));
      const decision = decideAccess(route.access, claims, request.params as Record<string, string>);
      if (decision.outcome === 'unauthenticated') {
        this.options.metrics.rejected(401, 'missing');
        void reply.header('www-authenticate', REALM);
        throw new UnauthenticatedException();
      }
      if (decision.outcome === 'forbidden') {
        this.options.metrics.rejected(403, decision.reason);
        throw new ForbiddenException(FORBIDDEN_DETAIL[decision.reason], {
          extensions: { reason: decision.reason },
        });
      }
      request.admission = {
        clientAddress: address,
        claims,
        passAuthorization: route.passAuthorization === true,
      };
    };
  }

  private async authenticate(
    header: string | undefined,
    reply: FastifyReply,
  ): Promise<AccessTokenClaims | undefined> {
    if (header === undefined) return undefined;
    try {
      const token = BEARER.exec(header)?.[1];
      if (token === undefined) throw new InvalidTokenException('malformed');
      if (!this.options.verifier) throw new InvalidTokenException('no-issuer');
      return await this.options.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenException) {
        this.options.metrics.rejected(401, error.reason);
        const description = error.reason === 'expired' ? 'expired' : 'invalid';
        void reply.header(
          'www-authenticate',
          `${REALM}, error="invalid_token", error_description="The access token is ${description}"`,
        );
      }
      throw error;
    }
  }

  private async limited(admit: () => Promise<void>): Promise<void> {
    try {
      await admit();
    } catch (error) {
      if (error instanceof RateLimitedException)
        this.options.metrics.rejected(429, String(error.extensions?.['limit'] ?? 'unknown'));
      throw error;
    }
  }
}
