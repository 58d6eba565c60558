import { createTestDatabase, ServiceProcess, TestDatabase, TestTokenIssuer } from '@getit/testing';
import {
  adminLoginBody,
  authBuilt,
  DEMO_ACCOUNTS,
  healthyStub,
  startGateway,
  startRealAuth,
} from './real-auth.fixture';

jest.setTimeout(120_000);

const { tangail: TANGAIL, dhakaGadgetsVendorId: DHAKA_GADGETS_ID, shopper: SHOPPER } = DEMO_ACCOUNTS;

/** Logging in through the real auth service, whose tokens the gateway verifies against auth's own JWKS. */
(authBuilt ? describe : describe.skip)('gateway in front of the real auth service', () => {
  let database: TestDatabase;
  let auth: ServiceProcess;
  let gateway: ServiceProcess;
  let stub: Awaited<ReturnType<typeof healthyStub>>;

  beforeAll(async () => {
    database = await createTestDatabase('e2e_gw_auth');
    stub = await healthyStub();
    auth = await startRealAuth(database.url);
    gateway = await startGateway(
      { catalog: stub.url, search: stub.url, auth: auth.url },
      { RATE_LIMIT_IP_PER_MINUTE: '0', RATE_LIMIT_AUTH_PER_MINUTE: '0' },
    );
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
    const admin = await login(adminLoginBody());
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
