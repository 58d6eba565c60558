import { Role } from '@getit/contracts';

export type MemberRole = 'owner' | 'manager' | 'staff';
export const ADMIN_ROLES = [
  'admin:super-admin',
  'admin:operations',
  'admin:finance',
  'admin:support',
] as const satisfies readonly Role[];
export const VENDOR_ROLES = [
  'vendor:owner',
  'vendor:manager',
  'vendor:staff',
] as const satisfies readonly Role[];
/** Admins who decide on vendors. */
export const VENDOR_DECIDERS: readonly Role[] = ['admin:super-admin', 'admin:operations'];

export const isAdminRole = (role: string): boolean => role.startsWith('admin:');
export const isVendorRole = (role: string): boolean => role.startsWith('vendor:');

/**
 * The roles a token carries: roles granted directly (shopper, admin:*) plus the vendor role of the person's
 * membership, if any. Sorted, so tokens for the same person compare equal.
 */
export function tokenRoles(direct: readonly string[], membership?: { role: MemberRole }): Role[] {
  const roles = new Set(direct as Role[]);
  if (membership) roles.add(`vendor:${membership.role}`);
  return [...roles].sort();
}

/** Admins must have TOTP; vendor staff may; shoppers use it only if they turned it on. */
export function totpRequired(roles: readonly string[]): boolean {
  return roles.some(isAdminRole);
}

/** Owners add managers and staff; managers add staff; staff add nobody. */
export function canAddMember(adder: MemberRole, role: MemberRole): boolean {
  if (role === 'owner') return false;
  if (adder === 'owner') return true;
  return adder === 'manager' && role === 'staff';
}

/** Why a member may not be removed, or null when they may: owners remove others, never the last owner. */
export function memberRemovalRefusal(
  remover: { userId: string; role: MemberRole },
  target: { userId: string; role: MemberRole },
  ownerCount: number,
): 'not-owner' | 'self' | 'last-owner' | null {
  if (remover.role !== 'owner') return 'not-owner';
  if (remover.userId === target.userId) return 'self';
  if (target.role === 'owner' && ownerCount <= 1) return 'last-owner';
  return null;
}
