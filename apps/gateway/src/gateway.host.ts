import { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { bootConfig } from '@getit/config';
import { DependencyUnavailableException } from '@getit/errors';
import { createHttpApp, RunningService, ServiceRuntime } from '@getit/service-kit';
import { AccessGuard } from './access/access.guard';
import { createAccessGuard } from './access/access-guard.factory';
import {
  gatewayConfigSchema,
  GatewayConfig,
  UPSTREAM_URL_VARIABLES,
  UpstreamName,
} from './config/gateway.config';
import { PublicResponseCache } from './cache/public-response.cache';
import { GatewayModule } from './gateway.module';
import { openApiDocument } from './openapi/openapi-document';
import { GatewayRoute, ROUTES } from './routing/route-table';
import { UpstreamProxy } from './routing/upstream-proxy';
import { registerStorefrontFallback } from './storefront/storefront-fallback';
import { registerWebApps } from './web-apps/web-apps';

type Upstreams = Partial<Record<UpstreamName, UpstreamProxy>>;

function registerRoutes(
  fastify: FastifyInstance,
  routes: GatewayRoute[],
  upstreams: Upstreams,
  guard: AccessGuard,
): void {
  const document = openApiDocument(routes, process.env['npm_package_version'] ?? '0.1.0');
  fastify.get('/api/docs', async () => document);
  // Proxied bodies pass through untouched: the owning service parses and validates them.
  void fastify.register(async (proxied) => {
    proxied.decorateRequest('admission', null);
    proxied.removeAllContentTypeParsers();
    proxied.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    for (const route of routes) {
      proxied.route({
        method: route.method,
        url: route.path,
        bodyLimit: route.bodyLimitBytes,
        // onRequest: before the body is read, so refused callers cost no body buffering
        onRequest: guard.hookFor(route),
        handler: forwarder(route, upstreams[route.upstream]),
      });
    }
  });
}

function forwarder(route: GatewayRoute, upstream: UpstreamProxy | undefined): RouteHandlerMethod {
  const cacheMaxMs = route.sharedCacheMaxMs;
  if (upstream) return (request, reply) => upstream.forward(request, reply, cacheMaxMs);
  return async () => {
    throw new DependencyUnavailableException(`The ${route.upstream} service is not configured on this gateway.`);
  };
}

/** A proxy for each upstream whose URL is set; an optional one left unset (AUTH_URL) has none. */
function openUpstreams(config: GatewayConfig, runtime: ServiceRuntime): Upstreams {
  const upstreams: Upstreams = {};
  // one cache for every upstream: each entry remembers its upstream, whose writes drop it (ADR 0016)
  const cache = new PublicResponseCache({
    ttlMs: config.PUBLIC_CACHE_TTL_MS,
    maxEntries: config.PUBLIC_CACHE_MAX_ENTRIES,
    maxBodyBytes: 256 * 1024,
  });
  for (const [name, variable] of Object.entries(UPSTREAM_URL_VARIABLES) as [
    UpstreamName,
    keyof GatewayConfig,
  ][]) {
    const baseUrl = config[variable];
    if (typeof baseUrl !== 'string') continue;
    const upstream = new UpstreamProxy(
      name,
      baseUrl,
      config.UPSTREAM_TIMEOUT_MS,
      config.UPSTREAM_CONNECTIONS,
      cache,
    );
    runtime.health.add(name, () => upstream.healthy());
    runtime.onStop('connections', () => upstream.close());
    upstreams[name] = upstream;
  }
  return upstreams;
}

export interface GatewayOptions {
  /** The route table; tests pass their own to exercise access rules no production route uses yet. */
  routes?: GatewayRoute[];
}

export async function startGateway(
  env: NodeJS.ProcessEnv,
  options: GatewayOptions = {},
): Promise<RunningService> {
  const config: GatewayConfig = bootConfig('gateway', gatewayConfigSchema, env);
  const runtime = new ServiceRuntime('gateway', config.LOG_LEVEL);
  const upstreams = openUpstreams(config, runtime);
  const guard = createAccessGuard(config, runtime);
  const app = await createHttpApp({
    module: GatewayModule,
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    configure: (fastify) => {
      registerRoutes(fastify, options.routes ?? ROUTES, upstreams, guard);
      registerWebApps(fastify, env);
      const storefront = registerStorefrontFallback(fastify, env, config.UPSTREAM_TIMEOUT_MS);
      if (storefront) runtime.onStop('connections', () => storefront.close());
    },
  });
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'gateway', url, stop: () => runtime.stop() };
}
