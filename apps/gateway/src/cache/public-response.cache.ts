/**
 * A small shared cache of public upstream answers at the gateway (issue 12 §4, ADR 0016). The catalog answers its
 * public reads with `Cache-Control: public, max-age=30` and an ETag, so any shared cache may keep them; without one
 * every anonymous page view crossed the gateway and the catalog, and the gateway's hop cost as much as the catalog's
 * own cached answer.
 *
 * Kept: `200` answers to anonymous GETs (no token, no cookie), marked `public` (not `private`, `no-store` or
 * `no-cache`), with an ETag and a max-age, without `Set-Cookie`, varying on nothing or on request headers the key
 * includes, of at most `maxBodyBytes`. Held `min(max-age, ttlMs)`; after that the next reader revalidates with
 * `If-None-Match` (a `304` renews the entry without a body). A write the gateway forwards to an upstream drops that
 * upstream's entries at once, so a vendor or admin who changed something and then reads anonymously sees it.
 *
 * A route may hold its answers shorter than `ttlMs` (`maxFreshMs`: search's freshness budget, ADR 0017). A stale
 * entry is revalidated by one request at a time: for REVALIDATION_GRACE_MS past its freshness readers are answered
 * from it while the gateway asks in the background; after that they wait for the answer. Before, a popular answer
 * sent a burst of identical requests upstream each time it went stale, and once the upstream slowed under them
 * every reader joined the burst.
 */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
  /** Fresh until then (ms since the epoch); afterwards revalidated. */
  freshUntil: number;
  upstream: string;
  /** The route's own bound on freshness, when shorter than the cache's `ttlMs`. */
  maxFreshMs?: number;
  /** Settles when the reader revalidating this entry is done; unset when nobody is. */
  revalidation?: Promise<void>;
}

/** How long past its freshness an entry still answers while the gateway revalidates it. */
export const REVALIDATION_GRACE_MS = 200;

export interface PublicResponseCacheOptions {
  /** The longest the gateway serves an answer without asking the upstream; 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  maxBodyBytes: number;
  now?: () => number;
}

/** Response headers the cache keeps and replays (the rest are per-response or hop-by-hop). */
const KEPT_HEADERS = [
  'content-type',
  'content-language',
  'content-encoding',
  'cache-control',
  'etag',
  'last-modified',
  'vary',
];

/** Request headers an answer may vary on and still be cached (each becomes part of the key). */
const KEYABLE_VARY = new Set(['accept', 'accept-encoding', 'accept-language', 'origin']);

type HeaderValue = string | string[] | undefined;

export class PublicResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly now: () => number;

  constructor(private readonly options: PublicResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0 && this.options.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether a request may be answered from (and its answer stored in) the cache at all. */
  cacheableRequest(method: string, headers: Record<string, HeaderValue>, authenticated: boolean): boolean {
    return (
      this.enabled &&
      method === 'GET' &&
      !authenticated &&
      headers['authorization'] === undefined &&
      headers['cookie'] === undefined &&
      !/no-cache|no-store/i.test(String(headers['cache-control'] ?? '')) &&
      headers['pragma'] === undefined
    );
  }

  /** Whether an entry may still be served without asking the upstream. */
  isFresh(entry: CachedResponse): boolean {
    return entry.freshUntil > this.now();
  }

  /** Whether a stale entry may still answer while it is revalidated. */
  inGrace(entry: CachedResponse): boolean {
    return this.now() < entry.freshUntil + REVALIDATION_GRACE_MS;
  }

  /** Marks `entry` as being revalidated until `done` settles, however it ends (see `revalidation`). */
  revalidating(entry: CachedResponse, done: Promise<unknown>): void {
    const settled = done.then(
      () => undefined,
      () => undefined,
    );
    entry.revalidation = settled;
    void settled.then(() => {
      if (entry.revalidation === settled) entry.revalidation = undefined;
    });
  }

  /** The entry for this URL and these request headers, fresh or stale (see `isFresh`). */
  lookup(url: string, headers: Record<string, HeaderValue>): CachedResponse | undefined {
    const base = this.entries.get(url);
    if (!base) return undefined;
    const vary = base.headers['vary'];
    if (!vary) return base;
    return this.entries.get(keyOf(url, vary, headers));
  }

  /** Stores an upstream answer if it may be shared; returns whether it did. */
  store(
    upstream: string,
    url: string,
    requestHeaders: Record<string, HeaderValue>,
    status: number,
    responseHeaders: Record<string, HeaderValue>,
    body: Buffer,
    maxFreshMs?: number,
  ): boolean {
    const freshFor = this.freshFor(status, responseHeaders, body.length, maxFreshMs);
    if (freshFor === undefined) return false;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = responseHeaders[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const entry: CachedResponse = {
      status,
      headers,
      body,
      etag: headers['etag']!,
      freshUntil: this.now() + freshFor,
      upstream,
      ...(maxFreshMs !== undefined ? { maxFreshMs } : {}),
    };
    const vary = headers['vary'];
    // the bare URL holds a marker with the Vary list, so lookups know which request headers make the key
    if (vary) this.put(url, { ...entry, body: Buffer.alloc(0) });
    this.put(vary ? keyOf(url, vary, requestHeaders) : url, entry);
    return true;
  }

  /** The upstream confirmed the entry (`304`): fresh again for another period. */
  renew(entry: CachedResponse, responseHeaders: Record<string, HeaderValue>): void {
    const maxAge = maxAgeMs(String(responseHeaders['cache-control'] ?? entry.headers['cache-control'] ?? ''));
    entry.freshUntil = this.now() + Math.min(maxAge ?? 0, this.options.ttlMs, entry.maxFreshMs ?? Infinity);
  }

  /** Drops every entry of one upstream (a write went to it), or all. */
  purge(upstream?: string): void {
    if (upstream === undefined) {
      this.entries.clear();
      return;
    }
    for (const [key, entry] of this.entries) if (entry.upstream === upstream) this.entries.delete(key);
  }

  /** How long an answer may be served without asking again, or undefined when it may not be shared. */
  private freshFor(
    status: number,
    headers: Record<string, HeaderValue>,
    bytes: number,
    maxFreshMs = Infinity,
  ): number | undefined {
    if (status !== 200 || bytes > this.options.maxBodyBytes) return undefined;
    const cacheControl = headers['cache-control'];
    const etag = headers['etag'];
    if (typeof cacheControl !== 'string' || typeof etag !== 'string') return undefined;
    if (headers['set-cookie'] !== undefined) return undefined;
    const directives = cacheControl.toLowerCase();
    if (!/(^|[\s,])public([\s,]|$)/.test(directives) || /private|no-store|no-cache/.test(directives))
      return undefined;
    const vary = headers['vary'];
    if (vary !== undefined) {
      if (typeof vary !== 'string') return undefined;
      const names = vary.split(',').map((v) => v.trim().toLowerCase());
      if (names.some((name) => !KEYABLE_VARY.has(name))) return undefined;
    }
    const maxAge = maxAgeMs(directives);
    if (!maxAge || maxFreshMs <= 0) return undefined;
    return Math.min(maxAge, this.options.ttlMs, maxFreshMs);
  }

  private put(key: string, entry: CachedResponse): void {
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) {
      // insertion order: the oldest stored (or renewed by a store) goes first
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
  }
}

/** `s-maxage` if given (it is meant for shared caches), else `max-age`, in ms. */
function maxAgeMs(cacheControl: string): number | undefined {
  const shared = /s-maxage\s*=\s*(\d+)/i.exec(cacheControl);
  const own = /(?:^|[\s,])max-age\s*=\s*(\d+)/i.exec(cacheControl);
  const seconds = shared?.[1] ?? own?.[1];
  return seconds === undefined ? undefined : Number(seconds) * 1_000;
}

function keyOf(url: string, vary: string, headers: Record<string, HeaderValue>): string {
  let key = url;
  for (const name of vary.split(',')) {
    const header = name.trim().toLowerCase();
    const value = headers[header];
    key += `\n${header}:${Array.isArray(value) ? value.join(',') : (value ?? '')}`;
  }
  return key;
}

/** Whether `ifNoneMatch` names `etag` (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: HeaderValue, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  const tags = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch).split(',');
  return tags.some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}
