import { RateLimitedException } from '@getit/errors';
import { RateLimiter } from '@getit/rate-limit';
import { RateLimitPolicy, RateLimits } from './rate-limit.policy';

const limits: RateLimits = { ipPerMinute: 3, accountPerMinute: 2, authPerMinute: 1 };

async function refusal(attempt: () => Promise<void>): Promise<RateLimitedException> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof RateLimitedException) return error;
    throw error;
  }
  throw new Error('expected a 429');
}

describe('RateLimitPolicy', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());
  const policy = (overrides: Partial<RateLimits> = {}, limiter?: RateLimiter) =>
    new RateLimitPolicy(limiter ?? RateLimiter.memory(), { ...limits, ...overrides });

  it('refuses an address over its per-minute limit with the seconds until its window ends', async () => {
    const p = policy();
    for (let i = 0; i < 3; i += 1) await p.admitClient('203.0.113.9', 'default');
    jest.setSystemTime(15_200);

    const error = await refusal(() => p.admitClient('203.0.113.9', 'default'));
    expect(error.retryAfterSeconds).toBe(45);
    expect(error.extensions).toMatchObject({ limit: 'ip', retryAfterSeconds: 45 });
    await expect(p.admitClient('198.51.100.1', 'default')).resolves.toBeUndefined();
  });

  it('gives auth routes a stricter bucket on top of the address limit', async () => {
    const p = policy();
    await p.admitClient('203.0.113.9', 'auth');

    expect((await refusal(() => p.admitClient('203.0.113.9', 'auth'))).extensions).toMatchObject({
      limit: 'auth',
    });
    await expect(p.admitClient('203.0.113.9', 'default')).resolves.toBeUndefined();
  });

  it('opens a new window a minute later', async () => {
    const p = policy();
    await p.admitClient('203.0.113.9', 'auth');
    await refusal(() => p.admitClient('203.0.113.9', 'auth'));
    jest.setSystemTime(60_001);

    await expect(p.admitClient('203.0.113.9', 'auth')).resolves.toBeUndefined();
  });

  it('limits an account wherever it calls from', async () => {
    const p = policy();
    await p.admitAccount('user-1');
    await p.admitAccount('user-1');

    expect((await refusal(() => p.admitAccount('user-1'))).extensions).toMatchObject({ limit: 'account' });
    await expect(p.admitAccount('user-2')).resolves.toBeUndefined();
  });

  it('treats a limit of 0 as off', async () => {
    const p = policy({ ipPerMinute: 0, accountPerMinute: 0 });
    for (let i = 0; i < 100; i += 1) {
      await p.admitClient('203.0.113.9', 'default');
      await p.admitAccount('user-1');
    }
  });

  it('lets requests through, and reports, when the counters cannot be reached', async () => {
    const errors: unknown[] = [];
    const broken = RateLimiter.memory();
    jest.spyOn(broken, 'hit').mockRejectedValue(new Error('Stream is not writeable'));
    const p = new RateLimitPolicy(broken, limits, (error) => errors.push(error));

    await expect(p.admitClient('203.0.113.9', 'auth')).resolves.toBeUndefined();
    await expect(p.admitAccount('user-1')).resolves.toBeUndefined();
    expect(errors).toHaveLength(3);
  });
});
