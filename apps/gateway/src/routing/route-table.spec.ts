import { randomUUID } from 'node:crypto';
import { AccessTokenClaims, ROLES, Role } from '@getit/contracts';
import { decideAccess } from '../access/access-decision';
import { isAdminRole, isPublic } from '../access/route-access';
import { ROUTES, upstreamPath } from './route-table';

const name = (route: (typeof ROUTES)[number]) => `${route.method} ${route.path}`;

function holderOf(role: Role, amr: AccessTokenClaims['amr']): AccessTokenClaims {
  return {
    iss: 'getit-auth',
    aud: 'getit-api',
    sub: randomUUID(),
    sid: randomUUID(),
    roles: [role],
    vendorId: role.startsWith('vendor:') ? randomUUID() : undefined,
    amr,
    iat: 0,
    exp: 900,
  };
}

describe('gateway route table', () => {
  it('declares the access of every route: public, or a non-empty list of known roles', () => {
    for (const route of ROUTES) {
      const access = route.access as Record<string, unknown>;
      const declared = isPublic(route.access)
        ? Object.keys(access).length === 1
        : Array.isArray(access['roles']) &&
          route.access.roles.length > 0 &&
          route.access.roles.every((role) => (ROLES as readonly string[]).includes(role));
      expect({ route: name(route), declared }).toEqual({ route: name(route), declared: true });
    }
  });

  it('lets no admin role through any route without a second factor', () => {
    for (const route of ROUTES) {
      if (isPublic(route.access)) continue;
      expect({
        route: name(route),
        mfaOptedOut: route.access.mfa === false && route.access.roles.some(isAdminRole),
      }).toEqual({ route: name(route), mfaOptedOut: false });
      for (const role of route.access.roles.filter(isAdminRole)) {
        const params = { vendorId: randomUUID() };
        expect({
          route: name(route),
          role,
          without: decideAccess(route.access, holderOf(role, ['pwd']), params),
        }).toEqual({ route: name(route), role, without: { outcome: 'forbidden', reason: 'mfa' } });
        expect({
          route: name(route),
          role,
          with: decideAccess(route.access, holderOf(role, ['pwd', 'mfa']), params),
        }).toEqual({ route: name(route), role, with: { outcome: 'allow' } });
      }
    }
  });

  it('gives every vendor-scoped route a :vendorId path parameter', () => {
    for (const route of ROUTES.filter((r) => !isPublic(r.access) && r.access.vendorScoped))
      expect({ route: name(route), param: /\/:vendorId(\/|$)/.test(route.path) }).toEqual({
        route: name(route),
        param: true,
      });
  });

  it('keeps product creation to vendor staff', () => {
    const create = ROUTES.find((r) => r.method === 'POST' && r.path === '/api/vendors/:vendorId/products');
    expect(create?.access).toEqual({
      roles: ['vendor:owner', 'vendor:manager', 'vendor:staff'],
      vendorScoped: true,
    });
  });

  it('serves everything under /api and never the same method and path twice', () => {
    const keys = ROUTES.map(name);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ROUTES.every((r) => r.path.startsWith('/api/'))).toBe(true);
  });

  it("passes a caller's Authorization through only on the courier webhooks, which are public", () => {
    expect(ROUTES.filter((route) => route.passAuthorization).map(name)).toEqual([
      'POST /api/webhooks/couriers/steadfast',
    ]);
    for (const route of ROUTES.filter((r) => r.passAuthorization))
      expect({ route: name(route), public: isPublic(route.access) }).toEqual({
        route: name(route),
        public: true,
      });
  });

  it('strips the /api prefix for the upstream, keeping the query string', () => {
    expect(upstreamPath('/api/products/abc?x=1')).toBe('/products/abc?x=1');
    expect(upstreamPath('/api/search?q=%E0%A6%B6')).toBe('/search?q=%E0%A6%B6');
  });
});
