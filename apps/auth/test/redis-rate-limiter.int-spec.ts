import { randomUUID } from 'node:crypto';
import { infraEnv } from '@getit/testing';
import { RedisRateLimiter } from '../src/infrastructure/rate-limit/redis.rate-limiter';
import { describeRateLimiterContract } from './rate-limiter.contract';

describeRateLimiterContract('redis', async () => {
  const limiter = new RedisRateLimiter(infraEnv().redisUrl, `test:${randomUUID().slice(0, 8)}:`);
  await limiter.connect();
  return limiter;
});

describe('RedisRateLimiter', () => {
  it('shares counters between instances (replicas) and reports health', async () => {
    const prefix = `test:${randomUUID().slice(0, 8)}:`;
    const one = new RedisRateLimiter(infraEnv().redisUrl, prefix);
    const two = new RedisRateLimiter(infraEnv().redisUrl, prefix);
    await Promise.all([one.connect(), two.connect()]);
    try {
      const rule = { name: 'shared', limit: 2, windowMs: 60_000 };
      await one.hit(rule, 'k');
      await two.hit(rule, 'k');
      expect(await one.hit(rule, 'k')).toMatchObject({ allowed: false, count: 3 });
      expect(await two.healthy()).toBe(true);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
