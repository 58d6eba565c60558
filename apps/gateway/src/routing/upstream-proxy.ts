import { context, propagation } from '@opentelemetry/api';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Dispatcher, Pool } from 'undici';
import { IDENTITY_HEADERS } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import { identityHeaders } from '../access/identity-headers';
import { CachedResponse, etagMatches, PublicResponseCache } from '../cache/public-response.cache';
import './request-admission';
import { upstreamPath } from './route-table';

/**
 * Headers that stop here: hop-by-hop ones, the identity headers (the gateway alone vouches for who is calling),
 * and the token itself, which services never need and should never log (except on a `passAuthorization` route,
 * where it is the caller's credential for the service, such as a courier's webhook token).
 */
const STRIPPED_REQUEST = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'authorization',
  ...Object.values(IDENTITY_HEADERS),
]);
/** Anything in the identity families, including names the contract may add later. */
const IDENTITY_FAMILY = /^x-(actor-|vendor-)/i;
// content-length passes through: the body is streamed unchanged, and a known length spares chunked encoding.
const STRIPPED_RESPONSE = new Set(['connection', 'keep-alive', 'transfer-encoding']);

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Forwards requests to one upstream over a keep-alive connection pool. With a `cache`, anonymous GETs of public
 * answers are served from it while fresh and revalidated by ETag after (see PublicResponseCache); a write forwarded
 * to this upstream drops its cached answers.
 */
export class UpstreamProxy {
  private readonly pool: Pool;

  constructor(
    readonly name: string,
    baseUrl: string,
    private readonly timeoutMs: number,
    connections: number,
    private readonly cache?: PublicResponseCache,
  ) {
    this.pool = new Pool(baseUrl, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  }

  /** `cacheMaxMs`: the route's own bound on how long its answers are served from the cache (GatewayRoute). */
  async forward(request: FastifyRequest, reply: FastifyReply, cacheMaxMs?: number): Promise<FastifyReply> {
    const cache = this.cache;
    if (!cache?.enabled) return this.pass(request, reply);
    if (WRITES.has(request.method)) {
      try {
        return await this.pass(request, reply);
      } finally {
        cache.purge(this.name);
      }
    }
    if (!cache.cacheableRequest(request.method, request.headers, Boolean(request.admission?.claims)))
      return this.pass(request, reply);
    const entry = cache.lookup(request.url, request.headers);
    if (!entry) return this.pass(request, reply, cache, undefined, cacheMaxMs);
    if (cache.isFresh(entry)) return replay(request, reply, entry);
    if (cache.inGrace(entry)) {
      // just stale: answer as it was while one request in the background asks the upstream
      if (!entry.revalidation) cache.revalidating(entry, this.revalidate(request, reply, cache, entry, cacheMaxMs));
      return replay(request, reply, entry);
    }
    // too old to answer with: wait for the revalidation under way, or revalidate in this reader's own request
    if (entry.revalidation) {
      await entry.revalidation;
      return this.forward(request, reply, cacheMaxMs);
    }
    const revalidation = this.pass(request, reply, cache, entry, cacheMaxMs);
    cache.revalidating(entry, revalidation);
    return revalidation;
  }

  /**
   * Asks the upstream whether a stale entry still holds, for the cache alone (no reader waits for it): a 304 renews
   * it, a new public answer replaces it, anything else leaves it to age out of its grace.
   */
  private async revalidate(
    request: FastifyRequest,
    reply: FastifyReply,
    cache: PublicResponseCache,
    stale: CachedResponse,
    cacheMaxMs?: number,
  ): Promise<void> {
    const url = request.url;
    const requestHeaders = { ...request.headers };
    const headers = this.upstreamHeaders(request, reply);
    headers['if-none-match'] = stale.etag;
    const response = await this.pool.request({
      method: 'GET',
      path: upstreamPath(url),
      headers,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    if (response.statusCode === 304) {
      await response.body.dump();
      cache.renew(stale, response.headers);
    } else if (response.statusCode === 200 && mayBeShared(response.headers)) {
      const body = Buffer.from(await response.body.arrayBuffer());
      cache.store(this.name, url, requestHeaders, 200, response.headers, body, cacheMaxMs);
    } else {
      await response.body.dump();
    }
  }

  /** What the upstream is sent: the caller's headers less those that stop here, and the gateway's own. */
  private upstreamHeaders(request: FastifyRequest, reply: FastifyReply): Record<string, string> {
    const admission = request.admission;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || IDENTITY_FAMILY.test(name)) continue;
      if (STRIPPED_REQUEST.has(name) && !(name === 'authorization' && admission?.passAuthorization)) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    if (admission?.claims) Object.assign(headers, identityHeaders(admission.claims));
    headers['x-request-id'] = String(request.id);
    headers['x-correlation-id'] = String(reply.getHeader('x-correlation-id') ?? request.id);
    headers['x-forwarded-for'] = admission?.clientAddress ?? request.ip;
    propagation.inject(context.active(), headers);
    return headers;
  }

  /**
   * Forwards one request. With `cache`, a public answer is kept; with `stale`, the upstream is asked whether it
   * still holds (If-None-Match), and a 304 renews it.
   */
  private async pass(
    request: FastifyRequest,
    reply: FastifyReply,
    cache?: PublicResponseCache,
    stale?: CachedResponse,
    cacheMaxMs?: number,
  ): Promise<FastifyReply> {
    const headers = this.upstreamHeaders(request, reply);
    const ownConditional = cache !== undefined && request.headers['if-none-match'] === undefined;
    if (stale && ownConditional) headers['if-none-match'] = stale.etag;

    let response: Dispatcher.ResponseData;
    try {
      response = await this.pool.request({
        method: request.method as Dispatcher.HttpMethod,
        path: upstreamPath(request.url),
        headers,
        body: request.body === undefined ? undefined : (request.body as Buffer),
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
    } catch (error) {
      throw new DependencyUnavailableException(
        `The ${this.name} service is not answering; try again shortly.`,
        {
          cause: error,
        },
      );
    }
    if (stale && ownConditional && response.statusCode === 304) {
      await response.body.dump();
      cache!.renew(stale, response.headers);
      return replay(request, reply, stale);
    }
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined && !STRIPPED_RESPONSE.has(name)) void reply.header(name, value);
    }
    if (ownConditional && response.statusCode === 200 && mayBeShared(response.headers)) {
      const body = Buffer.from(await response.body.arrayBuffer());
      cache!.store(this.name, request.url, request.headers, 200, response.headers, body, cacheMaxMs);
      return reply.status(200).send(body);
    }
    return reply.status(response.statusCode).send(response.body);
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  async healthy(): Promise<boolean> {
    const { statusCode, body } = await this.pool.request({
      method: 'GET',
      path: '/healthz',
      headersTimeout: 1_000,
    });
    await body.dump();
    return statusCode === 200;
  }
}

/** Worth buffering for the cache: says public, has an ETag (the cache decides the rest). */
function mayBeShared(headers: Record<string, string | string[] | undefined>): boolean {
  const cacheControl = headers['cache-control'];
  return (
    typeof cacheControl === 'string' && /public/i.test(cacheControl) && typeof headers['etag'] === 'string'
  );
}

/** Answers from the cache: the stored answer, or 304 when the caller already holds this version. */
function replay(request: FastifyRequest, reply: FastifyReply, entry: CachedResponse): FastifyReply {
  void reply.headers(entry.headers);
  if (etagMatches(request.headers['if-none-match'], entry.etag)) return reply.status(304).send();
  return reply.status(entry.status).send(entry.body);
}
