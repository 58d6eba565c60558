/**
 * What a vendor member may do here, as the gateway's route table says (apps/gateway/src/routing/routes): the
 * screens hide what a role may not do, and the API refuses it anyway.
 */
export interface Capabilities {
  /** Owners add managers; owners and managers add staff (POST /vendors/:id/staff). */
  addManager: boolean;
  addStaff: boolean;
  /** Owners remove other members (DELETE /vendors/:id/staff/:userId). */
  removeMembers: boolean;
  /** Opening, editing and archiving warehouses (owners and managers). */
  manageWarehouses: boolean;
  /** The courier choice and pickup points (PUT /vendors/:id/courier-preference, …/pickup-points; owners and managers). */
  manageCouriers: boolean;
}

export function capabilitiesOf(roles: readonly string[]): Capabilities {
  const owner = roles.includes('vendor:owner');
  const manager = roles.includes('vendor:manager');
  return {
    addManager: owner,
    addStaff: owner || manager,
    removeMembers: owner,
    manageWarehouses: owner || manager,
    manageCouriers: owner || manager,
  };
}
