import { RateLimitedException } from '@getit/errors';
import { RateLimiter, RateLimitRule } from '@getit/rate-limit';

/** Requests per minute; 0 turns a limit off. */
export interface RateLimits {
  ipPerMinute: number;
  accountPerMinute: number;
  /** The stricter per-IP bucket of routes flagged `rateLimit: 'auth'` (sign-in, OTP), on top of `ipPerMinute`. */
  authPerMinute: number;
}

const WINDOW_MS = 60_000;

const DETAILS = {
  ip: 'Too many requests from your network; try again later.',
  auth: 'Too many sign-in attempts from your network; try again later.',
  account: 'Too many requests for this account; try again later.',
} as const;

export type ClientBucket = 'default' | 'auth';
type Bucket = keyof typeof DETAILS;

/**
 * Which counters a request draws on and what happens when one is spent: 429 with Retry-After. If the counters
 * cannot be reached the request goes through: a Redis outage must not take the marketplace down with it.
 *
 * The per-address limits are deliberately high (docs/adr/0014-rate-limits-behind-carrier-nat.md): Bangladesh's
 * mobile operators put very many subscribers behind one public address, so an address is not a person. Accounts
 * are protected per identifier by the auth service, which sees the phone or email being tried.
 */
export class RateLimitPolicy {
  private readonly rules: Record<Bucket, RateLimitRule | undefined>;

  constructor(
    private readonly limiter: RateLimiter,
    limits: RateLimits,
    private readonly onLimiterError: (error: unknown) => void = () => undefined,
  ) {
    const rule = (name: Bucket, limit: number) =>
      limit === 0 ? undefined : { name, limit, windowMs: WINDOW_MS };
    this.rules = {
      ip: rule('ip', limits.ipPerMinute),
      auth: rule('auth', limits.authPerMinute),
      account: rule('account', limits.accountPerMinute),
    };
  }

  /** Before anything else, keyed by the client's address (see `rateLimitSubject`). */
  async admitClient(subject: string, bucket: ClientBucket): Promise<void> {
    await this.admit('ip', subject);
    if (bucket === 'auth') await this.admit('auth', subject);
  }

  /** After the token verified, keyed by its subject, wherever the account calls from. */
  admitAccount(accountId: string): Promise<void> {
    return this.admit('account', accountId);
  }

  private async admit(bucket: Bucket, subject: string): Promise<void> {
    const rule = this.rules[bucket];
    if (!rule) return;
    let result;
    try {
      result = await this.limiter.hit(rule, subject);
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
