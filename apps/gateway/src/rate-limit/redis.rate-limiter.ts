import Redis from 'ioredis';
import { RateLimiter, RateLimitResult, resultOf } from './rate-limiter';

/**
 * One round trip, atomic: count the request, start the window's expiry on its first request (or if the key somehow
 * has none), and report the count with the time left.
 */
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }`;

interface HitCommand {
  gatewayRateHit(key: string, windowMs: number): Promise<[number, number]>;
}

/** Counters in Redis, shared by every gateway replica. */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly windowMs: number,
    private readonly keyPrefix = '',
  ) {
    redis.defineCommand('gatewayRateHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  }

  /**
   * A client that fails fast instead of queueing: while Redis is away each call errors at once (the caller lets
   * the request through) and ioredis keeps reconnecting in the background.
   */
  static connect(
    url: string,
    windowMs: number,
    keyPrefix: string,
    onError: (error: Error) => void,
  ): RedisRateLimiter {
    const redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 1_000,
      commandTimeout: 500,
    });
    redis.on('error', onError);
    redis.connect().catch(() => undefined); // reported through 'error'; reconnects on its own
    return new RedisRateLimiter(redis, windowMs, keyPrefix);
  }

  async hit(key: string, limit: number): Promise<RateLimitResult> {
    const [count, ttl] = await (this.redis as unknown as HitCommand).gatewayRateHit(
      this.keyPrefix + key,
      this.windowMs,
    );
    return resultOf(Number(count), limit, Number(ttl));
  }

  async healthy(): Promise<boolean> {
    return (await this.redis.ping()) === 'PONG';
  }

  async close(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }
}
