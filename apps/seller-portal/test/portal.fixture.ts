import { join } from 'node:path';
import * as OTPAuth from 'otpauth';
import { createTestDatabase, ServiceProcess, freePort, waitFor } from '@getit/testing';

const ROOT = join(__dirname, '../../..');
const EMBEDDED_MAIN = join(ROOT, 'dist/apps/embedded/src/main.js');

/** The embedded demo's super admin (apps/auth/src/application/demo-accounts.ts: published on purpose). */
export const DEMO_ADMIN = {
  email: 'admin@demo.getit.com.bd',
  password: 'demo-Admin-pass-2026',
  totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
};

/**
 * One embedded instance for the whole run, as `npm start` serves it: the storefront at `/`, the seller portal at
 * `/seller/`, the admin SPA at `/admin/` (when built), the API at `/api`, on a fresh real-Postgres database.
 */
export class PortalFixture {
  origin = '';
  authUrl = '';
  private embedded?: ServiceProcess;
  private lastTotpStep = 0;
  private admin?: { token: string; at: number };

  /** `extraEnv`: more settings for the embedded host, e.g. `SHIPPING__PATHAO_BASE_URL` for a courier sandbox. */
  constructor(private readonly extraEnv: Record<string, string> = {}) {}

  async start(): Promise<void> {
    if (process.env['PORTAL_E2E_ORIGIN']) {
      this.origin = process.env['PORTAL_E2E_ORIGIN'];
      this.authUrl = process.env['PORTAL_E2E_AUTH_URL'] ?? '';
      return;
    }
    const port = await freePort();
    this.origin = `http://127.0.0.1:${port}`;
    const database = await createTestDatabase('seller_portal');
    this.embedded = await new ServiceProcess({
      name: 'embedded',
      script: EMBEDDED_MAIN,
      env: {
        PORT: String(port),
        DATABASE_URL: database.url,
        DATA_DIR: join(ROOT, '.data', `seller-portal-test-${port}`),
        LOG_LEVEL: 'error',
        ...this.extraEnv,
      },
      url: this.origin,
      readyTimeoutMs: 240_000,
    }).start();
    await waitFor('the demo data', async () => this.embedded!.logs().includes('Ready.'), {
      timeoutMs: 240_000,
      intervalMs: 250,
    });
    this.authUrl = /(http:\/\/[\d.]+:\d+)\/dev\/sms/.exec(this.embedded.logs())?.[1] ?? '';
  }

  async stop(): Promise<void> {
    await this.embedded?.stop();
  }

  /** The newest SMS code the dev sink "sent" to a number (local form, e.g. 01712345678). */
  async smsCode(phone: string, after = 0): Promise<string> {
    let code = '';
    await waitFor(
      'the SMS code',
      async () => {
        const response = await fetch(`${this.authUrl}/dev/sms?phone=${encodeURIComponent(phone)}`);
        if (!response.ok)
          throw new Error(`the SMS sink answered ${response.status}: ${await response.text()}`);
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

  /** A TOTP code for a secret, never the same step twice (auth refuses a reused step). */
  async totp(secret: string): Promise<string> {
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
    let step = Math.floor(Date.now() / 30_000);
    if (step <= this.lastTotpStep) {
      await new Promise((resolve) =>
        setTimeout(resolve, (this.lastTotpStep + 1) * 30_000 - Date.now() + 200),
      );
      step = Math.floor(Date.now() / 30_000);
    }
    this.lastTotpStep = step;
    return totp.generate();
  }

  /** JSON over the gateway, as curl would: throws with the problem on a non-2xx answer. */
  async api<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** The demo super admin's access token with its second factor (kept for ten minutes: tokens live fifteen). */
  async adminToken(): Promise<string> {
    if (this.admin && Date.now() - this.admin.at < 600_000) return this.admin.token;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.api<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
          identifier: DEMO_ADMIN.email,
          password: DEMO_ADMIN.password,
          totp: await this.totp(DEMO_ADMIN.totpSecret),
        });
        this.admin = { token: result.accessToken, at: Date.now() };
        return result.accessToken;
      } catch (error) {
        // another run against the same instance used this 30-second step: the next one is free
        if (attempt === 2) throw error;
        this.lastTotpStep = Math.floor(Date.now() / 30_000);
      }
    }
  }
}
