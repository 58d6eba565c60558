import { createHash } from 'node:crypto';
import { RateLimitedException } from '@getit/errors';
import { RateLimitRule } from '../domain/rate-limit-rules';
import { RateLimiter } from '../infrastructure/rate-limit/rate-limiter';

export interface ThrottleCheck {
  rule: RateLimitRule;
  /** A phone, email, IP or user id; hashed before it reaches the limiter, so Redis holds no personal data. */
  key: string | undefined;
}

/** Applies RATE_LIMITS: every check is counted, and any one over its limit answers 429 with Retry-After. */
export class Throttle {
  constructor(private readonly limiter: RateLimiter) {}

  async check(checks: ThrottleCheck[]): Promise<void> {
    const decisions = await Promise.all(
      checks
        .filter((check) => check.key !== undefined)
        .map((check) => this.limiter.hit(check.rule, hashed(check.key!))),
    );
    const refused = decisions.filter((decision) => !decision.allowed);
    if (refused.length > 0) {
      const retryAfterMs = Math.max(...refused.map((decision) => decision.retryAfterMs));
      throw new RateLimitedException(retryAfterMs / 1_000, 'Too many attempts; wait before trying again.');
    }
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.limiter.reset(rule, hashed(key));
  }
}

function hashed(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}
