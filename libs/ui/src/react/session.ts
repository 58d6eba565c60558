import { createApiClient, type ApiClient } from '@getit/api-client';

/** What a web app reads from its access token (never trusted for security: the gateway checks again). */
export interface SessionClaims {
  sub: string;
  roles: string[];
  vendorId?: string;
  amr: string[];
  exp: number;
}

export interface TokenPairLike {
  accessToken: string;
  refreshToken: string;
}

function decodeClaims(token: string): SessionClaims | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as SessionClaims;
  } catch {
    return undefined;
  }
}

const SIGN_IN_PATHS = /\/api\/auth\/(?:refresh|login|register|otp\/)/;

/**
 * A web app's session: the access token lives in memory only; the refresh token in this tab's sessionStorage, so a
 * reload stays signed in and closing the tab ends it. A 401 trades the refresh token once at /api/auth/refresh
 * (one trade at a time, as auth rotates refresh tokens and treats a reused one as theft) and retries the request.
 */
export class SessionStore {
  private accessToken: string | undefined;
  private refreshing: Promise<boolean> | undefined;
  private readonly listeners = new Set<() => void>();
  readonly client: ApiClient;

  constructor(
    private readonly storageKey: string,
    private readonly baseUrl: string = globalThis.location?.origin ?? '',
    private readonly storage:
      Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.sessionStorage,
  ) {
    this.client = createApiClient({ baseUrl, fetch: (input) => this.send(input as Request) });
  }

  get claims(): SessionClaims | undefined {
    return this.accessToken ? decodeClaims(this.accessToken) : undefined;
  }

  get token(): string | undefined {
    return this.accessToken;
  }

  get hasRefreshToken(): boolean {
    return Boolean(this.storage?.getItem(this.storageKey));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  signIn(tokens: TokenPairLike): void {
    this.accessToken = tokens.accessToken;
    this.storage?.setItem(this.storageKey, tokens.refreshToken);
    this.notify();
  }

  /** Ends the session here and, best effort, at auth. */
  async signOut(): Promise<void> {
    if (this.accessToken) await this.client.POST('/api/auth/logout').catch(() => undefined);
    this.accessToken = undefined;
    this.storage?.removeItem(this.storageKey);
    this.notify();
  }

  /** At start: a session from the stored refresh token, if it is still good. */
  async resume(): Promise<boolean> {
    if (this.accessToken) return true;
    if (!this.hasRefreshToken) return false;
    return this.refresh();
  }

  /** A new pair now, e.g. after applying to sell (the token's roles change). */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.trade().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async trade(): Promise<boolean> {
    const refreshToken = this.storage?.getItem(this.storageKey);
    if (!refreshToken) return false;
    const response = await fetch(`${this.baseUrl}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined);
    if (!response?.ok) {
      // a network failure keeps the refresh token for the next try; a refusal ends the session
      if (response) {
        this.accessToken = undefined;
        this.storage?.removeItem(this.storageKey);
        this.notify();
      }
      return false;
    }
    this.signIn((await response.json()) as TokenPairLike);
    return true;
  }

  private async send(request: Request): Promise<Response> {
    const retry = request.clone();
    const response = await fetch(this.authorised(request));
    // a refused sign-in is an answer, not an expired session
    if (response.status !== 401 || !this.hasRefreshToken || SIGN_IN_PATHS.test(request.url)) return response;
    if (!(await this.refresh())) return response;
    return fetch(this.authorised(retry));
  }

  private authorised(request: Request): Request {
    if (this.accessToken) request.headers.set('authorization', `Bearer ${this.accessToken}`);
    return request;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
