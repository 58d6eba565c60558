/** A fixed-window limit: at most `limit` hits per `windowMs` for one key. `windowMs` is whole seconds. */
export interface RateLimitRule {
  /** Names the counter family; keys of different rules never share a count. */
  readonly name: string;
  readonly limit: number;
  readonly windowMs: number;
}

/** The outcome of counting one hit against a rule. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Hits in the current window, this one included (refused hits count too). */
  count: number;
  /** Hits left in the current window after this one. */
  remaining: number;
  /** 0 when allowed; otherwise until the window ends, which is what Retry-After says. */
  retryAfterMs: number;
}
