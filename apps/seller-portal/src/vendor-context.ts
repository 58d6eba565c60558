import { useQuery } from '@tanstack/react-query';
import { unwrap, useSession } from '@getit/ui/react';

/** What the signed-in person may do here. It follows the gateway's route table; the API decides again. */
export interface Capabilities {
  /** Owners add managers; owners and managers add staff (POST /vendors/:id/staff). */
  addManager: boolean;
  addStaff: boolean;
  /** Opening, editing and archiving warehouses (owners and managers). */
  manageWarehouses: boolean;
}

export function capabilitiesOf(roles: readonly string[]): Capabilities {
  const owner = roles.includes('vendor:owner');
  const manager = roles.includes('vendor:manager');
  return { addManager: owner, addStaff: owner || manager, manageWarehouses: owner || manager };
}

export function useVendorSession() {
  const { store, claims } = useSession();
  const roles = claims?.roles ?? [];
  const vendorRole = roles.find((role) => role.startsWith('vendor:'))?.slice('vendor:'.length);
  return {
    store,
    client: store.client,
    vendorId: claims?.vendorId,
    role: vendorRole as 'owner' | 'manager' | 'staff' | undefined,
    can: capabilitiesOf(roles),
    totp: claims?.amr.includes('mfa') ?? false,
  };
}

/** The vendor organisation of the signed-in person: status, KYC fields, members. */
export function useVendor() {
  const { client, vendorId } = useVendorSession();
  return useQuery({
    queryKey: ['vendor', vendorId],
    enabled: Boolean(vendorId),
    queryFn: async () =>
      unwrap(await client.GET('/api/vendors/{vendorId}', { params: { path: { vendorId: vendorId! } } })),
  });
}
