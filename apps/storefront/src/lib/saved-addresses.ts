import type { ApiResponse } from '@getit/api-client';
import { isSignedIn } from './auth-session';
import { gateway, load } from './gateway';

export type SavedAddress = ApiResponse<'/api/me/addresses', 'get'>['items'][number];

/** The signed-in shopper's saved addresses (default first); none for a guest or when auth does not answer. */
export async function savedAddresses(): Promise<SavedAddress[]> {
  if (!(await isSignedIn())) return [];
  const answer = await load((await gateway()).GET('/api/me/addresses'));
  return answer.ok ? answer.data.items : [];
}

/** One line a shopper recognises an address by: "Home: Rahima Akter, Dhanmondi, Dhaka". */
export function addressSummary(saved: SavedAddress): string {
  const { name, area, district } = saved.address;
  return `${name}, ${area}, ${district}`;
}
