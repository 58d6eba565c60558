import Fastify, { type FastifyBaseLogger } from 'fastify';
import { createLogger } from '@getit/logging';
import type { LogLevel } from '@getit/config';
import { controlRoutes } from './control/control.routes';
import { CourierSandboxControl } from './control/courier-sandbox.control';
import { DEFAULT_PATHAO_CREDENTIALS, PathaoCredentials } from './pathao/pathao-credentials';
import { PathaoSimulator } from './pathao/pathao.simulator';
import { DEFAULT_REDX_TOKEN, RedxSimulator } from './redx/redx.simulator';
import { CourierOutage } from './shared/courier-outage';
import { ParcelStore } from './shared/parcel.store';
import { WebhookDispatcher, WebhookTarget } from './shared/webhook.dispatcher';
import {
  DEFAULT_STEADFAST_CREDENTIALS,
  SteadfastCredentials,
  SteadfastSimulator,
} from './steadfast/steadfast.simulator';

export interface CourierSandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 3091; 0 picks a free port. */
  port?: number;
  pathao?: Partial<PathaoCredentials>;
  steadfast?: Partial<SteadfastCredentials>;
  redxToken?: string;
  /** The merchant's webhook per courier, also settable through PUT /__control/webhooks/:courier. */
  webhooks?: { pathao?: WebhookTarget; steadfast?: WebhookTarget; redx?: WebhookTarget };
  /** Timeout of each webhook call, default 10,000 ms (Pathao's documented limit). */
  webhookTimeoutMs?: number;
  logLevel?: LogLevel;
}

export interface RunningCourierSandbox {
  name: 'courier-sandbox';
  url: string;
  control: CourierSandboxControl;
  stop(): Promise<void>;
}

/** Starts the Pathao, Steadfast and RedX simulators and the control API on one HTTP server. */
export async function startCourierSandbox(
  options: CourierSandboxOptions = {},
): Promise<RunningCourierSandbox> {
  const host = options.host ?? '127.0.0.1';
  const parcels = new ParcelStore();
  const outage = new CourierOutage();
  const webhooks = new WebhookDispatcher(options.webhookTimeoutMs ?? 10_000);
  for (const [name, target] of Object.entries(options.webhooks ?? {}))
    webhooks.configure(name as 'pathao' | 'steadfast' | 'redx', target);
  const simulators = {
    pathao: new PathaoSimulator({ ...DEFAULT_PATHAO_CREDENTIALS, ...options.pathao }, parcels, outage),
    steadfast: new SteadfastSimulator(
      { ...DEFAULT_STEADFAST_CREDENTIALS, ...options.steadfast },
      parcels,
      outage,
    ),
    redx: new RedxSimulator(options.redxToken ?? DEFAULT_REDX_TOKEN, parcels, outage),
  };
  const logger: FastifyBaseLogger = createLogger({
    service: 'courier-sandbox',
    level: options.logLevel ?? 'silent',
  });
  const app = Fastify({ loggerInstance: logger, forceCloseConnections: true });
  for (const simulator of Object.values(simulators)) await simulator.register(app);
  let origin = '';
  await controlRoutes(app, {
    parcels,
    outage,
    webhooks,
    simulators,
    config: () => ({
      pathao: { baseUrl: simulators.pathao.baseUrl(origin), ...simulators.pathao.credentials },
      steadfast: { baseUrl: simulators.steadfast.baseUrl(origin), ...simulators.steadfast.credentials },
      redx: { baseUrl: simulators.redx.baseUrl(origin), token: simulators.redx.token },
      down: outage.list(),
    }),
  });
  const ok = async () => ({ status: 'ok' });
  app.get('/healthz', ok);
  app.get('/readyz', ok);
  await app.listen({ host, port: options.port ?? 3091 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    name: 'courier-sandbox',
    url: origin,
    control: new CourierSandboxControl(origin),
    stop: () => app.close(),
  };
}
