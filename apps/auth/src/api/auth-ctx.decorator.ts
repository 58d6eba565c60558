import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { IDENTITY_HEADERS, isUuid } from '@getit/contracts';
import { requestContextFrom } from '@getit/service-kit';
import type { AuthContext } from '../application/auth-context';

type Headers = FastifyRequest['headers'];
const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The platform's request context (what `@Ctx()` gives) plus the identity headers auth needs beyond it: MFA and
 * session. The client IP is the first `x-forwarded-for` hop, which the gateway sets to the address it saw (it
 * replaces whatever the client sent); only the gateway can reach auth, by network policy.
 */
export function authContextFrom(request: FastifyRequest): AuthContext {
  const ctx = requestContextFrom(request.headers, String(request.id));
  const actorId = header(request.headers, IDENTITY_HEADERS.actorId);
  const sessionId = header(request.headers, IDENTITY_HEADERS.sessionId);
  const forwarded = header(request.headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  return {
    ...ctx,
    caller:
      actorId && isUuid(actorId)
        ? {
            userId: actorId,
            roles: ctx.actor?.roles ?? [],
            vendorId: ctx.vendorId,
            mfa: header(request.headers, IDENTITY_HEADERS.mfa) === 'true',
            sessionId: sessionId && isUuid(sessionId) ? sessionId : undefined,
          }
        : undefined,
    ip: (forwarded || request.ip)?.slice(0, 64),
    userAgent: header(request.headers, 'user-agent')?.slice(0, 300),
  };
}

/** Injects the AuthContext of the current request into a controller method. */
export const AuthCtx = createParamDecorator((_data: unknown, execution: ExecutionContext) =>
  authContextFrom(execution.switchToHttp().getRequest<FastifyRequest>()),
);
