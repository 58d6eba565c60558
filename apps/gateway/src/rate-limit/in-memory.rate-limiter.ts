import { RateLimiter, RateLimitResult, resultOf } from './rate-limiter';

interface Window {
  count: number;
  endsAt: number;
}

/**
 * Counters in this process's memory, for a single gateway (the embedded mode, a laptop). Every key has the same
 * window length and a renewed window is re-inserted, so the map is ordered by window end and expired keys are
 * dropped from its front in amortised constant time. `maxKeys` bounds memory under a flood of addresses.
 */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  async hit(key: string, limit: number): Promise<RateLimitResult> {
    const now = this.now();
    this.dropExpired(now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
      window = { count: 0, endsAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return resultOf(window.count, limit, window.endsAt - now);
  }

  get size(): number {
    return this.windows.size;
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  private dropExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.endsAt > now) return;
      this.windows.delete(key);
    }
  }
}
