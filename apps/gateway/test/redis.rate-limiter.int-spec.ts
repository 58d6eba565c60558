import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { infraEnv } from '@getit/testing';
import { RedisRateLimiter } from '../src/rate-limit/redis.rate-limiter';
import { describeRateLimiterContract } from './rate-limiter.contract';

const prefix = `test:gateway:${randomUUID().slice(0, 8)}:`;

describeRateLimiterContract(
  'redis',
  async (windowMs) => new RedisRateLimiter(new Redis(infraEnv().redisUrl), windowMs, prefix),
);

describe('RedisRateLimiter', () => {
  const redis = new Redis(infraEnv().redisUrl);
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('keeps its counters in Redis under the prefix, expiring with the window', async () => {
    const limiter = new RedisRateLimiter(new Redis(infraEnv().redisUrl), 60_000, prefix);
    await limiter.hit('ip:203.0.113.9', 5);
    await limiter.hit('ip:203.0.113.9', 5);

    expect(await redis.get(`${prefix}ip:203.0.113.9`)).toBe('2');
    expect(await redis.pttl(`${prefix}ip:203.0.113.9`)).toBeGreaterThan(55_000);
    await limiter.close();
  });

  it('shares one count between gateway replicas', async () => {
    const replicas = [0, 1].map(() => new RedisRateLimiter(new Redis(infraEnv().redisUrl), 60_000, prefix));
    const key = `account:${randomUUID()}`;
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(await replicas[i % 2]!.hit(key, 4));

    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, false, false]);
    await Promise.all(replicas.map((r) => r.close()));
  });

  it('restores an expiry on a counter that lost it', async () => {
    const limiter = new RedisRateLimiter(new Redis(infraEnv().redisUrl), 60_000, prefix);
    await redis.set(`${prefix}ip:stuck`, '10');

    expect((await limiter.hit('ip:stuck', 5)).retryAfterMs).toBe(60_000);
    expect(await redis.pttl(`${prefix}ip:stuck`)).toBeGreaterThan(55_000);
    await limiter.close();
  });

  it('fails fast while Redis is unreachable, and reports not healthy', async () => {
    const errors: Error[] = [];
    const limiter = RedisRateLimiter.connect('redis://127.0.0.1:1', 60_000, prefix, (e) => errors.push(e));
    const started = Date.now();

    await expect(limiter.hit('ip:x', 5)).rejects.toThrow();
    await expect(limiter.healthy()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
    await limiter.close();
  });
});
