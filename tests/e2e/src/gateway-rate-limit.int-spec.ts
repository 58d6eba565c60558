import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { infraEnv, ServiceProcess } from '@getit/testing';
import { getJson, MarketplaceFixture } from './marketplace.fixture';

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
