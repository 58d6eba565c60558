import { canAddMember, memberRemovalRefusal, tokenRoles, totpRequired } from './roles';

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

  it('lets owners remove others, but nobody themselves nor the last owner', () => {
    const owner = { userId: 'o1', role: 'owner' as const };
    expect(memberRemovalRefusal(owner, { userId: 's1', role: 'staff' }, 1)).toBeNull();
    expect(memberRemovalRefusal(owner, { userId: 'm1', role: 'manager' }, 1)).toBeNull();
    expect(memberRemovalRefusal(owner, owner, 1)).toBe('self');
    expect(memberRemovalRefusal(owner, { userId: 'o2', role: 'owner' }, 1)).toBe('last-owner');
    expect(memberRemovalRefusal(owner, { userId: 'o2', role: 'owner' }, 2)).toBeNull();
    expect(memberRemovalRefusal({ userId: 'm1', role: 'manager' }, { userId: 's1', role: 'staff' }, 1)).toBe(
      'not-owner',
    );
  });
});
