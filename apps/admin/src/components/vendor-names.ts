import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@getit/ui/react';
import { useApi } from '../session/admin-session';

/** Approved and suspended shops by id, for screens that show a vendor id (the first 100 of each; ids otherwise). */
export function useVendorNames() {
  const api = useApi();
  const vendors = useQuery({
    queryKey: ['vendors', 'names'],
    staleTime: 60_000,
    queryFn: async () => {
      const pages = await Promise.all(
        (['approved', 'suspended'] as const).map(async (status) =>
          unwrap(await api.GET('/api/admin/vendors', { params: { query: { status, limit: 100 } } })),
        ),
      );
      return pages.flatMap((page) => page.items);
    },
  });
  const list = vendors.data ?? [];
  return {
    list,
    name: (vendorId: string) => list.find((v) => v.id === vendorId)?.shopName ?? vendorId.slice(0, 8),
  };
}
