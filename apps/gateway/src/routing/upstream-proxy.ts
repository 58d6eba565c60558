import { context, propagation } from '@opentelemetry/api';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Dispatcher, Pool } from 'undici';
import { IDENTITY_HEADERS } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import { identityHeaders } from '../access/identity-headers';
import './request-admission';
import { upstreamPath } from './route-table';

/**
 * Headers that stop here: hop-by-hop ones, the identity headers (the gateway alone vouches for who is calling),
 * and the token itself, which services never need and should never log.
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

/** Forwards requests to one upstream over a keep-alive connection pool. */
export class UpstreamProxy {
  private readonly pool: Pool;

  constructor(
    readonly name: string,
    baseUrl: string,
    private readonly timeoutMs: number,
    connections: number,
  ) {
    this.pool = new Pool(baseUrl, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  }

  async forward(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined || STRIPPED_REQUEST.has(name) || IDENTITY_FAMILY.test(name)) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const admission = request.admission;
    if (admission?.claims) Object.assign(headers, identityHeaders(admission.claims));
    headers['x-request-id'] = String(request.id);
    headers['x-correlation-id'] = String(reply.getHeader('x-correlation-id') ?? request.id);
    headers['x-forwarded-for'] = admission?.clientAddress ?? request.ip;
    propagation.inject(context.active(), headers);

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
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined && !STRIPPED_RESPONSE.has(name)) void reply.header(name, value);
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
