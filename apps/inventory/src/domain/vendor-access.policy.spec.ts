import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { assertVendorAccess } from './vendor-access.policy';

const VENDOR = 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22';
const OTHER = '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c';

describe('assertVendorAccess', () => {
  it('lets vendor staff of the same vendor change stock and returns the actor for the audit trail', () => {
    const caller = { actor: { id: 'u-1', roles: ['vendor:staff'] }, vendorId: VENDOR };
    expect(assertVendorAccess(caller, VENDOR, 'change-stock')).toBe('u-1');
  });

  it('refuses a caller acting for another vendor, naming the field', () => {
    const caller = { actor: { id: 'u-1', roles: ['vendor:owner'] }, vendorId: OTHER };
    expect(() => assertVendorAccess(caller, VENDOR, 'read')).toThrow(ForbiddenException);
    try {
      assertVendorAccess(caller, VENDOR, 'read');
    } catch (error) {
      expect((error as ForbiddenException).extensions).toEqual({ field: 'vendorId' });
    }
  });

  it('keeps warehouse management to owners and managers', () => {
    const staff = { actor: { id: 'u-2', roles: ['vendor:staff'] }, vendorId: VENDOR };
    expect(() => assertVendorAccess(staff, VENDOR, 'manage-warehouses')).toThrow(
      /vendor:owner, vendor:manager/,
    );
    const manager = { actor: { id: 'u-3', roles: ['vendor:manager'] }, vendorId: VENDOR };
    expect(assertVendorAccess(manager, VENDOR, 'manage-warehouses')).toBe('u-3');
  });

  it('refuses shoppers and anonymous callers', () => {
    const shopper = { actor: { id: 'u-4', roles: ['shopper'] }, vendorId: VENDOR };
    expect(() => assertVendorAccess(shopper, VENDOR, 'read')).toThrow(ForbiddenException);
    expect(() => assertVendorAccess({}, VENDOR, 'read')).toThrow(UnauthenticatedException);
  });
});
