import { importJWK } from 'jose';
import { request } from 'undici';
import { z } from 'zod';

/** A public key as jose imported it from auth's JWKS, ready for `jwtVerify`. */
export type VerificationKey = Awaited<ReturnType<typeof importJWK>>;

/** Finds the public key a token names in its `kid` header. */
export interface KeyResolver {
  keyFor(kid: string): Promise<VerificationKey | undefined>;
}

export interface JwksKeyStoreOptions {
  /** e.g. `http://auth:3003/.well-known/jwks.json` */
  jwksUrl: string;
  /** How long a fetched key set counts as fresh. Default 10 minutes. */
  ttlMs?: number;
  /** Fetch attempts are at least this far apart, whatever kids tokens name. Default 30 s. */
  minRefreshIntervalMs?: number;
  timeoutMs?: number;
  now?: () => number;
  /** Seam for unit tests; by default an HTTP GET of `jwksUrl`. */
  fetchJwks?: (url: string) => Promise<unknown>;
  onRefreshError?: (error: unknown) => void;
}

const MAX_JWKS_BYTES = 64 * 1024;

const es256Jwk = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1),
  y: z.string().min(1),
  kid: z.string().min(1).max(128),
  alg: z.literal('ES256').optional(),
  use: z.literal('sig').optional(),
});

/**
 * The auth service's signing keys, fetched from its JWKS endpoint and cached. A fresh set is used as is; an
 * expired set is still used while a refresh runs in the background, and kept if auth does not answer. A kid the
 * set does not have triggers a refresh, but never more often than `minRefreshIntervalMs`, so a flood of tokens
 * with invented kids costs auth one request per interval. Only ES256 P-256 signing keys are imported (by jose,
 * which refuses a point that is not on the curve).
 *
 * Why not jose's createRemoteJWKSet: once its cache is older than its max age it makes the token wait for a
 * refresh, and fails it when auth does not answer; here an old set keeps serving while it refreshes in the
 * background. The cache policy is ours; key import and verification are jose's.
 */
export class JwksKeyStore implements KeyResolver {
  private keys = new Map<string, VerificationKey>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private refreshing?: Promise<void>;
  private readonly ttlMs: number;
  private readonly minRefreshIntervalMs: number;
  private readonly now: () => number;
  private readonly fetchJwks: (url: string) => Promise<unknown>;

  constructor(private readonly options: JwksKeyStoreOptions) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.minRefreshIntervalMs = options.minRefreshIntervalMs ?? 30_000;
    this.now = options.now ?? Date.now;
    this.fetchJwks = options.fetchJwks ?? ((url) => fetchJson(url, options.timeoutMs ?? 2_000));
  }

  async keyFor(kid: string): Promise<VerificationKey | undefined> {
    const known = this.keys.get(kid);
    if (known) {
      if (this.now() - this.fetchedAt >= this.ttlMs) void this.refreshIfAllowed();
      return known;
    }
    await this.refreshIfAllowed();
    return this.keys.get(kid);
  }

  /** Fetches the set once at start so that the first request does not wait for it. */
  warm(): Promise<void> {
    return this.refreshIfAllowed();
  }

  get size(): number {
    return this.keys.size;
  }

  private refreshIfAllowed(): Promise<void> {
    if (this.refreshing) return this.refreshing;
    // With no keys at all (auth started after us) every token fails, so try again sooner.
    const interval =
      this.keys.size === 0 ? Math.min(1_000, this.minRefreshIntervalMs) : this.minRefreshIntervalMs;
    if (this.now() - this.attemptedAt < interval) return Promise.resolve();
    this.attemptedAt = this.now();
    this.refreshing = this.refresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<void> {
    try {
      const body = z.object({ keys: z.array(z.unknown()) }).parse(await this.fetchJwks(this.options.jwksUrl));
      this.keys = await importKeys(body.keys);
      this.fetchedAt = this.now();
    } catch (error) {
      this.options.onRefreshError?.(error);
    }
  }
}

async function importKeys(entries: unknown[]): Promise<Map<string, VerificationKey>> {
  const keys = new Map<string, VerificationKey>();
  for (const entry of entries) {
    const parsed = es256Jwk.safeParse(entry);
    if (!parsed.success) continue;
    const { kty, crv, x, y, kid } = parsed.data;
    try {
      keys.set(kid, await importJWK({ kty, crv, x, y }, 'ES256'));
    } catch {
      // not a point on the curve: skip it, as a key we cannot use
    }
  }
  return keys;
}

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const { statusCode, body } = await request(url, {
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    headers: { accept: 'application/json' },
  });
  if (statusCode !== 200) {
    await body.dump();
    throw new Error(`JWKS endpoint answered ${statusCode}`);
  }
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > MAX_JWKS_BYTES) {
      body.destroy();
      throw new Error(`JWKS document is larger than ${MAX_JWKS_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}
