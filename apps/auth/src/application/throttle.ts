import { createHash } from 'node:crypto';
import { RateLimitedException } from '@getit/errors';
import { RateLimiter } from '@getit/rate-limit';
import { RateLimitRule } from '../domain/rate-limit-rules';

export interface ThrottleCheck {
  rule: RateLimitRule;
  /** A phone, email, IP or user id; hashed before it reaches the limiter, so Redis holds no personal data. */
  key: string | undefined;
}

/**
 * Applies RATE_LIMITS: every check is counted, and any one over its limit answers 429 with Retry-After.
 * `overrides` replaces a rule's limit by name (configured per-address limits); a limit of 0 turns the rule off.
 */
export class Throttle {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly overrides: ReadonlyMap<string, number> = new Map(),
  ) {}

  async check(checks: ThrottleCheck[]): Promise<void> {
    const decisions = await Promise.all(
      checks
        .map((check) => ({ rule: this.configured(check.rule), key: check.key }))
        .filter((check) => check.key !== undefined && check.rule.limit > 0)
        .map((check) => this.limiter.hit(check.rule, hashed(check.key!))),
    );
    const refused = decisions.filter((decision) => !decision.allowed);
    if (refused.length > 0) {
      const retryAfterMs = Math.max(...refused.map((decision) => decision.retryAfterMs));
      throw new RateLimitedException(retryAfterMs / 1_000, 'Too many attempts; wait before trying again.');
    }
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    const configured = this.configured(rule);
    if (configured.limit > 0) await this.limiter.reset(configured, hashed(key));
  }

  private configured(rule: RateLimitRule): RateLimitRule {
    const limit = this.overrides.get(rule.name);
    return limit === undefined ? rule : { ...rule, limit };
  }
}

function hashed(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}
