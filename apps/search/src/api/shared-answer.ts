import type { FastifyReply, FastifyRequest } from 'fastify';
import { conditionalJson, taggedJson } from '@getit/service-kit';

/**
 * Search answers may be kept by a shared cache, never by a browser: `max-age=0` makes a browser revalidate every time
 * (the gateway answers it 304 from its cache), `s-maxage=1` lets the gateway keep the answer, and the gateway's search
 * routes hold it at most 200 ms (`sharedCacheMaxMs`), well inside the 1 s freshness budget (ADR 0017). One second is
 * the smallest `s-maxage` HTTP can say; a shared cache that held it the whole second would break the budget, so no
 * cache but the gateway's may sit in front of search.
 */
export const SEARCH_CACHE_CONTROL = 'public, max-age=0, s-maxage=1';

/**
 * Serialises an answer once, tags it with a weak ETag of its bytes, and sends it with SEARCH_CACHE_CONTROL, or
 * `304 Not Modified` when the caller (the gateway revalidating) already holds these bytes.
 */
export function sharedAnswer(request: FastifyRequest, reply: FastifyReply, value: unknown): string {
  return conditionalJson(request, reply, { ...taggedJson(value), cacheControl: SEARCH_CACHE_CONTROL });
}
