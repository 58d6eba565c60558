import type { FastifyReply, FastifyRequest } from 'fastify';
import { conditionalJson } from '@getit/service-kit';
import { CachedBody } from '../application/public-read.cache';

/** Public reads may be cached by anyone for 30 s; shared caches and browsers revalidate with the ETag. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30';

/**
 * Sends an already serialised public answer with its caching headers, or `304 Not Modified` when the client holds
 * the same version (If-None-Match, compared weakly as RFC 9110 asks for GET).
 */
export function publicResponse(request: FastifyRequest, reply: FastifyReply, cached: CachedBody): string {
  return conditionalJson(request, reply, { ...cached, cacheControl: PUBLIC_CACHE_CONTROL });
}
