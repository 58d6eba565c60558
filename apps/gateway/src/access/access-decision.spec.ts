import { randomUUID } from 'node:crypto';
import { AccessTokenClaims, Role } from '@getit/contracts';
import { decideAccess } from './access-decision';
import { RouteAccess, rolesNeedingMfa } from './route-access';

const vendorA = randomUUID();
const vendorB = randomUUID();

function claims(roles: Role[], extra: Partial<AccessTokenClaims> = {}): AccessTokenClaims {
  return {
    iss: 'getit-auth',
    aud: 'getit-api',
    sub: randomUUID(),
    sid: randomUUID(),
    roles,
    amr: ['pwd'],
    iat: 0,
    exp: 900,
    ...extra,
  };
}

const anonymous = undefined;
const shopper = claims(['shopper']);
const staffA = claims(['vendor:staff'], { vendorId: vendorA });
const ownerB = claims(['vendor:owner'], { vendorId: vendorB });
const ownerAWithMfa = claims(['vendor:owner'], { vendorId: vendorA, amr: ['pwd', 'mfa'] });
const opsNoMfa = claims(['admin:operations']);
const opsMfa = claims(['admin:operations'], { amr: ['pwd', 'mfa'] });

const publicRoute: RouteAccess = { public: true };
const vendorRoute: RouteAccess = { roles: ['vendor:owner', 'vendor:manager', 'vendor:staff'] };
const adminRoute: RouteAccess = { roles: ['admin:operations', 'admin:super-admin'] };
const vendorScoped: RouteAccess = {
  roles: ['vendor:owner', 'vendor:staff', 'admin:operations'],
  vendorScoped: true,
};
const payoutSettings: RouteAccess = { roles: ['vendor:owner'], vendorScoped: true, mfa: true };

const outcome = (access: RouteAccess, who: AccessTokenClaims | undefined, params = {}) =>
  decideAccess(access, who, params);

describe('decideAccess', () => {
  it('lets anyone through a public route, signed in or not', () => {
    for (const who of [anonymous, shopper, staffA, opsNoMfa])
      expect(outcome(publicRoute, who)).toEqual({ outcome: 'allow' });
  });

  it('asks an anonymous caller of a protected route to authenticate (401)', () => {
    expect(outcome(vendorRoute, anonymous)).toEqual({ outcome: 'unauthenticated' });
    expect(outcome(vendorScoped, anonymous, { vendorId: vendorA })).toEqual({ outcome: 'unauthenticated' });
  });

  it('forbids a signed-in caller without any of the route roles (403 role)', () => {
    expect(outcome(vendorRoute, shopper)).toEqual({ outcome: 'forbidden', reason: 'role' });
    expect(outcome(vendorRoute, opsMfa)).toEqual({ outcome: 'forbidden', reason: 'role' });
    expect(outcome(adminRoute, staffA)).toEqual({ outcome: 'forbidden', reason: 'role' });
  });

  it('lets any listed role through a role route', () => {
    expect(outcome(vendorRoute, staffA)).toEqual({ outcome: 'allow' });
    expect(outcome(vendorRoute, ownerB)).toEqual({ outcome: 'allow' });
  });

  it('requires a second factor for admin roles by default (403 mfa), and lets it through with one', () => {
    expect(rolesNeedingMfa(adminRoute)).toEqual(['admin:operations', 'admin:super-admin']);
    expect(outcome(adminRoute, opsNoMfa)).toEqual({ outcome: 'forbidden', reason: 'mfa' });
    expect(outcome(adminRoute, opsMfa)).toEqual({ outcome: 'allow' });
  });

  it('keeps a vendor to its own vendor on a vendor-scoped route (403 vendor)', () => {
    expect(outcome(vendorScoped, staffA, { vendorId: vendorA })).toEqual({ outcome: 'allow' });
    expect(outcome(vendorScoped, staffA, { vendorId: vendorB })).toEqual({
      outcome: 'forbidden',
      reason: 'vendor',
    });
    expect(outcome(vendorScoped, ownerB, { vendorId: vendorA })).toEqual({
      outcome: 'forbidden',
      reason: 'vendor',
    });
  });

  it('forbids a vendor-scoped route whose path lacks the vendor, and a vendor token without a vendor', () => {
    expect(outcome(vendorScoped, staffA, {})).toEqual({ outcome: 'forbidden', reason: 'vendor' });
    expect(outcome(vendorScoped, claims(['vendor:staff']), { vendorId: vendorA })).toEqual({
      outcome: 'forbidden',
      reason: 'vendor',
    });
  });

  it('lets a listed admin role act on any vendor, but only with a second factor', () => {
    expect(outcome(vendorScoped, opsMfa, { vendorId: vendorB })).toEqual({ outcome: 'allow' });
    expect(outcome(vendorScoped, opsNoMfa, { vendorId: vendorB })).toEqual({
      outcome: 'forbidden',
      reason: 'mfa',
    });
  });

  it('does not demand a second factor from vendor roles on a mixed route unless the route says mfa', () => {
    expect(rolesNeedingMfa(vendorScoped)).toEqual(['admin:operations']);
    expect(outcome(vendorScoped, staffA, { vendorId: vendorA })).toEqual({ outcome: 'allow' });
    expect(rolesNeedingMfa(payoutSettings)).toEqual(['vendor:owner']);
    expect(
      outcome(payoutSettings, claims(['vendor:owner'], { vendorId: vendorA }), { vendorId: vendorA }),
    ).toEqual({ outcome: 'forbidden', reason: 'mfa' });
    expect(outcome(payoutSettings, ownerAWithMfa, { vendorId: vendorA })).toEqual({ outcome: 'allow' });
    expect(outcome(payoutSettings, ownerAWithMfa, { vendorId: vendorB })).toEqual({
      outcome: 'forbidden',
      reason: 'vendor',
    });
  });

  it('lets a caller in when any one of their roles satisfies the route on its own', () => {
    const ownerAndSupport = claims(['vendor:owner', 'admin:operations'], { vendorId: vendorA });

    expect(outcome(vendorScoped, ownerAndSupport, { vendorId: vendorA })).toEqual({ outcome: 'allow' });
    // vendor B's data: only the admin role could reach it, and it lacks the second factor
    expect(outcome(vendorScoped, ownerAndSupport, { vendorId: vendorB })).toEqual({
      outcome: 'forbidden',
      reason: 'mfa',
    });
  });
});
