/** The outcome of counting one request against a limit. */
export interface RateLimitResult {
  allowed: boolean;
  /** Requests left in the current window after this one. */
  remaining: number;
  /** Until the current window ends: when a refused caller may try again. */
  retryAfterMs: number;
}

/**
 * Fixed-window request counters: a key's window opens with its first request and lasts the limiter's window
 * length; every request in it counts, refused ones included. In memory for one process, in Redis for all gateway
 * replicas together; both pass one contract suite (apps/gateway/test/rate-limiter.contract.ts).
 */
export interface RateLimiter {
  hit(key: string, limit: number): Promise<RateLimitResult>;
  close(): Promise<void>;
}

export function resultOf(count: number, limit: number, msLeft: number): RateLimitResult {
  const allowed = count <= limit;
  return { allowed, remaining: Math.max(0, limit - count), retryAfterMs: allowed ? 0 : msLeft };
}
