import type { FastifyReply, FastifyRequest } from 'fastify';
import { CachedBody } from '../application/public-read.cache';

/** Public reads may be cached by anyone for 30 s; shared caches and browsers revalidate with the ETag. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30';

function matches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch)
    .split(',')
    .map((t) => t.trim());
  const weak = (tag: string) => tag.replace(/^W\//, '');
  return tags.some((tag) => tag === '*' || weak(tag) === weak(etag));
}

/**
 * Sends an already serialised public answer with its caching headers, or `304 Not Modified` when the client holds
 * the same version (If-None-Match, compared weakly as RFC 9110 asks for GET).
 */
export function publicResponse(request: FastifyRequest, reply: FastifyReply, cached: CachedBody): string {
  void reply
    .header('cache-control', PUBLIC_CACHE_CONTROL)
    .header('etag', cached.etag)
    .header('content-type', 'application/json; charset=utf-8');
  if (matches(request.headers['if-none-match'], cached.etag)) {
    void reply.status(304);
    return '';
  }
  return cached.body;
}
