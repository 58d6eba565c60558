import { Redis } from 'ioredis';
import { RateLimitRule } from '../../domain/rate-limit-rules';
import { RateLimitDecision, RateLimiter } from './rate-limiter';

/** INCR and start the window's expiry on the first hit, atomically; returns the count and the time left. */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;

type WithHit = Redis & { rateLimitHit(key: string, windowMs: number): Promise<[number, number]> };

/** Counters shared by every replica. Keys expire with their window, so Redis holds only live ones. */
export class RedisRateLimiter implements RateLimiter {
  readonly kind = 'redis';
  private readonly redis: WithHit;

  constructor(
    url: string,
    private readonly prefix = 'auth:rl:',
  ) {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true });
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    this.redis = redis as WithHit;
  }

  async connect(): Promise<void> {
    await this.redis.connect();
  }

  async hit(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
    const [count, ttl] = await this.redis.rateLimitHit(this.key(rule, key), rule.windowMs);
    return { allowed: count <= rule.limit, count, retryAfterMs: ttl };
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.redis.del(this.key(rule, key));
  }

  async healthy(): Promise<boolean> {
    return (await this.redis.ping()) === 'PONG';
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private key(rule: RateLimitRule, key: string): string {
    return `${this.prefix}${rule.name}:${key}`;
  }
}
