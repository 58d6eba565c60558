import type { LogLevel } from '@getit/config';
import { startSandboxServer } from '@getit/sandbox-kit';
import { BkashCredentials, DEFAULT_BKASH_CREDENTIALS } from './bkash/bkash-credentials';
import { BkashSimulator } from './bkash/bkash.simulator';
import { CheckoutPageResponder } from './control/checkout-page.responder';
import { controlRoutes } from './control/control.routes';
import { PaymentSandboxControl } from './control/payment-sandbox.control';
import { ScenarioBook } from './control/scenario.book';
import { SimulatorContext } from './control/simulator-context';
import { DEFAULT_NAGAD_SETTINGS, NagadSettings } from './nagad/nagad-settings';
import { NagadSimulator } from './nagad/nagad.simulator';
import { CallbackSender } from './shared/callback-sender';
import { FormBodyParser } from './shared/form-body.parser';
import { PublicUrl } from './shared/public-url';
import { SandboxClock } from './shared/sandbox-clock';
import { DEFAULT_SSLCOMMERZ_CREDENTIALS, SslcommerzCredentials } from './sslcommerz/sslcommerz-credentials';
import { SslcommerzSimulator } from './sslcommerz/sslcommerz.simulator';

export interface PaymentSandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 3090; 0 picks a free port. */
  port?: number;
  /** What browser-facing URLs (bkashURL, callBackUrl, GatewayPageURL) start with; default the listening URL. */
  publicUrl?: string;
  bkash?: Partial<BkashCredentials>;
  nagad?: Partial<NagadSettings>;
  sslcommerz?: Partial<SslcommerzCredentials>;
  /** Per provider, default 50,000; the oldest are forgotten beyond it. */
  maxPayments?: number;
  /** Timeout of each IPN or replayed callback, default 5,000 ms. */
  callbackTimeoutMs?: number;
  /** Default 'silent'. */
  logLevel?: LogLevel;
}

export interface RunningPaymentSandbox {
  name: 'payment-sandbox';
  /** Where the server listens. */
  url: string;
  publicUrl: string;
  control: PaymentSandboxControl;
  stop(): Promise<void>;
}

/** Starts the bKash, Nagad and SSLCommerz simulators and the control API on one HTTP server. */
export async function startPaymentSandbox(
  options: PaymentSandboxOptions = {},
): Promise<RunningPaymentSandbox> {
  const publicUrl = new PublicUrl();
  const sender = new CallbackSender(options.callbackTimeoutMs ?? 5_000);
  const scenarios = new ScenarioBook();
  const ctx: SimulatorContext = {
    scenarios,
    clock: new SandboxClock(),
    publicUrl,
    sender,
    pages: new CheckoutPageResponder(sender),
    maxPayments: options.maxPayments ?? 50_000,
  };
  const bkash = new BkashSimulator({ ...DEFAULT_BKASH_CREDENTIALS, ...options.bkash }, ctx);
  const nagad = await NagadSimulator.create({ ...DEFAULT_NAGAD_SETTINGS, ...options.nagad }, ctx);
  const sslcommerz = new SslcommerzSimulator(
    { ...DEFAULT_SSLCOMMERZ_CREDENTIALS, ...options.sslcommerz },
    ctx,
  );

  const server = await startSandboxServer({
    name: 'payment-sandbox',
    host: options.host,
    port: options.port ?? 3090,
    logLevel: options.logLevel,
    // /healthz (alive) and /readyz (ready) as every service answers them, for the image's HEALTHCHECK and
    // compose's `service_healthy`. /health is older.
    healthPaths: ['/health', '/healthz', '/readyz'],
    register: async (app) => {
      FormBodyParser.register(app);
      await bkash.register(app);
      await nagad.register(app);
      await sslcommerz.register(app);
      await controlRoutes(app, {
        scenarios,
        clock: ctx.clock,
        providers: { bkash: bkash.handle(), nagad: nagad.handle(), sslcommerz: sslcommerz.handle() },
        keys: () => ({ nagad: nagad.keys() }),
        config: () => ({
          publicUrl: publicUrl.to('/').replace(/\/$/, ''),
          bkash: { baseUrl: bkash.baseUrl(), ...bkash.credentials },
          nagad: {
            baseUrl: nagad.baseUrl(),
            signatureAlgorithm: nagad.settings.signatureAlgorithm,
            ...nagad.keys(),
          },
          sslcommerz: { baseUrl: sslcommerz.baseUrl(), ...sslcommerz.credentials },
        }),
        onReset: () => undefined,
      });
    },
  });
  const url = server.url;
  publicUrl.set(options.publicUrl ?? url);
  return {
    name: 'payment-sandbox',
    url,
    publicUrl: publicUrl.to('/').replace(/\/$/, ''),
    control: new PaymentSandboxControl(url),
    stop: server.stop,
  };
}
