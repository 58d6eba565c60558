import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { assertAdmin, mayReadVendor, requireCaller } from './access-policy';
import { Caller } from './caller';

const VENDOR = 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22';
const caller = (overrides: Partial<Caller>): Caller => ({ userId: 'u', roles: [], mfa: false, ...overrides });

describe('access policy', () => {
  it('needs a caller', () => {
    expect(() => requireCaller(undefined)).toThrow(UnauthenticatedException);
  });

  it('lets an admin with the right role act only with MFA', () => {
    const ops = caller({ roles: ['admin:operations'], mfa: true });
    expect(assertAdmin(ops, ['admin:operations'])).toBe(ops);
    expect(() => assertAdmin({ ...ops, mfa: false }, ['admin:operations'])).toThrow(/second factor/);
    expect(() => assertAdmin(caller({ roles: ['admin:finance'], mfa: true }), ['admin:operations'])).toThrow(
      ForbiddenException,
    );
    expect(() => assertAdmin(caller({ roles: ['vendor:owner'], mfa: true }), ['admin:operations'])).toThrow(
      ForbiddenException,
    );
  });

  it('lets a vendor read only its own vendor, and MFA admins read any', () => {
    expect(mayReadVendor(caller({ roles: ['vendor:staff'], vendorId: VENDOR }), VENDOR)).toBe(true);
    expect(mayReadVendor(caller({ roles: ['vendor:owner'], vendorId: 'other' }), VENDOR)).toBe(false);
    expect(mayReadVendor(caller({ roles: ['shopper'], vendorId: VENDOR }), VENDOR)).toBe(false);
    expect(mayReadVendor(caller({ roles: ['admin:support'], mfa: true }), VENDOR)).toBe(true);
    expect(mayReadVendor(caller({ roles: ['admin:support'], mfa: false }), VENDOR)).toBe(false);
  });
});
