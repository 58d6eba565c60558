import { join } from 'node:path';
import { createTestDatabase, freePort, ServiceProcess, waitFor } from '@getit/testing';

const ROOT = join(__dirname, '../../..');
const EMBEDDED_MAIN = join(ROOT, 'dist/apps/embedded/src/main.js');
const STOREFRONT_SERVER = join(ROOT, 'apps/storefront/.next/standalone/apps/storefront/server.js');

/**
 * The embedded mode (every service in one process, on a fresh real-Postgres database) with the storefront behind its
 * gateway, as `npm start` serves them: pages at `/`, the API at `/api`, one origin.
 */
export class StorefrontFixture {
  origin = '';
  /** The storefront's own server (its /metrics), behind the gateway at `origin`. */
  storefrontUrl = '';
  authUrl = '';
  sandboxUrl = '';
  private embedded?: ServiceProcess;
  private storefront?: ServiceProcess;

  /** `env`: extra variables for the embedded process (per-service overrides such as SEARCH__SEARCH_ENGINE). */
  constructor(private readonly env: Record<string, string> = {}) {}

  async start(): Promise<void> {
    // While working on the storefront: point the suite at an already running `npm start` instead of a fresh one.
    if (process.env['STOREFRONT_E2E_ORIGIN']) {
      this.origin = process.env['STOREFRONT_E2E_ORIGIN'];
      this.authUrl = process.env['STOREFRONT_E2E_AUTH_URL'] ?? '';
      this.storefrontUrl = process.env['STOREFRONT_E2E_STOREFRONT_URL'] ?? '';
      return;
    }
    const [gatewayPort, storefrontPort] = [await freePort(), await freePort()];
    this.origin = `http://127.0.0.1:${gatewayPort}`;
    const storefrontUrl = `http://127.0.0.1:${storefrontPort}`;
    this.storefrontUrl = storefrontUrl;
    const database = await createTestDatabase('storefront');
    this.storefront = await new ServiceProcess({
      name: 'storefront',
      script: STOREFRONT_SERVER,
      env: {
        PORT: String(storefrontPort),
        HOSTNAME: '127.0.0.1',
        GATEWAY_URL: this.origin,
        PUBLIC_URL: this.origin,
      },
      url: storefrontUrl,
    }).start();
    this.embedded = await new ServiceProcess({
      name: 'embedded',
      script: EMBEDDED_MAIN,
      env: {
        PORT: String(gatewayPort),
        DATABASE_URL: database.url,
        DATA_DIR: join(ROOT, '.data', `storefront-test-${gatewayPort}`),
        LOG_LEVEL: 'error',
        GATEWAY__STOREFRONT_URL: storefrontUrl,
        PAYMENT__STOREFRONT_RETURN_URL: `${this.origin}/checkout/payment`,
        ...this.env,
      },
      url: this.origin,
      readyTimeoutMs: 240_000,
    }).start();
    // Ready once the demo data is in: the banner's last line, with auth's dev SMS sink and the sandbox named above it.
    await waitFor('the demo data', async () => this.embedded!.logs().includes('Ready.'), {
      timeoutMs: 240_000,
      intervalMs: 250,
    });
    const logs = this.embedded.logs();
    this.authUrl = /(http:\/\/[\d.]+:\d+)\/dev\/sms/.exec(logs)?.[1] ?? '';
  }

  async stop(): Promise<void> {
    await this.embedded?.stop();
    await this.storefront?.stop();
  }

  /** The newest SMS code the dev sink "sent" to a number. */
  async smsCode(phone: string): Promise<string> {
    let code = '';
    await waitFor(
      'the SMS code',
      async () => {
        const response = await fetch(`${this.authUrl}/dev/sms?phone=${encodeURIComponent(phone)}`);
        const { items } = (await response.json()) as { items: { body: string }[] };
        code = /\b(\d{6})\b/.exec(items[0]?.body ?? '')?.[1] ?? '';
        return code !== '';
      },
      { timeoutMs: 15_000, intervalMs: 250 },
    );
    return code;
  }
}
