import { RateLimitRule } from '../../domain/rate-limit-rules';

export interface RateLimitDecision {
  allowed: boolean;
  /** Hits this window, this one included. */
  count: number;
  /** Until the window resets; what Retry-After says when not allowed. */
  retryAfterMs: number;
}

/**
 * Fixed-window counters. Redis when REDIS_URL is set (shared by every replica), in memory otherwise (one
 * process: the embedded mode). Both pass one contract suite (test/rate-limiter.contract.ts).
 */
export interface RateLimiter {
  readonly kind: 'redis' | 'in-memory';
  /** Counts a hit against `key` under `rule` and says whether it is within the limit. */
  hit(rule: RateLimitRule, key: string): Promise<RateLimitDecision>;
  /** Forgets `key`'s hits under `rule` (a successful login clears its failures). */
  reset(rule: RateLimitRule, key: string): Promise<void>;
  close(): Promise<void>;
}
