import { RateLimitRule } from '../../domain/rate-limit-rules';
import { RateLimitDecision, RateLimiter } from './rate-limiter';

interface Window {
  count: number;
  resetsAt: number;
}

/** Counters in a Map; expired windows are swept once the map grows, so memory stays bounded by live keys. */
export class InMemoryRateLimiter implements RateLimiter {
  readonly kind = 'in-memory';
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sweepAbove = 10_000,
  ) {}

  async hit(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
    const now = this.now();
    const id = `${rule.name}:${key}`;
    let window = this.windows.get(id);
    if (!window || window.resetsAt <= now) {
      if (this.windows.size >= this.sweepAbove) this.sweep(now);
      window = { count: 0, resetsAt: now + rule.windowMs };
      this.windows.set(id, window);
    }
    window.count += 1;
    return { allowed: window.count <= rule.limit, count: window.count, retryAfterMs: window.resetsAt - now };
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    this.windows.delete(`${rule.name}:${key}`);
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  private sweep(now: number): void {
    for (const [id, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(id);
  }
}
