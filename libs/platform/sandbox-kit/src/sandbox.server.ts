import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { LogLevel } from '@getit/config';
import { createLogger } from '@getit/logging';

export interface SandboxServerOptions {
  /** The service name in its logs, e.g. 'courier-sandbox'. */
  name: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port. */
  port: number;
  /** Default 'silent'. */
  logLevel?: LogLevel;
  /** Paths answering 200 `{ status: 'ok' }`; default /healthz (alive) and /readyz (ready). */
  healthPaths?: readonly string[];
  /** Adds the simulators' and the control API's routes; `url()` is the listening URL once it listens. */
  register(app: FastifyInstance, url: () => string): Promise<void>;
}

export interface SandboxServer {
  app: FastifyInstance;
  /** Where the server listens, e.g. http://127.0.0.1:3091 (an IPv6 host in brackets). */
  url: string;
  stop(): Promise<void>;
}

/**
 * One HTTP server for a sandbox of simulators: a quiet logger, connections closed on stop, health answers (a
 * sandbox has no dependencies, so listening is ready) and the address it ended up on.
 */
export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const logger: FastifyBaseLogger = createLogger({
    service: options.name,
    level: options.logLevel ?? 'silent',
  });
  const app = Fastify({ loggerInstance: logger, forceCloseConnections: true });
  let url = '';
  await options.register(app, () => url);
  const ok = async () => ({ status: 'ok' });
  for (const path of options.healthPaths ?? ['/healthz', '/readyz']) app.get(path, ok);
  await app.listen({ host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return { app, url, stop: () => app.close() };
}
