import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import { Actor } from '../shared/actor';

/** Who is calling, as the gateway vouched for it in the identity headers (absent for a guest). */
export interface Caller {
  actor?: { id: string; roles: readonly string[] };
  vendorId?: string;
}

const VENDOR_ROLES = ['vendor:owner', 'vendor:manager', 'vendor:staff'];
/** Admins who may record what a courier reports (deliver, return) until couriers report themselves (issue 6). */
const COURIER_PROXIES = ['admin:super-admin', 'admin:operations'];

export function isAdmin(caller: Caller): boolean {
  return caller.actor?.roles.some((role) => role.startsWith('admin:')) ?? false;
}

/** The signed-in person's id, or null for a guest (the system actor is nobody's shopper). */
export function shopperIdOf(caller: Caller): string | null {
  const id = caller.actor?.id;
  return id && id !== 'system' ? id : null;
}

export function requireShopper(caller: Caller, doing: string): string {
  const id = shopperIdOf(caller);
  if (!id) throw new UnauthenticatedException(`Sign in to ${doing}.`);
  return id;
}

export function requireAdmin(caller: Caller): string {
  if (!caller.actor) throw new UnauthenticatedException('Sign in as an admin.');
  if (!isAdmin(caller)) throw new ForbiddenException('This needs an admin role.');
  return caller.actor.id;
}

/**
 * A guest's cart or order is reachable by anyone holding its unguessable id; a signed-in shopper's only by that
 * shopper (admins see every order). Callers answer "not found" otherwise, so ids of others' carts leak nothing.
 */
export function mayAccessOwned(caller: Caller, ownerId: string | null, adminsToo = false): boolean {
  if (ownerId === null) return true;
  if (adminsToo && isAdmin(caller)) return true;
  return shopperIdOf(caller) === ownerId;
}

/**
 * Vendor staff act only for the vendor of their token; admins for any. Returns the package-machine actor the
 * caller acts as for `action`: vendor staff as their vendor, admins as admin (cancel) or, for deliver and
 * return, as the courier integration they stand in for.
 */
export function vendorPackageActor(caller: Caller, vendorId: string, action: string): Actor {
  if (!caller.actor) throw new UnauthenticatedException('Sign in as the vendor’s staff.');
  const roles = caller.actor.roles;
  if (roles.some((role) => VENDOR_ROLES.includes(role)) && caller.vendorId === vendorId)
    return { kind: 'vendor', vendorId };
  if (isAdmin(caller)) {
    if ((action === 'deliver' || action === 'return') && roles.some((role) => COURIER_PROXIES.includes(role)))
      return { kind: 'system' };
    return { kind: 'admin', adminId: caller.actor.id };
  }
  throw new ForbiddenException('You may act only for your own vendor.', { extensions: { reason: 'vendor' } });
}

/** Reading a vendor's package queue: its own staff, or an admin. */
export function assertVendorReader(caller: Caller, vendorId: string): void {
  if (!caller.actor) throw new UnauthenticatedException('Sign in as the vendor’s staff.');
  if (isAdmin(caller)) return;
  if (caller.actor.roles.some((role) => VENDOR_ROLES.includes(role)) && caller.vendorId === vendorId) return;
  throw new ForbiddenException('You may see only your own vendor’s packages.', {
    extensions: { reason: 'vendor' },
  });
}
