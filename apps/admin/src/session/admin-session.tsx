import type { ApiClient } from '@getit/api-client';
import { SessionStore, useSession, type SessionClaims } from '@getit/ui/react';

/** The admin SPA's one session: refresh token in this tab's sessionStorage, access token in memory. */
export const adminSessionStore = new SessionStore('getit.admin.refresh');

export interface AdminSession {
  claims: SessionClaims | undefined;
  /** A second factor was proved: without it every admin route refuses the token. */
  mfa: boolean;
  roles: string[];
  store: SessionStore;
}

export function useAdminSession(): AdminSession {
  const { store, claims } = useSession();
  return { claims, mfa: claims?.amr.includes('mfa') ?? false, roles: claims?.roles ?? [], store };
}

export function useApi(): ApiClient {
  return useSession().store.client;
}
