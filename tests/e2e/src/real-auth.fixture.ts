import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { freePort, ServiceProcess } from '@getit/testing';

const dist = join(__dirname, '../../../dist/apps');

/** Whether the auth service is built: the real-auth specs skip without it. */
export const authBuilt = existsSync(join(dist, 'auth/src/main.js'));

// The auth service's demo accounts (apps/auth/src/application/demo-accounts.ts), published on purpose.
export const DEMO_ACCOUNTS = {
  tangail: {
    vendorId: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
    phone: '01711000001',
    password: 'demo-Tangail-owner-2026',
  },
  dhakaGadgetsVendorId: '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c',
  admin: {
    identifier: 'admin@demo.getit.com.bd',
    password: 'demo-Admin-pass-2026',
    totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
  },
  shopper: { phone: '01911000003', password: 'demo-Shopper-pass-2026' },
} as const;

/** RFC 6238 (SHA-1, 30 s, 6 digits), as an authenticator app computes it. */
export function totp(base32Secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Secret.replace(/=+$/, ''))
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The POST /api/auth/login body of the demo super-admin: password and the current TOTP code. */
export function adminLoginBody(at = Date.now()): { identifier: string; password: string; totp: string } {
  const { identifier, password, totpSecret } = DEMO_ACCOUNTS.admin;
  return { identifier, password, totp: totp(totpSecret, at) };
}

/** Signs the demo super-admin in through `gatewayUrl` with password and TOTP; expects 200, returns the access token. */
export async function signInAdminWithTotp(gatewayUrl: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(adminLoginBody()),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/**
 * What the real auth service needs on top of a service's usual variables: a key-encryption secret, the demo
 * accounts (unless `seed: false`), the development SMS sink, and in-memory counters unless `redisUrl` is given
 * (every e2e request comes from 127.0.0.1, and Redis is shared between runs).
 */
export function realAuthEnv(options: { seed?: boolean; redisUrl?: string } = {}): Record<string, string> {
  return {
    AUTH_KEY_ENCRYPTION_SECRET: randomBytes(32).toString('hex'),
    ...(options.seed === false ? {} : { SEED_DEMO_DATA: 'true' }),
    SMS_PROVIDER: 'dev-sink',
    REDIS_URL: options.redisUrl ?? '',
  };
}

/** The auth service on `databaseUrl` with in-process messaging, started: `realAuthEnv(options)` plus `env`. */
export async function startRealAuth(
  databaseUrl: string,
  options: { seed?: boolean; redisUrl?: string } = {},
): Promise<ServiceProcess> {
  const port = await freePort();
  return new ServiceProcess({
    name: 'auth',
    script: join(dist, 'auth/src/main.js'),
    url: `http://127.0.0.1:${port}`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      MESSAGING_TRANSPORT: 'in-process',
      ...realAuthEnv(options),
    },
    readyTimeoutMs: 60_000,
  }).start();
}

export interface GatewayUpstreams {
  catalog: string;
  search: string;
  auth: string;
  payment?: string;
}

/**
 * A gateway process (not yet started) in front of `upstreams`, on `port` or a free one. Rate limits count in
 * memory unless `env` gives a REDIS_URL: the test runner's REDIS_URL is not the gateway's.
 */
export async function gatewayProcess(
  upstreams: GatewayUpstreams,
  env: Record<string, string> = {},
  port?: number,
): Promise<ServiceProcess> {
  const gatewayPort = port ?? (await freePort());
  return new ServiceProcess({
    name: 'gateway',
    script: join(dist, 'gateway/src/main.js'),
    url: `http://127.0.0.1:${gatewayPort}`,
    env: {
      PORT: String(gatewayPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CATALOG_URL: upstreams.catalog,
      SEARCH_URL: upstreams.search,
      AUTH_URL: upstreams.auth,
      ...(upstreams.payment ? { PAYMENT_URL: upstreams.payment } : {}),
      REDIS_URL: '',
      ...env,
    },
  });
}

/** `gatewayProcess(upstreams, env)`, started. */
export async function startGateway(
  upstreams: GatewayUpstreams,
  env: Record<string, string> = {},
): Promise<ServiceProcess> {
  return (await gatewayProcess(upstreams, env)).start();
}

/** Answers /healthz for the upstreams a test does not use, so the gateway reports ready. */
export async function healthyStub(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
