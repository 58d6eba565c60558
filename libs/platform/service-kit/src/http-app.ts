import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Registry } from 'prom-client';
import { Logger, logContext } from '@getit/logging';
import { HealthRegistry, HttpMetrics } from '@getit/observability';
import { NestLoggerAdapter } from './nest-logger.adapter';
import { registerRequestGuards } from './hardening/request-guards';
import { ProblemFilter } from './problem.filter';
import { sendProblem } from './problem-reply';
import { requestContextFrom, requestIdFrom } from './request-context';

export interface HttpAppOptions {
  module: Type<unknown> | DynamicModule;
  logger: Logger;
  registry: Registry;
  health: HealthRegistry;
  /** Larger bodies get 413 before any handler runs. */
  bodyLimitBytes?: number;
  /** Routes registered straight on Fastify, outside Nest (the gateway's proxy). */
  configure?: (fastify: FastifyInstance) => void | Promise<void>;
}

/**
 * A Nest application on Fastify with what every service needs: request ids echoed back, the log context set per
 * request, RED metrics per route template, problem+json errors (framework ones included), the request guards (NUL
 * bytes, Content-Encoding, Accept), and /healthz, /readyz and /metrics.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimitBytes ?? 1_048_576,
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) =>
      requestIdFrom(request.headers),
    return503OnClosing: true,
    keepAliveTimeout: 65_000,
    // the router's own refusals (bad percent-encoding, over-long path parameters) answer problem+json too
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      void sendProblem(options.logger, request, reply, error),
  });
  const app = await NestFactory.create<NestFastifyApplication>(options.module, adapter, {
    logger: new NestLoggerAdapter(options.logger),
    abortOnError: false,
  });
  app.useGlobalFilters(new ProblemFilter(options.logger));
  const fastify = app.getHttpAdapter().getInstance();
  instrument(fastify, new HttpMetrics(options.registry));
  registerRequestGuards(fastify, options.logger);
  registerOperationalRoutes(fastify, options.registry, options.health);
  await options.configure?.(fastify);
  await app.init();
  return app;
}

function instrument(fastify: FastifyInstance, metrics: HttpMetrics): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const { correlationId } = requestContextFrom(request.headers, String(request.id));
    void reply.header('x-request-id', request.id).header('x-correlation-id', correlationId);
    logContext.enterWith({ requestId: String(request.id), correlationId });
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (!route.startsWith('/metrics'))
      metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1_000);
    done();
  });
}

function registerOperationalRoutes(
  fastify: FastifyInstance,
  registry: Registry,
  health: HealthRegistry,
): void {
  fastify.get('/healthz', async () => ({ status: 'ok' }));
  fastify.get('/readyz', async (_request, reply) => {
    const report = await health.readiness();
    return reply.status(report.ready ? 200 : 503).send(report);
  });
  fastify.get('/metrics', async (_request, reply) =>
    reply.header('content-type', registry.contentType).send(await registry.metrics()),
  );
}
