import { describeRateLimiterContract } from '../test/rate-limiter.contract';
import { RateLimiter } from './rate-limiter';

describeRateLimiterContract('memory', async () => RateLimiter.memory());

describe('RateLimiter.memory', () => {
  it('is always healthy and says what it is', async () => {
    const limiter = RateLimiter.memory();
    expect(limiter.kind).toBe('memory');
    expect(await limiter.healthy()).toBe(true);
    await limiter.close();
  });
});
