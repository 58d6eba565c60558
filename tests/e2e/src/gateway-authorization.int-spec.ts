import { randomUUID } from 'node:crypto';
import { TestTokenIssuer } from '@getit/testing';
import { demoProduct, getJson, MarketplaceFixture } from './marketplace.fixture';

jest.setTimeout(120_000);

/**
 * Who gets through which route, asked of the gateway as a real process with catalog and search behind it and a
 * stand-in token issuer. The routes come from the gateway's own OpenAPI document, so a new route joins the
 * matrix without anyone editing this file.
 */
interface Operation {
  'x-public'?: true;
  'x-roles'?: string[];
  'x-mfa-roles'?: string[];
  'x-vendor-scoped'?: boolean;
}

interface Persona {
  name: string;
  roles: string[];
  vendorId?: string;
  mfa?: boolean;
}

const vendorA = randomUUID();
const vendorB = randomUUID();
const ADMIN_ROLES = ['admin:super-admin', 'admin:operations', 'admin:finance', 'admin:support'];

const PERSONAS: Persona[] = [
  { name: 'anonymous', roles: [] },
  { name: 'shopper', roles: ['shopper'] },
  { name: 'vendor A staff', roles: ['vendor:staff'], vendorId: vendorA },
  { name: 'vendor B staff', roles: ['vendor:staff'], vendorId: vendorB },
  { name: 'admin without MFA', roles: ADMIN_ROLES },
  { name: 'admin with MFA', roles: ADMIN_ROLES, mfa: true },
];

/** The rule as the document states it, written independently of the gateway's implementation. */
function mayCall(operation: Operation, persona: Persona, pathVendorId: string | undefined): boolean {
  if (operation['x-public']) return true;
  return persona.roles.some(
    (role) =>
      (operation['x-roles'] ?? []).includes(role) &&
      (persona.mfa === true || !(operation['x-mfa-roles'] ?? []).includes(role)) &&
      (!operation['x-vendor-scoped'] || role.startsWith('admin:') || persona.vendorId === pathVendorId),
  );
}

describe('gateway authorization, as a real process in front of catalog and search', () => {
  // Rate limits off: this file is about who, not how often.
  const market = new MarketplaceFixture({
    gatewayEnv: {
      RATE_LIMIT_IP_PER_MINUTE: '0',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '0',
      RATE_LIMIT_AUTH_PER_MINUTE: '0',
    },
  });
  beforeAll(() => market.start());
  afterAll(() => market.stop());

  const tokenOf = (persona: Persona) =>
    persona.roles.length === 0
      ? undefined
      : market.issuer.token({
          roles: persona.roles,
          vendorId: persona.vendorId,
          amr: persona.mfa ? ['pwd', 'mfa'] : ['pwd'],
        });

  async function send(method: string, path: string, persona: Persona) {
    const token = tokenOf(persona);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers['authorization'] = `Bearer ${token}`;
    // The vendor is the one in the path; a body that does not fit the route gets a 4xx past the gateway.
    const body = ['GET', 'DELETE'].includes(method) ? undefined : JSON.stringify(demoProduct());
    const response = await fetch(`${market.gateway.url}${path}`, { method, headers, body });
    await response.arrayBuffer();
    return response.status;
  }

  async function operations(): Promise<{ method: string; template: string; operation: Operation }[]> {
    const docs = await getJson(`${market.gateway.url}/api/docs`);
    return Object.entries(docs.body.paths as Record<string, Record<string, Operation>>).flatMap(
      ([template, byMethod]) =>
        Object.entries(byMethod).map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          operation,
        })),
    );
  }

  const concrete = (template: string, vendorId: string) =>
    template.replace(/\{([A-Za-z]+)\}/g, (_, name: string) =>
      name === 'vendorId' ? vendorId : randomUUID(),
    );

  it('lets exactly the personas the route table allows through every route', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(0);
    const actual: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    const wrongRefusal: string[] = [];
    for (const { method, template, operation } of ops) {
      const key = `${method} ${template}`;
      actual[key] = [];
      expected[key] = [];
      for (const persona of PERSONAS) {
        const status = await send(method, concrete(template, vendorA), persona);
        const allowed = status !== 401 && status !== 403;
        if (allowed) actual[key].push(persona.name);
        if (mayCall(operation, persona, vendorA)) expected[key].push(persona.name);
        // refused anonymously: 401; refused with a valid token: 403
        else if (status !== (persona.roles.length === 0 ? 401 : 403))
          wrongRefusal.push(`${key} ${persona.name}: ${status}`);
      }
    }

    expect(actual).toEqual(expected);
    expect(wrongRefusal).toEqual([]);
    // the document is derived from the route table; pin the routes that exist today as well
    expect(actual['POST /api/vendors/{vendorId}/products']).toEqual(['vendor A staff']);
    expect(actual['GET /api/products']).toEqual(PERSONAS.map((p) => p.name));
    expect(actual['GET /api/search']).toEqual(PERSONAS.map((p) => p.name));
  });

  it("never lets vendor A's staff into vendor B's vendor-scoped routes, nor B into A's", async () => {
    const scoped = (await operations()).filter(({ operation }) => operation['x-vendor-scoped']);
    const [staffA, staffB] = [PERSONAS[2]!, PERSONAS[3]!];
    for (const { method, template } of scoped) {
      expect({
        route: `${method} ${template}`,
        status: await send(method, concrete(template, vendorB), staffA),
      }).toEqual({ route: `${method} ${template}`, status: 403 });
      expect({
        route: `${method} ${template}`,
        status: await send(method, concrete(template, vendorA), staffB),
      }).toEqual({ route: `${method} ${template}`, status: 403 });
    }
  });

  it('creates a product for a vendor token, for the vendor in the path', async () => {
    const response = await fetch(`${market.gateway.url}/api/vendors/${vendorA}/products`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...market.vendorHeaders(vendorA) },
      body: JSON.stringify(demoProduct({ title: { en: 'Sylhet Tea Gift Box' } })),
    });

    expect(response.status).toBe(201);
    expect(((await response.json()) as { vendorId: string }).vendorId).toBe(vendorA);
  });

  describe('tokens the gateway must refuse before any service sees the request', () => {
    const iat = Math.floor(Date.now() / 1_000);
    const forgeries: [string, () => string][] = [
      [
        'a tampered payload (shopper promoted to vendor)',
        () => {
          const token = market.issuer.token({ roles: ['shopper'] });
          return TestTokenIssuer.withPayload(token, {
            ...TestTokenIssuer.payloadOf(token),
            roles: ['vendor:owner'],
            vendorId: vendorA,
          });
        },
      ],
      [
        'an expired token',
        () =>
          market.issuer.token({
            roles: ['vendor:staff'],
            vendorId: vendorA,
            iat: iat - 3_600,
            exp: iat - 2_700,
          }),
      ],
      [
        'a token signed with an unpublished key',
        () => market.issuer.tokenFromUnpublishedKey({ roles: ['vendor:staff'], vendorId: vendorA }),
      ],
      ['alg: none', () => market.issuer.unsignedToken({ roles: ['vendor:staff'], vendorId: vendorA })],
      [
        'HS256 keyed with the public key',
        () => market.issuer.hs256TokenKeyedWithPublicKey({ roles: ['vendor:staff'], vendorId: vendorA }),
      ],
      [
        'a token for another audience',
        () => market.issuer.token({ roles: ['vendor:staff'], vendorId: vendorA, aud: 'getit-admin' }),
      ],
    ];

    it.each(forgeries)('refuses %s with 401, on protected and public routes', async (_name, forge) => {
      const token = forge();
      for (const [method, path] of [
        ['POST', `/api/vendors/${vendorA}/products`],
        ['GET', '/api/products'],
      ] as const) {
        const response = await fetch(`${market.gateway.url}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'x-request-id': 'forged-req-0001',
          },
          body: method === 'POST' ? JSON.stringify(demoProduct()) : undefined,
        });
        const problem = (await response.json()) as Record<string, unknown>;

        expect({ path, status: response.status }).toEqual({ path, status: 401 });
        expect(response.headers.get('www-authenticate')).toMatch(
          /^Bearer realm="getit", error="invalid_token"/,
        );
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.headers.get('x-request-id')).toBe('forged-req-0001');
        expect(problem).toMatchObject({
          status: 401,
          code: 'UNAUTHENTICATED',
          correlationId: 'forged-req-0001',
        });
      }
    });
  });
});
