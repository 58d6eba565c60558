import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, freePort, ServiceProcess, TestDatabase, TestTokenIssuer } from '@getit/testing';

jest.setTimeout(120_000);

const dist = join(__dirname, '../../../dist/apps');
const authBuilt = existsSync(join(dist, 'auth/src/main.js'));

// The auth service's demo accounts (apps/auth/src/application/demo-accounts.ts), published on purpose.
const TANGAIL = {
  vendorId: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22',
  phone: '01711000001',
  password: 'demo-Tangail-owner-2026',
};
const DHAKA_GADGETS_ID = '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c';
const ADMIN = {
  identifier: 'admin@demo.getit.com.bd',
  password: 'demo-Admin-pass-2026',
  totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
};
const SHOPPER = { phone: '01911000003', password: 'demo-Shopper-pass-2026' };

/** RFC 6238 (SHA-1, 30 s, 6 digits), as an authenticator app computes it. */
function totp(base32Secret: string, at = Date.now()): string {
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

/** Answers /healthz for the upstreams this test does not use, so the gateway reports ready. */
async function healthyStub(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Logging in through the real auth service, whose tokens the gateway verifies against auth's own JWKS. */
(authBuilt ? describe : describe.skip)('gateway in front of the real auth service', () => {
  let database: TestDatabase;
  let auth: ServiceProcess;
  let gateway: ServiceProcess;
  let stub: { server: Server; url: string };

  beforeAll(async () => {
    database = await createTestDatabase('e2e_gw_auth');
    stub = await healthyStub();
    const authPort = await freePort();
    auth = await new ServiceProcess({
      name: 'auth',
      script: join(dist, 'auth/src/main.js'),
      url: `http://127.0.0.1:${authPort}`,
      env: {
        PORT: String(authPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DATABASE_URL: database.url,
        MESSAGING_TRANSPORT: 'in-process',
        AUTH_KEY_ENCRYPTION_SECRET: randomBytes(32).toString('hex'),
        SEED_DEMO_DATA: 'true',
        SMS_PROVIDER: 'dev-sink',
        REDIS_URL: '',
      },
      readyTimeoutMs: 60_000,
    }).start();
    const gatewayPort = await freePort();
    gateway = await new ServiceProcess({
      name: 'gateway',
      script: join(dist, 'gateway/src/main.js'),
      url: `http://127.0.0.1:${gatewayPort}`,
      env: {
        PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        CATALOG_URL: stub.url,
        SEARCH_URL: stub.url,
        AUTH_URL: auth.url,
        REDIS_URL: '',
        RATE_LIMIT_IP_PER_MINUTE: '0',
        RATE_LIMIT_AUTH_PER_MINUTE: '0',
      },
    }).start();
  });
  afterAll(async () => {
    await Promise.all([gateway, auth].filter(Boolean).map((p) => p.stop()));
    stub?.server.close();
    await database?.drop();
  });

  async function api(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = {};
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${gateway.url}/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async function login(body: Record<string, string>): Promise<string> {
    const { status, body: answer } = await api('POST', '/auth/login', { body });
    expect({ status, body: status === 200 ? 'token' : answer }).toEqual({ status: 200, body: 'token' });
    return answer.accessToken as string;
  }

  it("lets a vendor owner who logged in through the gateway into their own vendor, and not another's", async () => {
    const token = await login({ identifier: TANGAIL.phone, password: TANGAIL.password });

    const me = await api('GET', '/auth/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      vendorId: TANGAIL.vendorId,
      roles: expect.arrayContaining(['vendor:owner']),
    });
    expect((await api('GET', `/vendors/${TANGAIL.vendorId}`, { token })).status).toBe(200);
    const other = await api('GET', `/vendors/${DHAKA_GADGETS_ID}`, { token });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'FORBIDDEN', reason: 'vendor' });
  });

  it('lets the admin who logged in with a second factor into admin routes, and keeps a shopper out', async () => {
    const admin = await login({
      identifier: ADMIN.identifier,
      password: ADMIN.password,
      totp: totp(ADMIN.totpSecret),
    });
    const shopper = await login({ identifier: SHOPPER.phone, password: SHOPPER.password });

    expect((await api('GET', '/admin/vendors', { token: admin })).status).toBe(200);
    const refused = await api('GET', '/admin/vendors', { token: shopper });
    expect(refused.status).toBe(403);
    expect(refused.body.reason).toBe('role');
  });

  it('refuses a real token with its payload changed', async () => {
    const token = await login({ identifier: SHOPPER.phone, password: SHOPPER.password });
    const promoted = TestTokenIssuer.withPayload(token, {
      ...TestTokenIssuer.payloadOf(token),
      roles: ['admin:super-admin'],
      amr: ['pwd', 'mfa'],
    });

    expect((await api('GET', '/auth/me', { token: promoted })).status).toBe(401);
    expect((await api('GET', '/admin/vendors', { token: promoted })).status).toBe(401);
  });
});
