import { randomInt, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { createTestDatabase, infraEnv, ServiceProcess, TestDatabase } from '@getit/testing';
import { getJson, MarketplaceFixture, send } from './marketplace.fixture';
import { authBuilt, startGateway, startRealAuth } from './real-auth.fixture';

jest.setTimeout(120_000);

/**
 * Rate limits on the real Redis, shared by two gateway replicas. The gateways trust one proxy hop, so the test
 * plays the ingress controller and gives each request the client address it wants in X-Forwarded-For.
 */
describe('gateway rate limits in Redis, across two gateway processes', () => {
  const prefix = `e2e:gateway:${randomUUID().slice(0, 8)}:`;
  const market = new MarketplaceFixture({
    gatewayEnv: {
      REDIS_URL: infraEnv().redisUrl,
      RATE_LIMIT_KEY_PREFIX: prefix,
      RATE_LIMIT_IP_PER_MINUTE: '5',
      RATE_LIMIT_ACCOUNT_PER_MINUTE: '3',
      TRUSTED_PROXY_HOPS: '1',
    },
  });
  const redis = new Redis(infraEnv().redisUrl);
  let replicas: ServiceProcess[];

  beforeAll(async () => {
    await market.start();
    replicas = [market.gateway, await market.startGateway()];
  });
  afterAll(async () => {
    await market.stop();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  /** The i-th request goes to replica i mod 2. */
  const products = (i: number, headers: Record<string, string>) =>
    getJson(`${replicas[i % 2]!.url}/api/products?limit=1`, headers);

  it('answers the 6th request a minute from one address with 429 and Retry-After, whichever replica it hits', async () => {
    const client = { 'x-forwarded-for': '203.0.113.10' };
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await products(i, client)).status);
    const refused = await products(5, { ...client, 'x-request-id': 'busy-client-0006' });

    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('x-request-id')).toBe('busy-client-0006');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      limit: 'ip',
      retryAfterSeconds: retryAfter,
    });
    expect((await products(6, { 'x-forwarded-for': '203.0.113.11' })).status).toBe(200);
    expect(await redis.get(`${prefix}ip:203.0.113.10`)).toBe('6');
  });

  it('counts a client-written X-Forwarded-For entry for nothing: the address the proxy appended counts', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await products(i, { 'x-forwarded-for': `10.9.9.${i}, 203.0.113.30` })).status);

    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('limits an account however many addresses it calls from, and no other account', async () => {
    const heavy = `Bearer ${market.issuer.token({ roles: ['shopper'] })}`;
    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push(
        (await products(i, { authorization: heavy, 'x-forwarded-for': `198.51.100.${i}` })).status,
      );
    const refused = await products(4, { authorization: heavy, 'x-forwarded-for': '198.51.100.50' });
    const other = await products(5, {
      authorization: `Bearer ${market.issuer.token({ roles: ['shopper'] })}`,
      'x-forwarded-for': '198.51.100.51',
    });

    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', limit: 'account' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(other.status).toBe(200);
  });

  it('reports Redis in readiness', async () => {
    for (const replica of replicas) {
      const ready = await getJson(`${replica.url}/readyz`);
      expect(ready.body).toMatchObject({ ready: true, checks: { redis: 'up', catalog: 'up', search: 'up' } });
    }
  });
});

/**
 * Carrier-grade NAT (docs/adr/0014-rate-limits-behind-carrier-nat.md): a Bangladeshi mobile operator puts very
 * many subscribers behind one public address. The gateway and the real auth service run with their default
 * limits, both counting in Redis, and every request comes from one carrier address (100.64.0.0/10, the range
 * RFC 6598 reserves for carrier NAT), which the gateway reads from X-Forwarded-For as behind an ingress.
 */
/** Sign-ins cost a scrypt hash each (about 70 ms): some 20 s on an idle two-core machine. */
const SHOPPERS = 200;

(authBuilt ? describe : describe.skip)(
  'rate limits behind carrier-grade NAT, through the gateway to the real auth service',
  () => {
    const carrierAddress = `100.${64 + randomInt(64)}.${randomInt(256)}.${randomInt(256)}`;
    const fromCarrier = { 'x-forwarded-for': carrierAddress };
    const prefix = `e2e:nat:${randomUUID().slice(0, 8)}:`;
    let redis: Redis | undefined;
    let database: TestDatabase;
    let auth: ServiceProcess;
    let gateway: ServiceProcess;

    beforeAll(async () => {
      redis = new Redis(infraEnv().redisUrl);
      database = await createTestDatabase('e2e_gw_nat');
      auth = await startRealAuth(database.url, { seed: false, redisUrl: infraEnv().redisUrl });
      // Only auth's routes are used; auth's /healthz keeps the other upstreams' readiness checks green.
      gateway = await startGateway(
        { catalog: auth.url, search: auth.url, auth: auth.url },
        { REDIS_URL: infraEnv().redisUrl, RATE_LIMIT_KEY_PREFIX: prefix, TRUSTED_PROXY_HOPS: '1' },
      );
    });
    afterAll(async () => {
      await Promise.all([gateway, auth].filter(Boolean).map((p) => p.stop()));
      await database?.drop();
      const keys = (await redis?.keys(`${prefix}*`)) ?? [];
      if (keys.length) await redis!.del(...keys);
      await redis?.quit();
    });

    const post = (path: string, body: unknown) =>
      send('POST', `${gateway.url}/api${path}`, body, fromCarrier);

    /** Runs `task` for 0…count-1, `width` at a time, keeping the results in order. */
    async function inParallel<T>(
      count: number,
      width: number,
      task: (i: number) => Promise<T>,
    ): Promise<T[]> {
      const results: T[] = new Array<T>(count);
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < count; i = next++) results[i] = await task(i);
      };
      await Promise.all(Array.from({ length: width }, worker));
      return results;
    }

    /** A phone account signed up the real way: an SMS code (read from auth's development sink), then register. */
    async function phoneAccount(password: string): Promise<string> {
      const phone = `017${String(randomInt(10 ** 8)).padStart(8, '0')}`;
      expect((await post('/auth/otp/request', { phone })).status).toBe(202);
      const sms = await getJson(`${auth.url}/dev/sms?phone=${phone}`);
      const code = /\d{6}/.exec(sms.body.items[0].body)![0];
      expect((await post('/auth/register', { phone, code, password })).status).toBe(201);
      return phone;
    }

    /**
     * SHOPPERS shoppers with one password: one signs up through the gateway, the others are copies of its row with their
     * own ids and emails (scrypt makes each sign-up as slow as a sign-in, and only the sign-ins are under test).
     */
    async function shoppers(run: string, password: string): Promise<string[]> {
      const first = `shopper-0.${run}@example.com`;
      expect((await post('/auth/register', { email: first, password })).status).toBe(201);
      const sql = new Client({ connectionString: database.url });
      await sql.connect();
      try {
        const { rows } = await sql.query<{ email: string }>(
          `WITH copies AS (
             INSERT INTO users (id, email, password_hash, kind)
             SELECT gen_random_uuid(), format('shopper-%s.%s@example.com', n, $2::text), password_hash, kind
               FROM users, generate_series(1, $3::int - 1) AS n WHERE email = $1
             RETURNING id, email)
           , roles AS (INSERT INTO user_roles (user_id, role) SELECT id, 'shopper' FROM copies)
           SELECT email FROM copies`,
          [first, run, SHOPPERS],
        );
        return [first, ...rows.map((row) => row.email)];
      } finally {
        await sql.end();
      }
    }

    it('signs 200 shoppers in from one address, stops 11 wrong passwords for one phone, and lets the owner of another phone in', async () => {
      const run = randomUUID().slice(0, 8);
      const password = `monsoon-padma-${run}`;
      const emails = await shoppers(run, password);
      expect(new Set(emails).size).toBe(SHOPPERS);

      const started = Date.now();
      const signIns = await inParallel(SHOPPERS, 4, (i) =>
        post('/auth/login', { identifier: emails[i], password }),
      );
      const seconds = (Date.now() - started) / 1_000;
      expect(signIns.filter((r) => r.status !== 200).map((r) => [r.status, r.body?.detail])).toEqual([]);
      expect(new Set(signIns.map((r) => r.body.userId)).size).toBe(SHOPPERS);
      console.info(`${SHOPPERS} sign-ins from ${carrierAddress} in ${seconds.toFixed(1)} s, none throttled`);

      const target = await phoneAccount(`target-${run}-pass`);
      const owner = { phone: await phoneAccount(`owner-${run}-pass`), password: `owner-${run}-pass` };
      const guesses = [];
      for (let i = 0; i < 11; i += 1)
        guesses.push(await post('/auth/login', { identifier: target, password: `guess-${i}-${run}` }));

      expect(guesses.map((r) => r.status)).toEqual([...Array<number>(10).fill(401), 429]);
      expect(guesses[10]!.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(guesses[10]!.headers.get('retry-after'))).toBeGreaterThan(60);
      const ownerSignIn = await post('/auth/login', { identifier: owner.phone, password: owner.password });
      expect(ownerSignIn.status).toBe(200);
      expect(ownerSignIn.body.accessToken).toEqual(expect.any(String));
      expect((await post('/auth/otp/request', { phone: owner.phone })).status).toBe(202);
    }, 600_000);
  },
);
