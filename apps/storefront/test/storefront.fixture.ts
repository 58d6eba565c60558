import { EmbeddedMarketplace, freePort, readSmsCode, ServiceProcess, startStorefrontServer } from '@getit/testing';

/**
 * The embedded mode (every service in one process, on a fresh real-Postgres database) with the storefront behind its
 * gateway, as `npm start` serves them: pages at `/`, the API at `/api`, one origin.
 */
export class StorefrontFixture {
  origin = '';
  /** The storefront's own server (its /metrics), behind the gateway at `origin`. */
  storefrontUrl = '';
  authUrl = '';
  private embedded?: EmbeddedMarketplace;
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
    this.storefrontUrl = `http://127.0.0.1:${storefrontPort}`;
    this.storefront = await startStorefrontServer(this.origin, { port: storefrontPort, publicUrl: this.origin });
    this.embedded = await new EmbeddedMarketplace().start('storefront', {
      port: gatewayPort,
      env: {
        GATEWAY__STOREFRONT_URL: this.storefrontUrl,
        PAYMENT__STOREFRONT_RETURN_URL: `${this.origin}/checkout/payment`,
        ...this.env,
      },
    });
    this.authUrl = this.embedded.authUrl;
  }

  async stop(): Promise<void> {
    await this.embedded?.stop();
    await this.storefront?.stop();
  }

  /** The newest SMS code the dev sink "sent" to a number. */
  smsCode(phone: string): Promise<string> {
    return readSmsCode(this.authUrl, phone);
  }
}
