import { Role } from '@getit/contracts';
import { ForbiddenException, UnauthenticatedException } from '@getit/errors';

/** Who is calling, as the gateway vouched for it in the identity headers. */
export interface Caller {
  actor?: { id: string; roles: readonly string[] };
  vendorId?: string;
}

export type InventoryAction = 'read' | 'change-stock' | 'manage-warehouses';

const VENDOR_STAFF: readonly Role[] = ['vendor:owner', 'vendor:manager', 'vendor:staff'];

/**
 * Which vendor roles may do what. Staff count, receive and adjust stock; opening, editing or closing a pickup
 * address (where couriers go) is for owners and managers. The gateway route table mirrors this.
 */
export const ROLES_FOR: Readonly<Record<InventoryAction, readonly Role[]>> = {
  read: VENDOR_STAFF,
  'change-stock': VENDOR_STAFF,
  'manage-warehouses': ['vendor:owner', 'vendor:manager'],
};

/**
 * A vendor's inventory is its own: the caller must act for the vendor named in the path, with a role that allows
 * the action. The gateway checks the same; this is the service refusing to trust that it did. Returns the actor id
 * for the audit trail.
 */
export function assertVendorAccess(caller: Caller, vendorId: string, action: InventoryAction): string {
  if (!caller.actor)
    throw new UnauthenticatedException('Sign in as the vendor’s staff to manage its inventory.');
  if (caller.vendorId !== vendorId) {
    throw new ForbiddenException('You may only manage your own vendor’s inventory.', {
      extensions: { field: 'vendorId' },
    });
  }
  const allowed = ROLES_FOR[action];
  if (!caller.actor.roles.some((role) => (allowed as readonly string[]).includes(role))) {
    throw new ForbiddenException(`This needs one of the roles ${allowed.join(', ')}.`);
  }
  return caller.actor.id;
}
