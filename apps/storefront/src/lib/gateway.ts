import { cookies } from 'next/headers';
import { createApiClient, type ApiClient } from '@getit/api-client';

export const GATEWAY_URL = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:3000';
/** Where links in sitemaps and Open Graph tags point; the gateway origin serves the storefront in embedded mode. */
export const PUBLIC_URL = process.env['PUBLIC_URL'] ?? GATEWAY_URL;

export const COOKIES = {
  cart: 'getit_cart',
  access: 'getit_at',
  refresh: 'getit_rt',
  district: 'getit_district',
};

/** The typed gateway client for this request: the shopper's access token when signed in. */
export async function gateway(accessToken?: string): Promise<ApiClient> {
  const token = accessToken ?? (await cookies()).get(COOKIES.access)?.value;
  return createApiClient({
    baseUrl: GATEWAY_URL,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

/** A public client (no shopper token), for pages that are the same for everyone. */
export function publicGateway(): ApiClient {
  return createApiClient({ baseUrl: GATEWAY_URL });
}

export type Loaded<T> = { ok: true; data: T } | { ok: false; status: number };

/** One call's answer, or its status (0: the gateway could not be reached) for an error state the shopper understands. */
export async function load<T>(call: Promise<{ data?: T; response: Response }>): Promise<Loaded<T>> {
  try {
    const { data, response } = await call;
    return data !== undefined && response.ok ? { ok: true, data } : { ok: false, status: response.status };
  } catch {
    return { ok: false, status: 0 };
  }
}
