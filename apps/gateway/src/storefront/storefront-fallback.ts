import { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { url } from '@getit/config';
import { NotFoundException } from '@getit/errors';
import { UpstreamProxy } from '../routing/upstream-proxy';

const storefrontConfig = z.object({
  /** Optional: the storefront (apps/storefront) behind this gateway, served at every path outside `/api`. */
  STOREFRONT_URL: url({ protocols: ['http:', 'https:'] }).optional(),
});

/**
 * Serves the storefront on the gateway's origin (embedded mode): every path the route table does not claim and that
 * is not under `/api` goes to it, pages and Next's assets alike. Unknown `/api` paths stay a problem+json 404.
 * Returns the proxy (to close at stop) or undefined when STOREFRONT_URL is unset.
 */
export function registerStorefrontFallback(
  fastify: FastifyInstance,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): UpstreamProxy | undefined {
  const { STOREFRONT_URL } = storefrontConfig.parse(env);
  if (!STOREFRONT_URL) return undefined;
  const storefront = new UpstreamProxy('storefront', STOREFRONT_URL, timeoutMs, 16);
  void fastify.register(async (pages) => {
    pages.removeAllContentTypeParsers();
    pages.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    pages.route({
      method: ['GET', 'HEAD', 'POST'],
      url: '/*',
      // Pages and React Server Component payloads, not JSON: the API's Accept check does not apply.
      config: { servesOtherMediaTypes: true },
      handler: async (request, reply) => {
        if (request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?'))
          throw apiMiss(
            request.method,
            request.url.split('?')[0]!,
            fastify.initialConfig.maxParamLength ?? 100,
          );
        // The storefront sees the shopper's origin (Next checks a server action's Origin against it).
        request.headers['x-forwarded-host'] = request.headers.host;
        request.headers['x-forwarded-proto'] ??= request.protocol;
        return storefront.forward(request, reply);
      },
    });
  });
  return storefront;
}

/**
 * Why an `/api` path reached the fallback: a segment longer than the router takes as a parameter (the router would
 * have answered 414 without this wildcard route) or no route at all (404).
 */
function apiMiss(method: string, path: string, maxParamLength: number): Error {
  if (path.split('/').some((segment) => segment.length > maxParamLength))
    return Object.assign(new Error('A path parameter is too long.'), {
      statusCode: 414,
      code: 'FST_ERR_MAX_PARAM_LENGTH',
    });
  return new NotFoundException(`No route ${method} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}.`);
}
