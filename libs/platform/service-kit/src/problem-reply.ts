import { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable, isTransactionConflict, isUniqueViolation } from '@getit/database';
import { ConflictException, DependencyUnavailableException, DomainException, toProblem } from '@getit/errors';
import type { Logger } from '@getit/logging';

/**
 * Answers `error` as RFC 9457 problem+json: the exception filter, the request guards and Fastify's router errors
 * all answer through here, so every error a client sees has the same shape, whoever caught it.
 */
export function sendProblem(
  logger: Logger,
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
): FastifyReply {
  const correlationId = String(reply.getHeader('x-correlation-id') ?? request.id);
  const problem = toProblem(raceAsConflict(error), { instance: safeInstance(request.url), correlationId });
  if (problem.status >= 500) logger.error({ err: error, url: request.url }, 'request failed');
  return reply.status(problem.status).headers(problem.headers).send(problem.body);
}

/**
 * The backstop for concurrent writers no use case anticipated: a unique violation, serialization failure or
 * deadlock rolled the whole transaction back, so the client gets 409 and may try again, never a 500. A database
 * that is not there (connection lost, no pooled connection in time) is a 503 the client may retry.
 */
export function raceAsConflict(error: unknown): unknown {
  if (error instanceof DomainException) return error;
  if (isTransactionConflict(error) || isUniqueViolation(error))
    return new ConflictException(
      'Another request changed the same data at the same moment; nothing was saved. Reload it and try again.',
      { extensions: { reason: 'concurrent_change' }, cause: error },
    );
  if (isDatabaseUnavailable(error))
    return new DependencyUnavailableException(
      'The database is not answering right now; nothing was saved. Try again in a moment.',
      { extensions: { reason: 'database_unavailable' }, cause: error },
    );
  return error;
}

/** The path as the client sent it (still percent-encoded), cut short so a 10 kB URL is not echoed back. */
function safeInstance(url: string): string {
  return url.length > 512 ? `${url.slice(0, 512)}…` : url;
}
