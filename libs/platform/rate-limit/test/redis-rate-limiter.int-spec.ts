import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { infraEnv } from '@getit/testing';
import { RateLimiter } from '../src/rate-limiter';
import { describeRateLimiterContract } from './rate-limiter.contract';

const prefix = `test:rl:${randomUUID().slice(0, 8)}:`;
const open = async () => {
  const limiter = RateLimiter.redis({ url: infraEnv().redisUrl, keyPrefix: prefix });
  await limiter.connected();
  return limiter;
};

describeRateLimiterContract('redis', open);

describe('RateLimiter.redis', () => {
  const redis = new Redis(infraEnv().redisUrl);
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('keeps its counters in Redis as <prefix><rule>:<key>, expiring with the window', async () => {
    const limiter = await open();
    const rule = { name: 'ip', limit: 5, windowMs: 60_000 };
    await limiter.hit(rule, '203.0.113.9');
    await limiter.hit(rule, '203.0.113.9');

    expect(await redis.get(`${prefix}ip:203.0.113.9`)).toBe('2');
    expect(await redis.pttl(`${prefix}ip:203.0.113.9`)).toBeGreaterThan(55_000);
    await limiter.close();
  });

  it('shares one count between replicas, and reports healthy', async () => {
    const replicas = await Promise.all([open(), open()]);
    const rule = { name: 'account', limit: 4, windowMs: 60_000 };
    const key = randomUUID();
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(await replicas[i % 2]!.hit(rule, key));

    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, false, false]);
    expect(await replicas[1]!.healthy()).toBe(true);
    await Promise.all(replicas.map((r) => r.close()));
  });

  it('gives a counter that lost its expiry a new one', async () => {
    const limiter = await open();
    await redis.set(`${prefix}stuck:k`, '10');

    const refused = await limiter.hit({ name: 'stuck', limit: 5, windowMs: 60_000 }, 'k');
    expect(refused.allowed).toBe(false);
    expect(await redis.pttl(`${prefix}stuck:k`)).toBeGreaterThan(55_000);
    await limiter.close();
  });

  it('while Redis is unreachable, counts in this process at once and reports unhealthy', async () => {
    const errors: Error[] = [];
    const limiter = RateLimiter.redis({
      url: 'redis://127.0.0.1:1',
      keyPrefix: prefix,
      onError: (e) => errors.push(e),
    });
    const rule = { name: 'outage', limit: 2, windowMs: 60_000 };
    const started = Date.now();

    const results = [];
    for (let i = 0; i < 3; i += 1) results.push((await limiter.hit(rule, 'k')).allowed);
    expect(results).toEqual([true, true, false]);
    await expect(limiter.healthy()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(limiter.connected(200)).rejects.toThrow(/did not answer/);
    expect(errors.length).toBeGreaterThan(0);
    await limiter.close();
  });
});
