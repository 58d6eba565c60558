import { taggedJson } from '@getit/service-kit';

/** A serialised public response and its entity tag. */
export interface CachedBody {
  body: string;
  etag: string;
}

interface Entry extends CachedBody {
  expiresAt: number;
}

/**
 * A short-lived, per-process cache of serialised public reads (product lists and pages, categories, shops). Public
 * responses already say `Cache-Control: public, max-age=30`, so any cache may hold them that long; this one holds
 * them for `ttlMs` and is emptied by every catalog write in this process, so a vendor sees its own change at once and
 * other replicas catch up within `ttlMs`. Concurrent misses for one key share a single database query.
 */
export class PublicReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<CachedBody>>();
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, produce: () => Promise<unknown>): Promise<CachedBody> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.now()) return hit;
    if (this.ttlMs <= 0) return serialise(await produce());
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const generation = this.generation;
    const promise = produce()
      .then((value) => {
        const cached = serialise(value);
        // a write that happened meanwhile may have changed the answer: serve it, but do not keep it
        if (generation === this.generation) this.store(key, cached);
        return cached;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  /** Called after every committed catalog write. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.pending.clear();
  }

  private store(key: string, cached: CachedBody): void {
    this.entries.delete(key);
    this.entries.set(key, { ...cached, expiresAt: this.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

export function serialise(value: unknown): CachedBody {
  return taggedJson(value);
}
