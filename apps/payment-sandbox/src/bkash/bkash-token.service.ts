import type { IncomingHttpHeaders } from 'node:http';
import { BoundedMap } from '../shared/bounded-map';
import { RequestBody } from '../shared/request-body';
import { RequestHeaders } from '../shared/request-headers';
import { SandboxClock } from '../shared/sandbox-clock';
import { BkashCredentials } from './bkash-credentials';
import { BkashError } from './bkash.error';
import { BkashIdGenerator } from './bkash-id.generator';

export const BKASH_TOKEN_LIFETIME_SECONDS = 3600;
const REFRESH_TOKEN_LIFETIME_MS = 28 * 24 * 3600 * 1000;
const MAX_TOKENS = 10_000;

export interface BkashTokenResponse {
  statusCode: '0000';
  statusMessage: 'Successful';
  id_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
}

/** Grant and refresh (username/password headers, app_key/app_secret body) and the id_token check on every other call. */
export class BkashTokenService {
  private readonly idTokens = new BoundedMap<string, number>(MAX_TOKENS);
  private readonly refreshTokens = new BoundedMap<string, number>(MAX_TOKENS);

  constructor(
    private readonly credentials: BkashCredentials,
    private readonly clock: SandboxClock,
  ) {}

  grant(headers: IncomingHttpHeaders, body: unknown): BkashTokenResponse {
    this.checkMerchant(headers, new RequestBody(body));
    const refreshToken = BkashIdGenerator.token();
    this.refreshTokens.set(refreshToken, this.clock.now() + REFRESH_TOKEN_LIFETIME_MS);
    return this.issue(refreshToken);
  }

  refresh(headers: IncomingHttpHeaders, body: unknown): BkashTokenResponse {
    const fields = new RequestBody(body);
    this.checkMerchant(headers, fields);
    const refreshToken = fields.text('refresh_token');
    if (!refreshToken) throw new BkashError('mandatoryFieldMissing');
    const expiresAt = this.refreshTokens.get(refreshToken);
    if (expiresAt === undefined || expiresAt <= this.clock.now()) throw new BkashError('unauthorized');
    return this.issue(refreshToken);
  }

  /** `Authorization: <id_token>` (raw, no `Bearer `) and `X-APP-Key: <app_key>`. */
  authorize(headers: IncomingHttpHeaders): void {
    const read = new RequestHeaders(headers);
    const token = read.get('authorization');
    const expiresAt = token === undefined ? undefined : this.idTokens.get(token);
    if (expiresAt === undefined || expiresAt <= this.clock.now()) throw new BkashError('unauthorized');
    if (read.get('x-app-key') !== this.credentials.appKey) throw new BkashError('invalidAppKey');
  }

  reset(): void {
    this.idTokens.clear();
    this.refreshTokens.clear();
  }

  private checkMerchant(headers: IncomingHttpHeaders, body: RequestBody): void {
    const read = new RequestHeaders(headers);
    const appKey = body.text('app_key');
    const appSecret = body.text('app_secret');
    if (!appKey || !appSecret) throw new BkashError('mandatoryFieldMissing');
    if (appKey !== this.credentials.appKey) throw new BkashError('invalidAppKey');
    const userOk = read.get('username') === this.credentials.username;
    const passwordOk = read.get('password') === this.credentials.password;
    if (!userOk || !passwordOk || appSecret !== this.credentials.appSecret)
      throw new BkashError('unauthorized');
  }

  private issue(refreshToken: string): BkashTokenResponse {
    const idToken = BkashIdGenerator.token();
    this.idTokens.set(idToken, this.clock.now() + BKASH_TOKEN_LIFETIME_SECONDS * 1000);
    return {
      statusCode: '0000',
      statusMessage: 'Successful',
      id_token: idToken,
      token_type: 'Bearer',
      expires_in: BKASH_TOKEN_LIFETIME_SECONDS,
      refresh_token: refreshToken,
    };
  }
}
