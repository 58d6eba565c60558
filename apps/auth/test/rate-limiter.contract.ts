import { randomUUID } from 'node:crypto';
import { RateLimitRule } from '../src/domain/rate-limit-rules';
import { RateLimiter } from '../src/infrastructure/rate-limit/rate-limiter';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What every RateLimiter promises; run against the in-memory one (unit) and Redis (integration). */
export function describeRateLimiterContract(name: string, open: () => Promise<RateLimiter>): void {
  describe(`RateLimiter contract: ${name}`, () => {
    let limiter: RateLimiter;
    const rule = (limit: number, windowMs = 60_000): RateLimitRule => ({
      name: `t-${randomUUID().slice(0, 8)}`,
      limit,
      windowMs,
    });
    beforeAll(async () => {
      limiter = await open();
    });
    afterAll(() => limiter.close());

    it('allows up to the limit, then refuses and says how long to wait', async () => {
      const r = rule(3);
      const decisions = [];
      for (let i = 0; i < 5; i++) decisions.push(await limiter.hit(r, 'k'));
      expect(decisions.map((d) => [d.allowed, d.count])).toEqual([
        [true, 1],
        [true, 2],
        [true, 3],
        [false, 4],
        [false, 5],
      ]);
      expect(decisions[4]!.retryAfterMs).toBeGreaterThan(55_000);
      expect(decisions[4]!.retryAfterMs).toBeLessThanOrEqual(60_000);
    });

    it('counts keys and rules separately', async () => {
      const a = rule(1);
      const b = rule(1);
      expect((await limiter.hit(a, 'k1')).allowed).toBe(true);
      expect((await limiter.hit(a, 'k2')).allowed).toBe(true);
      expect((await limiter.hit(b, 'k1')).allowed).toBe(true);
      expect((await limiter.hit(a, 'k1')).allowed).toBe(false);
    });

    it('starts a new window when the old one ends', async () => {
      const r = rule(1, 300);
      expect((await limiter.hit(r, 'k')).allowed).toBe(true);
      expect((await limiter.hit(r, 'k')).allowed).toBe(false);
      await sleep(400);
      expect(await limiter.hit(r, 'k')).toMatchObject({ allowed: true, count: 1 });
    });

    it('forgets a key on reset', async () => {
      const r = rule(1);
      await limiter.hit(r, 'k');
      expect((await limiter.hit(r, 'k')).allowed).toBe(false);
      await limiter.reset(r, 'k');
      expect((await limiter.hit(r, 'k')).allowed).toBe(true);
    });

    it('counts concurrent hits exactly once each', async () => {
      const r = rule(10);
      const decisions = await Promise.all(Array.from({ length: 25 }, () => limiter.hit(r, 'k')));
      expect(decisions.map((d) => d.count).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 25 }, (_, i) => i + 1),
      );
      expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    });
  });
}
