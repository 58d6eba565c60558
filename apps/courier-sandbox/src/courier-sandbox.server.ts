import type { LogLevel } from '@getit/config';
import { startSandboxServer } from '@getit/sandbox-kit';
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
  const server = await startSandboxServer({
    name: 'courier-sandbox',
    host: options.host,
    port: options.port ?? 3091,
    logLevel: options.logLevel,
    register: async (app, origin) => {
      for (const simulator of Object.values(simulators)) await simulator.register(app);
      await controlRoutes(app, {
        parcels,
        outage,
        webhooks,
        simulators,
        config: () => ({
          pathao: { baseUrl: simulators.pathao.baseUrl(origin()), ...simulators.pathao.credentials },
          steadfast: { baseUrl: simulators.steadfast.baseUrl(origin()), ...simulators.steadfast.credentials },
          redx: { baseUrl: simulators.redx.baseUrl(origin()), token: simulators.redx.token },
          down: outage.list(),
        }),
      });
    },
  });
  return {
    name: 'courier-sandbox',
    url: server.url,
    control: new CourierSandboxControl(server.url),
    stop: server.stop,
  };
}
