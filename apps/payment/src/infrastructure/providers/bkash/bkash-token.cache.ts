import { ProviderHttpClient, field } from '../provider-http.client';
import { BkashSettings } from './bkash.settings';

/** Refresh some ten minutes before bKash's hour is up (bKash advises refreshing around minute 50). */
const REFRESH_BEFORE_EXPIRY_MS = 10 * 60_000;
const DEFAULT_LIFETIME_S = 3600;

/** bKash refused the merchant's credentials or the token (HTTP 401), or answered a token call with an error. */
export class BkashAuthError extends Error {}

interface Token {
  idToken: string;
  refreshToken: string;
  refreshAt: number;
}

/**
 * The id_token every bKash call carries: granted once, kept until ~50 minutes, then refreshed with the refresh
 * token (granting anew when that fails). bKash allows only a couple of grants an hour, so concurrent callers share
 * one request in flight.
 */
export class BkashTokenCache {
  private token?: Token;
  private inFlight?: Promise<Token>;

  constructor(
    private readonly settings: BkashSettings,
    private readonly http: ProviderHttpClient,
    private readonly now: () => number = Date.now,
  ) {}

  async idToken(): Promise<string> {
    const current = this.token;
    if (current && this.now() < current.refreshAt) return current.idToken;
    this.inFlight ??= this.renew(current).finally(() => (this.inFlight = undefined));
    return (await this.inFlight).idToken;
  }

  /** Forgets the token bKash just refused, so the next call grants a new one. */
  invalidate(idToken: string): void {
    if (this.token?.idToken === idToken) this.token = undefined;
  }

  private async renew(previous: Token | undefined): Promise<Token> {
    if (previous) {
      const refreshed = await this.request('token/refresh', { refresh_token: previous.refreshToken }).catch(
        (error: unknown) => {
          if (error instanceof BkashAuthError) return undefined;
          throw error;
        },
      );
      if (refreshed) return (this.token = refreshed);
    }
    return (this.token = await this.request('token/grant', {}));
  }

  private async request(path: string, extra: Record<string, string>): Promise<Token> {
    const answer = await this.http.call('POST', `${this.settings.baseUrl}/tokenized/checkout/${path}`, {
      headers: { username: this.settings.username, password: this.settings.password },
      json: { app_key: this.settings.appKey, app_secret: this.settings.appSecret, ...extra },
    });
    const idToken = field(answer.json, 'id_token');
    if (answer.status === 200 && idToken) {
      const lifetimeS = Number(field(answer.json, 'expires_in')) || DEFAULT_LIFETIME_S;
      return {
        idToken,
        refreshToken: field(answer.json, 'refresh_token') || this.token?.refreshToken || '',
        refreshAt: this.now() + lifetimeS * 1000 - REFRESH_BEFORE_EXPIRY_MS,
      };
    }
    if (answer.status >= 500) throw new BkashUnavailableError(`bKash ${path} answered HTTP ${answer.status}`);
    const code = field(answer.json, 'statusCode') || field(answer.json, 'errorCode');
    const message = field(answer.json, 'statusMessage') || field(answer.json, 'message') || answer.text;
    throw new BkashAuthError(
      `bKash refused ${path} (HTTP ${answer.status}${code ? ` ${code}` : ''}: ${message})`,
    );
  }
}

/** bKash answered a token call with a server error. */
export class BkashUnavailableError extends Error {}
