import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { COURIER_SETTINGS_EDITOR_ROLES, requireVendorStaff } from './courier-settings-access.policy';

const VENDOR = '3f9c1e7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c';

describe('requireVendorStaff', () => {
  it('lets the vendor’s own staff book', () => {
    const actor = { id: 'u1', roles: ['vendor:staff'] };
    expect(requireVendorStaff({ actor, vendorId: VENDOR }, VENDOR)).toBe(actor);
  });

  it('refuses another vendor’s staff, admins and strangers', () => {
    expect(() =>
      requireVendorStaff({ actor: { id: 'u', roles: ['vendor:owner'] }, vendorId: 'other' }, VENDOR),
    ).toThrow(ForbiddenException);
    expect(() => requireVendorStaff({ actor: { id: 'a', roles: ['admin:super-admin'] } }, VENDOR)).toThrow(
      ForbiddenException,
    );
    expect(() => requireVendorStaff({}, VENDOR)).toThrow(UnauthenticatedException);
  });

  it('keeps settings to owners and managers', () => {
    const staff = { actor: { id: 'u', roles: ['vendor:staff'] }, vendorId: VENDOR };
    expect(() => requireVendorStaff(staff, VENDOR, COURIER_SETTINGS_EDITOR_ROLES)).toThrow(
      /vendor:owner, vendor:manager/,
    );
    const manager = { actor: { id: 'm', roles: ['vendor:manager'] }, vendorId: VENDOR };
    expect(requireVendorStaff(manager, VENDOR, COURIER_SETTINGS_EDITOR_ROLES).id).toBe('m');
  });
});
