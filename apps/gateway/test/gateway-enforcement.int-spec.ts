import { randomUUID } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { z } from 'zod';
import { freePort, infraEnv, TestTokenIssuer } from '@getit/testing';
import { RunningService } from '@getit/service-kit';
import { startGateway } from '../src/gateway.host';
import { GatewayRoute } from '../src/routing/gateway-route';

/**
 * The gateway in this process, with a route table of its own in front of an upstream that echoes what it
 * receives, so that the test sees exactly which identity reaches a service. tests/e2e covers the real routes.
 */
const echoed = z.object({});
const route = (method: GatewayRoute['method'], path: string, extra: Partial<GatewayRoute>): GatewayRoute => ({
  method,
  path,
  upstream: 'catalog',
  access: { public: true },
  summary: path,
  response: { status: 200, schema: echoed },
  ...extra,
});
const ROUTES: GatewayRoute[] = [
  route('GET', '/api/echo/public', {}),
  route('GET', '/api/echo/shopper', { access: { roles: ['shopper'] } }),
  route('POST', '/api/echo/shopper', { access: { roles: ['shopper'] } }),
  route('GET', '/api/vendors/:vendorId/echo', {
    access: { roles: ['vendor:owner', 'vendor:staff', 'admin:operations'], vendorScoped: true },
  }),
  route('GET', '/api/admin/echo', { access: { roles: ['admin:operations'] } }),
  route('POST', '/api/echo/login', { rateLimit: 'auth' }),
  route('POST', '/api/echo/courier-webhook', { passAuthorization: true }),
];

interface Echo {
  url: string;
  headers: IncomingHttpHeaders;
}

async function echoServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    request.resume();
    const body: Echo = { url: request.url ?? '', headers: request.headers };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function call(url: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(url, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('gateway enforcement, in process, against an echoing upstream', () => {
  const issuer = new TestTokenIssuer();
  let echo: { server: Server; url: string };
  const gateways: RunningService[] = [];

  async function gateway(env: Record<string, string> = {}): Promise<string> {
    const started = await startGateway(
      {
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        CATALOG_URL: echo.url,
        SEARCH_URL: echo.url,
        AUTH_URL: issuer.url,
        ...env,
      },
      { routes: ROUTES },
    );
    gateways.push(started);
    return started.url;
  }

  let url: string;
  beforeAll(async () => {
    await issuer.listen();
    echo = await echoServer();
    url = await gateway();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    echo.server.closeAllConnections();
    await new Promise((resolve) => echo.server.close(resolve));
    await issuer.close();
  });

  const vendorA = randomUUID();
  const vendorB = randomUUID();
  const staffA = () => issuer.token({ roles: ['vendor:staff'], vendorId: vendorA });
  const opsToken = (amr: string[]) => issuer.token({ roles: ['admin:operations'], amr });

  it('forwards the verified identity as the contract headers, and nothing a client claimed', async () => {
    const sub = randomUUID();
    const sid = randomUUID();
    const token = issuer.token({ sub, sid, roles: ['vendor:owner'], vendorId: vendorA, amr: ['pwd', 'mfa'] });
    const { status, body } = await call(`${url}/api/vendors/${vendorA}/echo`, {
      token,
      headers: {
        'x-actor-id': 'spoofed',
        'x-actor-roles': 'admin:super-admin',
        'x-vendor-id': vendorB,
        'x-session-id': 'spoofed',
        'x-actor-mfa': 'true',
        'x-actor-impersonating': 'someone',
      },
    });

    expect(status).toBe(200);
    expect(body.headers).toMatchObject({
      'x-actor-id': sub,
      'x-actor-roles': 'vendor:owner',
      'x-vendor-id': vendorA,
      'x-actor-mfa': 'true',
      'x-session-id': sid,
      'x-forwarded-for': '127.0.0.1',
    });
    expect(body.headers).not.toHaveProperty('authorization');
    expect(body.headers).not.toHaveProperty('x-actor-impersonating');
  });

  it('strips client identity headers on public routes too, for anonymous callers', async () => {
    const { status, body } = await call(`${url}/api/echo/public`, {
      headers: {
        'x-actor-id': 'spoofed',
        'x-vendor-id': vendorA,
        'x-session-id': 's',
        'x-actor-mfa': 'true',
      },
    });

    expect(status).toBe(200);
    for (const name of ['x-actor-id', 'x-actor-roles', 'x-vendor-id', 'x-session-id', 'x-actor-mfa'])
      expect(body.headers).not.toHaveProperty(name);
  });

  it('forwards the identity of a valid token on a public route', async () => {
    const sub = randomUUID();
    const { body } = await call(`${url}/api/echo/public`, { token: issuer.token({ sub }) });

    expect(body.headers).toMatchObject({
      'x-actor-id': sub,
      'x-actor-roles': 'shopper',
      'x-actor-mfa': 'false',
    });
  });

  it('refuses an invalid or expired token even on a public route, saying which with WWW-Authenticate', async () => {
    const forged = await call(`${url}/api/echo/public`, { token: issuer.unsignedToken() });
    const iat = Math.floor(Date.now() / 1_000) - 3_600;
    const expired = await call(`${url}/api/echo/public`, { token: issuer.token({ iat, exp: iat + 900 }) });

    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toBe(
      'Bearer realm="getit", error="invalid_token", error_description="The access token is invalid"',
    );
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain(
      'error_description="The access token is expired"',
    );
    expect(expired.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'The access token has expired.' });
  });

  it('asks an anonymous caller of a protected route to authenticate, echoing the request id', async () => {
    const { status, headers, body } = await call(`${url}/api/echo/shopper`, {
      headers: { 'x-request-id': 'anon-req-0001' },
    });

    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer realm="getit"');
    expect(headers.get('x-request-id')).toBe('anon-req-0001');
    expect(body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', correlationId: 'anon-req-0001' });
  });

  it('refuses before reading the body, and guards the HEAD twin of a GET route', async () => {
    const huge = await call(`${url}/api/echo/shopper`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"pad":"${'x'.repeat(2 * 1_048_576)}"}`,
    });
    const head = await fetch(`${url}/api/echo/shopper`, { method: 'HEAD' });

    expect(huge.status).toBe(401); // not 413: the body limit never came into play
    expect(head.status).toBe(401);
    expect(
      (
        await fetch(`${url}/api/echo/shopper`, {
          method: 'HEAD',
          headers: { authorization: `Bearer ${issuer.token()}` },
        })
      ).status,
    ).toBe(200);
  });

  it.each([
    ['a Basic credential', 'Basic dXNlcjpwYXNz'],
    ['an empty bearer', 'Bearer '],
    ['garbage', 'Bearer not.a.jwt'],
  ])('refuses %s in the Authorization header with 401', async (_name, authorization) => {
    const { status, headers } = await call(`${url}/api/echo/public`, { headers: { authorization } });

    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it("passes a courier's bearer token through untouched on its webhook route, vouching for no identity", async () => {
    const courier = await call(`${url}/api/echo/courier-webhook`, {
      method: 'POST',
      headers: { authorization: 'Bearer steadfast-panel-token', 'x-actor-roles': 'admin:super-admin' },
    });
    // a user's valid token is not taken as an identity there either: the service sees the header, no actor
    const user = await call(`${url}/api/echo/courier-webhook`, { method: 'POST', token: issuer.token() });

    expect(courier.status).toBe(200);
    expect(courier.body.headers.authorization).toBe('Bearer steadfast-panel-token');
    expect(courier.body.headers).not.toHaveProperty('x-actor-roles');
    expect(user.status).toBe(200);
    expect(user.body.headers).not.toHaveProperty('x-actor-id');
    // elsewhere the same header is still a token to verify, and never forwarded
    const elsewhere = await call(`${url}/api/echo/public`, {
      headers: { authorization: 'Bearer steadfast-panel-token' },
    });
    expect(elsewhere.status).toBe(401);
  });

  it('keeps a vendor to its own vendor-scoped routes, and lets an admin with a second factor into any', async () => {
    const own = await call(`${url}/api/vendors/${vendorA}/echo`, { token: staffA() });
    const other = await call(`${url}/api/vendors/${vendorB}/echo`, { token: staffA() });
    const adminMfa = await call(`${url}/api/vendors/${vendorB}/echo`, { token: opsToken(['pwd', 'mfa']) });
    const adminNoMfa = await call(`${url}/api/vendors/${vendorB}/echo`, { token: opsToken(['pwd']) });

    expect(own.status).toBe(200);
    expect(own.body.url).toBe(`/vendors/${vendorA}/echo`);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'FORBIDDEN', reason: 'vendor' });
    expect(adminMfa.status).toBe(200);
    expect(adminNoMfa.status).toBe(403);
    expect(adminNoMfa.body.reason).toBe('mfa');
  });

  it('forbids callers without a route role, and admins without a second factor', async () => {
    expect((await call(`${url}/api/echo/shopper`, { token: staffA() })).body).toMatchObject({
      status: 403,
      reason: 'role',
    });
    expect((await call(`${url}/api/admin/echo`, { token: opsToken(['pwd']) })).status).toBe(403);
    expect((await call(`${url}/api/admin/echo`, { token: opsToken(['otp', 'mfa']) })).status).toBe(200);
  });

  it('picks up a rotated signing key from the JWKS when it first sees its kid', async () => {
    const rotatedIssuer = new TestTokenIssuer();
    await rotatedIssuer.listen();
    try {
      const fresh = await gateway({ AUTH_URL: rotatedIssuer.url });
      await call(`${fresh}/api/echo/public`, { token: rotatedIssuer.token() });
      const fetchesBefore = rotatedIssuer.jwksRequests;
      rotatedIssuer.rotate();
      // the gateway fetched at start less than 30 s ago, so an unknown kid waits for the next allowed refresh
      const early = await call(`${fresh}/api/echo/public`, { token: rotatedIssuer.token() });

      expect(early.status).toBe(401);
      expect(rotatedIssuer.jwksRequests).toBe(fetchesBefore);
    } finally {
      await rotatedIssuer.close();
    }
  });

  it('gives sign-in routes a stricter per-address limit, answering 429 with Retry-After', async () => {
    const strict = await gateway({ RATE_LIMIT_AUTH_PER_MINUTE: '2' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await call(`${strict}/api/echo/login`, { method: 'POST' })).status);
    const refused = await call(`${strict}/api/echo/login`, { method: 'POST' });
    const elsewhere = await call(`${strict}/api/echo/public`);

    expect(statuses).toEqual([200, 200, 429]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(50);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', limit: 'auth' });
    expect(refused.body.retryAfterSeconds).toBe(Number(refused.headers.get('retry-after')));
    expect(elsewhere.status).toBe(200);
    const metrics = await (await fetch(`${strict}/metrics`)).text();
    expect(metrics).toMatch(/gateway_rejections_total\{[^}]*reason="auth"[^}]*\} 2/);
  });

  it('serves only public routes, anonymously, when AUTH_URL is not set', async () => {
    const noAuth = await gateway({ AUTH_URL: '' });

    expect((await call(`${noAuth}/api/echo/public`)).status).toBe(200);
    expect((await call(`${noAuth}/api/echo/public`, { token: issuer.token() })).status).toBe(401);
    expect((await call(`${noAuth}/api/echo/shopper`, { token: issuer.token() })).status).toBe(401);
    const ready = await call(`${noAuth}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ catalog: 'up', search: 'up' });
  });

  it('reports Redis in readiness, and counts in its own memory while Redis is down', async () => {
    const down = await gateway({
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      RATE_LIMIT_IP_PER_MINUTE: '1',
    });
    const up = await gateway({
      REDIS_URL: infraEnv().redisUrl,
      RATE_LIMIT_KEY_PREFIX: `test:${randomUUID()}:`,
    });

    const downReady = await call(`${down}/readyz`);
    expect(downReady.status).toBe(503);
    expect(downReady.body.checks).toMatchObject({ redis: 'down', catalog: 'up', auth: 'up' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call(`${down}/api/echo/public`)).status);
    expect(statuses).toEqual([200, 429, 429]);
    const upReady = await call(`${up}/readyz`);
    expect(upReady.status).toBe(200);
    expect(upReady.body.checks).toMatchObject({ redis: 'up' });
  });
});
