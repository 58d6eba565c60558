import { canAddMember, tokenRoles, totpRequired } from './roles';

describe('roles', () => {
  it('joins direct roles with the vendor membership, sorted and without duplicates', () => {
    expect(tokenRoles(['shopper', 'shopper'], { role: 'owner' })).toEqual(['shopper', 'vendor:owner']);
    expect(tokenRoles(['admin:support', 'admin:operations'])).toEqual(['admin:operations', 'admin:support']);
  });

  it('requires TOTP for admins only', () => {
    expect(totpRequired(['admin:finance'])).toBe(true);
    expect(totpRequired(['shopper', 'vendor:owner'])).toBe(false);
  });

  it('lets owners add managers and staff, managers add staff, and nobody add an owner', () => {
    expect(canAddMember('owner', 'manager')).toBe(true);
    expect(canAddMember('owner', 'staff')).toBe(true);
    expect(canAddMember('manager', 'staff')).toBe(true);
    expect(canAddMember('manager', 'manager')).toBe(false);
    expect(canAddMember('staff', 'staff')).toBe(false);
    expect(canAddMember('owner', 'owner')).toBe(false);
  });
});
