import { FastifyInstance } from 'fastify';
import { bootConfig } from '@getit/config';
import { createHttpApp, RunningService, ServiceRuntime } from '@getit/service-kit';
import {
  gatewayConfigSchema,
  GatewayConfig,
  UPSTREAM_URL_VARIABLES,
  UpstreamName,
} from './config/gateway.config';
import { GatewayModule } from './gateway.module';
import { openApiDocument } from './openapi/openapi-document';
import { ROUTES } from './routing/route-table';
import { UpstreamProxy } from './routing/upstream-proxy';

function registerRoutes(fastify: FastifyInstance, upstreams: Record<UpstreamName, UpstreamProxy>): void {
  const document = openApiDocument(ROUTES, process.env['npm_package_version'] ?? '0.1.0');
  fastify.get('/api/docs', async () => document);
  // Proxied bodies pass through untouched: the owning service parses and validates them.
  void fastify.register(async (proxied) => {
    proxied.removeAllContentTypeParsers();
    proxied.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    for (const route of ROUTES) {
      const upstream = upstreams[route.upstream];
      proxied.route({
        method: route.method,
        url: route.path,
        handler: (request, reply) => upstream.forward(request, reply),
      });
    }
  });
}

export async function startGateway(env: NodeJS.ProcessEnv): Promise<RunningService> {
  const config: GatewayConfig = bootConfig('gateway', gatewayConfigSchema, env);
  const runtime = new ServiceRuntime('gateway', config.LOG_LEVEL);
  const upstreams = Object.fromEntries(
    Object.entries(UPSTREAM_URL_VARIABLES).map(([name, variable]) => [
      name,
      new UpstreamProxy(name, config[variable], config.UPSTREAM_TIMEOUT_MS, config.UPSTREAM_CONNECTIONS),
    ]),
  ) as Record<UpstreamName, UpstreamProxy>;
  for (const upstream of Object.values(upstreams)) {
    runtime.health.add(upstream.name, () => upstream.healthy());
    runtime.onStop('connections', () => upstream.close());
  }
  const app = await createHttpApp({
    module: GatewayModule,
    logger: runtime.logger,
    registry: runtime.registry,
    health: runtime.health,
    bodyLimitBytes: config.BODY_LIMIT_BYTES,
    configure: (fastify) => registerRoutes(fastify, upstreams),
  });
  const url = await runtime.listen(app, config.HOST, config.PORT);
  return { name: 'gateway', url, stop: () => runtime.stop() };
}
