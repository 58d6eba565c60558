import { Client } from 'pg';
import { IDENTITY_HEADERS } from '@getit/contracts';
import { EventTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, infraEnv, TestDatabase } from '@getit/testing';
import { startAuth } from '../src/auth.host';
import { verifyJwt } from '../src/infrastructure/crypto/es256-jwt';

export const KEY_SECRET = 'integration-test-key-encryption-secret-0123456789';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
}

/** Claims of an access token this auth instance issued, verified against its own JWKS. */
export type Claims = {
  sub: string;
  sid: string;
  roles: string[];
  vendorId?: string;
  amr: string[];
  exp: number;
  iat: number;
};

/**
 * The auth service started in this process on a fresh database and the real Redis, driven over HTTP as the
 * gateway would: identity headers built from the verified access token.
 */
export class AuthHarness {
  db!: TestDatabase;
  service!: RunningService;
  private sql?: Client;

  constructor(
    private readonly env: Record<string, string> = {},
    private readonly transport?: EventTransport,
  ) {}

  async start(): Promise<this> {
    this.db = await createTestDatabase('auth');
    this.service = await startAuth(
      {
        DATABASE_URL: this.db.url,
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        MESSAGING_TRANSPORT: 'in-process',
        REDIS_URL: infraEnv().redisUrl,
        AUTH_KEY_ENCRYPTION_SECRET: KEY_SECRET,
        ...this.env,
      },
      this.transport ? { transport: this.transport } : {},
    );
    return this;
  }

  async stop(): Promise<void> {
    await this.sql?.end();
    await this.service?.stop();
    await this.db?.drop();
  }

  /** Direct SQL on auth's database, for what a test must arrange or inspect behind the API. */
  async query<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
    if (!this.sql) {
      this.sql = new Client({ connectionString: this.db.url });
      await this.sql.connect();
    }
    return (await this.sql.query(text, values)).rows as T[];
  }

  async request(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; as?: string; ip?: string } = {},
  ): Promise<HttpResult> {
    const headers: Record<string, string> = {
      'x-forwarded-for': options.ip ?? randomIp(),
      ...(options.as ? await this.identityHeaders(options.as) : {}),
      ...options.headers,
    };
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const response = await fetch(`${this.service.url}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }

  post(
    path: string,
    body?: unknown,
    options: { as?: string; ip?: string; headers?: Record<string, string> } = {},
  ) {
    return this.request('POST', path, { ...options, body });
  }

  get(path: string, options: { as?: string; ip?: string; headers?: Record<string, string> } = {}) {
    return this.request('GET', path, options);
  }

  async jwks(): Promise<{ keys: any[] }> {
    return (await this.get('/.well-known/jwks.json')).body;
  }

  /** Verifies like the gateway: signature against the published JWKS, then issuer, audience and expiry. */
  async verify(token: string): Promise<Claims | undefined> {
    const payload = (await verifyJwt(token, (await this.jwks()).keys)) as
      (Claims & { iss: string; aud: string }) | undefined;
    if (!payload || payload.iss !== 'getit-auth' || payload.aud !== 'getit-api') return undefined;
    return payload.exp > Date.now() / 1_000 ? payload : undefined;
  }

  /** The identity headers the gateway would forward for this access token. */
  async identityHeaders(accessToken: string): Promise<Record<string, string>> {
    const claims = await this.verify(accessToken);
    if (!claims) throw new Error('the access token does not verify');
    return {
      [IDENTITY_HEADERS.actorId]: claims.sub,
      [IDENTITY_HEADERS.roles]: claims.roles.join(','),
      ...(claims.vendorId ? { [IDENTITY_HEADERS.vendorId]: claims.vendorId } : {}),
      [IDENTITY_HEADERS.mfa]: String(claims.amr.includes('mfa')),
      [IDENTITY_HEADERS.sessionId]: claims.sid,
    };
  }

  /** The newest code the dev SMS sink holds for `phone`. */
  async smsCode(phone: string): Promise<string> {
    const { body } = await this.get(`/dev/sms?phone=${encodeURIComponent(phone)}`);
    const code = /\b(\d{6})\b/.exec(body.items[0]?.body ?? '')?.[1];
    if (!code) throw new Error(`no SMS code for ${phone}`);
    return code;
  }

  /** Logs in (signing up if new) with an SMS code; returns the token pair and user id. */
  async otpLogin(phone: string, extra: Record<string, unknown> = {}): Promise<any> {
    const requested = await this.post('/auth/otp/request', { phone });
    if (requested.status !== 202) throw new Error(`otp request: ${JSON.stringify(requested.body)}`);
    const verified = await this.post('/auth/otp/verify', {
      phone,
      code: await this.smsCode(phone),
      ...extra,
    });
    if (verified.status !== 200) throw new Error(`otp verify: ${JSON.stringify(verified.body)}`);
    return verified.body;
  }

  /** Events the service wrote to its outbox, oldest first. */
  async outbox(type?: string): Promise<any[]> {
    const rows = await this.query<{ envelope: any }>(
      `SELECT envelope FROM outbox ${type ? 'WHERE type = $1' : ''} ORDER BY seq`,
      type ? [type] : [],
    );
    return rows.map((row) => row.envelope);
  }
}

/** A fresh client address per request unless a test pins one: per-IP limits stay out of the way. */
export function randomIp(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

/** A valid Bangladeshi mobile number no other test uses. */
export function freshPhone(): string {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return `017${digits}`;
}
