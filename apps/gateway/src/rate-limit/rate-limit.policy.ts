import { RateLimitedException } from '@getit/errors';
import { RateLimiter } from './rate-limiter';

/** Requests per minute; 0 turns a limit off. */
export interface RateLimits {
  ipPerMinute: number;
  accountPerMinute: number;
  /** The stricter per-IP bucket of routes flagged `rateLimit: 'auth'` (sign-in, OTP), on top of `ipPerMinute`. */
  authPerMinute: number;
}

const DETAILS = {
  ip: 'Too many requests from your network; try again later.',
  auth: 'Too many sign-in attempts from your network; try again later.',
  account: 'Too many requests for this account; try again later.',
} as const;

export type ClientBucket = 'default' | 'auth';

/**
 * Which counters a request draws on and what happens when one is spent: 429 with Retry-After. If the counters
 * cannot be reached the request goes through: a Redis outage must not take the marketplace down with it.
 */
export class RateLimitPolicy {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly limits: RateLimits,
    private readonly onLimiterError: (error: unknown) => void = () => undefined,
  ) {}

  /** Before anything else, keyed by the client's address (see `rateLimitSubject`). */
  async admitClient(subject: string, bucket: ClientBucket): Promise<void> {
    await this.admit('ip', subject, this.limits.ipPerMinute);
    if (bucket === 'auth') await this.admit('auth', subject, this.limits.authPerMinute);
  }

  /** After the token verified, keyed by its subject, wherever the account calls from. */
  admitAccount(accountId: string): Promise<void> {
    return this.admit('account', accountId, this.limits.accountPerMinute);
  }

  private async admit(bucket: 'ip' | 'auth' | 'account', subject: string, limit: number): Promise<void> {
    if (limit === 0) return;
    let result;
    try {
      result = await this.limiter.hit(`${bucket}:${subject}`, limit);
    } catch (error) {
      this.onLimiterError(error);
      return;
    }
    if (!result.allowed)
      throw new RateLimitedException(result.retryAfterMs / 1_000, DETAILS[bucket], {
        extensions: { limit: bucket },
      });
  }
}
