import { ForbiddenException, UnauthenticatedException } from '@getit/errors';
import type { RequestContext } from '@getit/service-kit';

export const VENDOR_ROLES = ['vendor:owner', 'vendor:manager', 'vendor:staff'] as const;
export const SHOP_EDITOR_ROLES = ['vendor:owner', 'vendor:manager'] as const;
export const MODERATOR_ROLES = ['admin:super-admin', 'admin:operations'] as const;

export interface Actor {
  id: string;
  roles: string[];
}

/**
 * The catalog's own check behind the gateway's: identity comes from the headers only the gateway sets. A vendor
 * role acts on its own vendor only, whatever the path says.
 */
export function requireVendor(
  ctx: RequestContext,
  vendorId: string,
  roles: readonly string[] = VENDOR_ROLES,
): Actor {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedException('Sign in as a member of the vendor to manage its catalog.');
  if (!actor.roles.some((role) => roles.includes(role)))
    throw new ForbiddenException(`This needs one of the roles ${roles.join(', ')}.`);
  if (ctx.vendorId !== vendorId)
    throw new ForbiddenException("You may only manage your own vendor's products and shop.");
  return actor;
}

export function requireModerator(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor) throw new UnauthenticatedException('Sign in as an admin to moderate products.');
  if (!actor.roles.some((role) => (MODERATOR_ROLES as readonly string[]).includes(role)))
    throw new ForbiddenException(`Moderating products needs one of the roles ${MODERATOR_ROLES.join(', ')}.`);
  return actor;
}
