import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A value serialised once, with a weak ETag of its bytes. */
export function taggedJson(value: unknown): { body: string; etag: string } {
  const body = JSON.stringify(value);
  return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` };
}

/** Whether `If-None-Match` names `etag`, compared weakly as RFC 9110 asks for GET (`*` matches any). */
export function ifNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return (Array.isArray(header) ? header.join(',') : header)
    .split(',')
    .some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

/**
 * Sends an already serialised JSON answer with its ETag and `Cache-Control`, or `304 Not Modified` (no body) when the
 * caller already holds that version.
 */
export function conditionalJson(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: { body: string; etag: string; cacheControl: string },
): string {
  void reply
    .header('cache-control', answer.cacheControl)
    .header('etag', answer.etag)
    .header('content-type', 'application/json; charset=utf-8');
  if (ifNoneMatch(request.headers['if-none-match'], answer.etag)) {
    void reply.status(304);
    return '';
  }
  return answer.body;
}
