import { randomUUID } from 'node:crypto';
import { RateLimitRule } from '../src/rate-limit-rule';
import { RateLimiter } from '../src/rate-limiter';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What every RateLimiter store promises, run against memory (unit) and Redis (integration). Rule names are unique
 * per test, so runs can share one Redis.
 */
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

    it('allows up to the limit, counting down, then refuses and says how long to wait', async () => {
      const r = rule(3);
      const decisions = [];
      for (let i = 0; i < 5; i++) decisions.push(await limiter.hit(r, 'k'));

      expect(decisions.map((d) => [d.allowed, d.count, d.remaining])).toEqual([
        [true, 1, 2],
        [true, 2, 1],
        [true, 3, 0],
        [false, 4, 0],
        [false, 5, 0],
      ]);
      expect(decisions[0]!.retryAfterMs).toBe(0);
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

    it('starts a new window when the old one ends, and refused hits do not extend it', async () => {
      const r = rule(1, 1_000);
      expect((await limiter.hit(r, 'k')).allowed).toBe(true);
      await sleep(500);
      const refused = await limiter.hit(r, 'k');
      expect(refused.allowed).toBe(false);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(520);

      await sleep(refused.retryAfterMs + 100);
      expect(await limiter.hit(r, 'k')).toEqual({ allowed: true, count: 1, remaining: 0, retryAfterMs: 0 });
    });

    it('forgets a key on reset', async () => {
      const r = rule(1);
      await limiter.hit(r, 'k');
      expect((await limiter.hit(r, 'k')).allowed).toBe(false);
      await limiter.reset(r, 'k');
      expect((await limiter.hit(r, 'k')).allowed).toBe(true);
    });

    it('counts concurrent hits exactly once each and admits exactly `limit` of them', async () => {
      const r = rule(10);
      const decisions = await Promise.all(Array.from({ length: 25 }, () => limiter.hit(r, 'k')));
      expect(decisions.map((d) => d.count).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 25 }, (_, i) => i + 1),
      );
      expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    });

    it('refuses a rule it cannot keep: a window that is not whole seconds, or a limit below 1', async () => {
      await expect(limiter.hit({ name: 'odd', limit: 1, windowMs: 300 }, 'k')).rejects.toThrow(
        /whole seconds/,
      );
      await expect(limiter.hit({ name: 'zero', limit: 0, windowMs: 1_000 }, 'k')).rejects.toThrow(/≥ 1/);
    });
  });
}
