import { Redis } from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { RateLimitDecision, RateLimitRule } from './rate-limit-rule';

export interface RedisRateLimiterOptions {
  url: string;
  /** Put before every key, e.g. `gateway:rl:`; keys are `<prefix><rule name>:<key>`. */
  keyPrefix: string;
  /** Connection errors, as ioredis reports them while it reconnects. */
  onError?: (error: Error) => void;
}

type Kind = 'memory' | 'redis';

/**
 * Fixed-window counters on rate-limiter-flexible, one store for every service that limits anything. A rule's
 * window opens with its first hit and lasts `windowMs`; every hit in it counts, refused ones included, and a
 * refused hit never extends the window.
 *
 * - `memory()`: counters in this process (the embedded mode, one replica).
 * - `redis()`: counters in Redis, shared by every replica (one atomic Lua call per hit). While Redis cannot be
 *   reached each hit is counted at once in this process instead (rate-limiter-flexible's insurance limiter), so
 *   an outage neither waits on Redis nor switches the limits off; `healthy()` reports it for /readyz.
 */
export class RateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  private constructor(
    readonly kind: Kind,
    private readonly redis?: Redis,
    private readonly keyPrefix = '',
  ) {}

  static memory(): RateLimiter {
    return new RateLimiter('memory');
  }

  /**
   * A client that fails fast instead of queueing: commands error at once while Redis is away (the hit then goes
   * to the in-process counters) and ioredis keeps reconnecting in the background.
   */
  static redis(options: RedisRateLimiterOptions): RateLimiter {
    const redis = new Redis(options.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 1_000,
      commandTimeout: 500,
    });
    redis.on('error', options.onError ?? (() => undefined));
    redis.connect().catch(() => undefined); // reported through 'error'; reconnects on its own
    return new RateLimiter('redis', redis, options.keyPrefix);
  }

  /** Resolves once Redis answers (a service that must not start without its shared counters awaits this). */
  async connected(timeoutMs = 5_000): Promise<void> {
    if (!this.redis) return;
    const deadline = Date.now() + timeoutMs;
    while (this.redis.status !== 'ready') {
      if (Date.now() > deadline) throw new Error(`Redis did not answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Counts one hit of `key` under `rule`. Rejects only on a fault of the store itself. */
  async hit(rule: RateLimitRule, key: string): Promise<RateLimitDecision> {
    try {
      return decision(await this.limiterFor(rule).consume(key, 1), rule, true);
    } catch (error) {
      if (error instanceof RateLimiterRes) return decision(error, rule, false);
      throw error;
    }
  }

  /** Forgets `key`'s hits under `rule` (a successful sign-in clears its failures). */
  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.limiterFor(rule).delete(key);
  }

  async healthy(): Promise<boolean> {
    return !this.redis || (await this.redis.ping()) === 'PONG';
  }

  async close(): Promise<void> {
    this.limiters.clear();
    if (!this.redis) return;
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis!.disconnect());
    else this.redis.disconnect();
  }

  private limiterFor(rule: RateLimitRule): RateLimiterAbstract {
    const id = `${rule.name}|${rule.limit}|${rule.windowMs}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = this.create(rule);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private create(rule: RateLimitRule): RateLimiterAbstract {
    if (!Number.isInteger(rule.limit) || rule.limit < 1)
      throw new RangeError(`rate limit "${rule.name}": the limit must be a whole number ≥ 1`);
    // Redis keys expire in whole seconds (rate-limiter-flexible's Lua script), so windows are whole seconds.
    if (!Number.isInteger(rule.windowMs / 1_000) || rule.windowMs < 1_000)
      throw new RangeError(`rate limit "${rule.name}": the window must be whole seconds`);
    const options = {
      points: rule.limit,
      duration: rule.windowMs / 1_000,
      keyPrefix: this.keyPrefix + rule.name,
    };
    const memory = new RateLimiterMemory(options);
    if (!this.redis) return memory;
    return new RateLimiterRedis({
      ...options,
      storeClient: this.redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }
}

function decision(result: RateLimiterRes, rule: RateLimitRule, allowed: boolean): RateLimitDecision {
  return {
    allowed,
    count: result.consumedPoints,
    remaining: Math.max(0, rule.limit - result.consumedPoints),
    retryAfterMs: allowed ? 0 : Math.max(0, result.msBeforeNext),
  };
}
