import { randomUUID } from 'node:crypto';
import { RateLimiter } from '../src/rate-limit/rate-limiter';

/**
 * What every RateLimiter must do, run against each implementation (in memory in unit tests, Redis in integration
 * tests). Keys are unique per test, so runs can share one Redis.
 */
export function describeRateLimiterContract(
  name: string,
  makeLimiter: (windowMs: number) => Promise<RateLimiter>,
): void {
  describe(`${name} rate limiter contract`, () => {
    const limiters: RateLimiter[] = [];
    const limiter = async (windowMs = 60_000) => {
      const made = await makeLimiter(windowMs);
      limiters.push(made);
      return made;
    };
    const key = () => `contract:${randomUUID()}`;
    afterAll(() => Promise.all(limiters.map((l) => l.close())));

    it('allows `limit` requests in a window, counting down, then refuses until the window ends', async () => {
      const subject = await limiter(60_000);
      const k = key();
      const results = [];
      for (let i = 0; i < 4; i += 1) results.push(await subject.hit(k, 3));

      expect(results.map((r) => [r.allowed, r.remaining])).toEqual([
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
      ]);
      expect(results[0]!.retryAfterMs).toBe(0);
      expect(results[3]!.retryAfterMs).toBeGreaterThan(55_000);
      expect(results[3]!.retryAfterMs).toBeLessThanOrEqual(60_000);
    });

    it('counts each key on its own', async () => {
      const subject = await limiter();
      const [a, b] = [key(), key()];
      await subject.hit(a, 1);

      expect((await subject.hit(a, 1)).allowed).toBe(false);
      expect((await subject.hit(b, 1)).allowed).toBe(true);
    });

    it('opens a new window once the old one has passed', async () => {
      const subject = await limiter(300);
      const k = key();
      await subject.hit(k, 1);
      const refused = await subject.hit(k, 1);
      expect(refused.allowed).toBe(false);

      await new Promise((resolve) => setTimeout(resolve, refused.retryAfterMs + 50));
      expect(await subject.hit(k, 1)).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 });
    });

    it('does not extend a window with the requests it refuses', async () => {
      const subject = await limiter(400);
      const k = key();
      await subject.hit(k, 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = await subject.hit(k, 1);

      expect(refused.allowed).toBe(false);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(210);
    });

    it('admits exactly `limit` of many simultaneous requests', async () => {
      const subject = await limiter();
      const k = key();
      const results = await Promise.all(Array.from({ length: 40 }, () => subject.hit(k, 7)));

      expect(results.filter((r) => r.allowed)).toHaveLength(7);
      expect(results.map((r) => r.remaining).sort((x, y) => x - y)).toEqual([
        ...Array<number>(34).fill(0),
        1,
        2,
        3,
        4,
        5,
        6,
      ]);
    });
  });
}
