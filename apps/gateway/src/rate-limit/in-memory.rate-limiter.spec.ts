import { describeRateLimiterContract } from '../../test/rate-limiter.contract';
import { InMemoryRateLimiter } from './in-memory.rate-limiter';

describeRateLimiterContract('in-memory', async (windowMs) => new InMemoryRateLimiter(windowMs));

describe('InMemoryRateLimiter', () => {
  it('forgets windows that have ended, so memory follows the active callers only', async () => {
    let now = 0;
    const limiter = new InMemoryRateLimiter(60_000, () => now);
    for (let i = 0; i < 1_000; i += 1) await limiter.hit(`ip:${i}`, 10);
    now = 30_000;
    await limiter.hit('ip:late', 10);
    expect(limiter.size).toBe(1_001);

    now = 60_000;
    await limiter.hit('ip:late', 10);
    expect(limiter.size).toBe(1);
  });

  it('never holds more than maxKeys windows, dropping the oldest first', async () => {
    const limiter = new InMemoryRateLimiter(60_000, () => 0, 3);
    for (const key of ['a', 'b', 'c', 'd']) await limiter.hit(key, 1);

    expect(limiter.size).toBe(3);
    expect((await limiter.hit('a', 1)).allowed).toBe(true); // 'a' was dropped, so it starts again
    expect((await limiter.hit('d', 1)).allowed).toBe(false);
  });
});
