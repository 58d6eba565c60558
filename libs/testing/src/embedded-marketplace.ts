import { join } from 'node:path';
import { freePort } from './free-port';
import { ServiceProcess } from './service-process';
import { createTestDatabase, type TestDatabase } from './test-database';
import { waitFor } from './wait-for';

const ROOT = join(__dirname, '../../..');
const EMBEDDED_MAIN = join(ROOT, 'dist/apps/embedded/src/main.js');

/**
 * The newest 6-digit code auth's development SMS sink "sent" to a number (local form, e.g. 01712345678); with
 * `after` (epoch ms) only a message sent since then.
 */
export async function readSmsCode(authUrl: string, phone: string, after = 0): Promise<string> {
  let code = '';
  await waitFor(
    'the SMS code',
    async () => {
      const response = await fetch(`${authUrl}/dev/sms?phone=${encodeURIComponent(phone)}`);
      if (!response.ok) throw new Error(`the SMS sink answered ${response.status}: ${await response.text()}`);
      const { items } = (await response.json()) as { items: { body: string; sentAt?: string }[] };
      const newest = items[0];
      if (!newest || (after && newest.sentAt && Date.parse(newest.sentAt) < after)) return false;
      code = /\b(\d{6})\b/.exec(newest.body)?.[1] ?? '';
      return code !== '';
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  return code;
}

/**
 * The embedded mode as `npm start` serves it (every service in one process, the API at `/api`, the web apps beside
 * it) on a fresh real-Postgres database, ready once the demo data is in. Needs `npx nx run embedded:build`.
 * The browser suites of the storefront, the seller portal and the admin dashboard each run one for the whole suite.
 */
export class EmbeddedMarketplace {
  origin = '';
  /** Auth's own address, where its development SMS sink answers. */
  authUrl = '';
  databaseUrl = '';
  private database?: TestDatabase;
  private process?: ServiceProcess;

  /**
   * `name` names the database and data directory; `port` the gateway's (default: a free one); `env` extra variables
   * for the process (per-service overrides such as SEARCH__SEARCH_ENGINE).
   */
  async start(name: string, options: { port?: number; env?: Record<string, string> } = {}): Promise<this> {
    const port = options.port ?? (await freePort());
    this.origin = `http://127.0.0.1:${port}`;
    this.database = await createTestDatabase(name);
    this.databaseUrl = this.database.url;
    this.process = await new ServiceProcess({
      name: 'embedded',
      script: EMBEDDED_MAIN,
      env: {
        PORT: String(port),
        DATABASE_URL: this.database.url,
        DATA_DIR: join(ROOT, '.data', `${name}-test-${port}`),
        LOG_LEVEL: 'error',
        ...options.env,
      },
      url: this.origin,
      readyTimeoutMs: 240_000,
    }).start();
    // Ready once the demo data is in: the banner's last line, with auth's dev SMS sink named above it.
    await waitFor('the demo data', async () => this.process!.logs().includes('Ready.'), {
      timeoutMs: 240_000,
      intervalMs: 250,
    });
    this.authUrl = /(http:\/\/[\d.]+:\d+)\/dev\/sms/.exec(this.process.logs())?.[1] ?? '';
    return this;
  }

  async stop(): Promise<void> {
    await this.process?.stop();
    await this.database?.drop().catch(() => undefined);
  }

  /** The newest SMS code the dev sink "sent" to a number (see readSmsCode). */
  smsCode(phone: string, after = 0): Promise<string> {
    return readSmsCode(this.authUrl, phone, after);
  }
}
