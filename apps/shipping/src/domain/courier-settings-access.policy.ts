import { ForbiddenException, UnauthenticatedException } from '@getit/errors';

/** Vendor roles that may see the courier queue and book: everyone who packs. */
export const COURIER_BOOKER_ROLES = ['vendor:owner', 'vendor:manager', 'vendor:staff'] as const;
/** Vendor roles that may change the stored courier choice and pickup points. */
export const COURIER_SETTINGS_EDITOR_ROLES = ['vendor:owner', 'vendor:manager'] as const;

export interface VendorActor {
  actor?: { id: string; roles: string[] };
  vendorId?: string;
}

/**
 * The service's own check behind the gateway's: a vendor's courier choices and bookings are its own staff's
 * business only (admins neither book for a vendor nor change its courier), and only within its own vendor.
 */
export function requireVendorStaff(
  ctx: VendorActor,
  vendorId: string,
  roles: readonly string[] = COURIER_BOOKER_ROLES,
): { id: string; roles: string[] } {
  if (!ctx.actor) throw new UnauthenticatedException('Sign in as the vendor to manage its couriers.');
  if (ctx.vendorId !== vendorId)
    throw new ForbiddenException('These couriers and packages belong to another vendor.');
  if (!ctx.actor.roles.some((role) => roles.includes(role)))
    throw new ForbiddenException(`This needs one of the roles ${roles.join(', ')}.`);
  return ctx.actor;
}
