import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainException, ErrorCode, FieldError, ValidationException } from '@getit/errors';
import type { Logger } from '@getit/logging';
import { sendProblem } from '../problem-reply';
import { acceptsWhatWeServe } from './accept-header';
import { nulBytePath } from './nul-byte.finder';

const NUL_REASON = 'must not contain a NUL character';

/**
 * Refusals every service (and the gateway in front of them) makes before any handler runs, so bad input is a 4xx in
 * one place rather than a 500 wherever it first reaches Postgres or a parser:
 * - a Content-Encoding other than identity: 415 (nothing here decompresses, so the body would be read as garbage);
 * - an Accept header that allows nothing we serve: 406;
 * - a NUL character in a path parameter, query value, header or body string: 400 naming the field.
 */
export function registerRequestGuards(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const refusal = headerRefusal(request) ?? nulInUrlOrHeaders(request);
    if (refusal) return refuse(logger, request, reply, refusal);
  });
  fastify.addHook('preValidation', async (request, reply) => {
    const path = nulBytePath(request.body);
    if (path === undefined) return;
    const field: FieldError = { field: path || 'body', reason: NUL_REASON };
    return refuse(logger, request, reply, new ValidationException('The request body is invalid.', [field]));
  });
}

function refuse(
  logger: Logger,
  request: FastifyRequest,
  reply: FastifyReply,
  error: DomainException,
): FastifyReply {
  // The body was not read: close the connection rather than let an unread body be parsed as the next request.
  if (hasBody(request)) void reply.header('connection', 'close');
  return sendProblem(logger, request, reply, error);
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function headerRefusal(request: FastifyRequest): DomainException | undefined {
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && !isIdentity(encoding)) {
    return new DomainException(
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'Content-Encoding is not supported: send the body uncompressed (identity).',
      { fieldErrors: [{ field: 'content-encoding', reason: 'must be identity or absent' }] },
    );
  }
  if (!acceptsWhatWeServe(request.headers.accept) && !servesOtherMediaTypes(request)) {
    return new DomainException(
      ErrorCode.NOT_ACCEPTABLE,
      'This API answers with application/json (errors with application/problem+json); the Accept header allows neither.',
      { fieldErrors: [{ field: 'accept', reason: 'must allow application/json' }] },
    );
  }
  return undefined;
}

/**
 * A route that passes other media types through (the gateway's storefront pages: HTML, React Server Component
 * payloads) says so with `config: { servesOtherMediaTypes: true }`; the Accept check is for the JSON API only.
 */
function servesOtherMediaTypes(request: FastifyRequest): boolean {
  return (
    (request.routeOptions.config as { servesOtherMediaTypes?: boolean } | undefined)
      ?.servesOtherMediaTypes === true
  );
}

function isIdentity(encoding: string): boolean {
  return encoding.split(',').every((coding) => ['', 'identity'].includes(coding.trim().toLowerCase()));
}

function nulInUrlOrHeaders(request: FastifyRequest): ValidationException | undefined {
  const inParams = nulBytePath(request.params);
  if (inParams !== undefined) return nulRefusal('The path parameters are invalid.', inParams || 'path');
  if (request.url.includes('\u0000') || /%00/.test(request.url.split('?')[0] ?? ''))
    return nulRefusal('The request path is invalid.', 'path');
  const inQuery = nulBytePath(request.query);
  if (inQuery !== undefined) return nulRefusal('The query string is invalid.', inQuery || 'query');
  const inHeaders = nulBytePath(request.headers);
  if (inHeaders !== undefined) return nulRefusal('The request headers are invalid.', inHeaders);
  return undefined;
}

function nulRefusal(detail: string, field: string): ValidationException {
  return new ValidationException(detail, [{ field, reason: NUL_REASON }]);
}
