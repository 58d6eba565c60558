import { useQuery } from '@tanstack/react-query';
import { unwrap, useSession } from '@getit/ui/react';
import { capabilitiesOf } from './capabilities';

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
