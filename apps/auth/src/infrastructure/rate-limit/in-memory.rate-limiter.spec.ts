import { describeRateLimiterContract } from '../../../test/rate-limiter.contract';
import { InMemoryRateLimiter } from './in-memory.rate-limiter';

describeRateLimiterContract('in-memory', async () => new InMemoryRateLimiter());

describe('InMemoryRateLimiter', () => {
  it('sweeps expired windows once the map grows, so memory follows live keys', async () => {
    let now = 0;
    const limiter = new InMemoryRateLimiter(() => now, 3);
    const rule = { name: 'sweep', limit: 1, windowMs: 10 };
    for (const key of ['a', 'b', 'c']) await limiter.hit(rule, key);
    now = 20;
    await limiter.hit(rule, 'd');
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
  });
});
