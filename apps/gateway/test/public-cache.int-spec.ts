import { createServer, get as httpGet, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { z } from 'zod';
import { RunningService } from '@getit/service-kit';
import { freePort, waitFor } from '@getit/testing';
import { startGateway } from '../src/gateway.host';
import { GatewayRoute } from '../src/routing/gateway-route';

/**
 * The gateway's shared cache of public answers (ADR 0016): an anonymous reader gets the catalog's public answer
 * from the gateway while it is fresh, then the gateway revalidates it with If-None-Match; a write through the
 * gateway drops the upstream's answers; private answers, signed-in readers and no-store answers always reach the
 * upstream.
 */
describe('gateway: shared cache of public answers', () => {
  let upstream: Server;
  let gateway: RunningService;
  const seen: { url: string; ifNoneMatch?: string }[] = [];
  let version = 1;
  const routes: GatewayRoute[] = [
    ...['/api/products/:id', '/api/private/:id', '/api/nostore/:id', '/api/localized/:id', '/api/slow/:id'].map((path): GatewayRoute => ({
      method: 'GET',
      path,
      upstream: 'catalog',
      access: { public: true },
      summary: 'read',
      response: { status: 200, schema: z.object({}) },
    })),
    {
      method: 'GET',
      path: '/api/brief/:id',
      upstream: 'search',
      access: { public: true },
      sharedCacheMaxMs: 150,
      summary: 'a read that must stay fresher than PUBLIC_CACHE_TTL_MS, as search’s do',
      response: { status: 200, schema: z.object({}) },
    },
    {
      method: 'PUT',
      path: '/api/products/:id',
      upstream: 'catalog',
      access: { public: true },
      summary: 'write',
      response: { status: 200, schema: z.object({}) },
    },
  ];

  const answer = (request: IncomingMessage) => {
    const url = request.url ?? '';
    const etag = `W/"v${version}"`;
    const cacheControl = url.startsWith('/private')
      ? 'private, max-age=30'
      : url.startsWith('/nostore')
        ? 'no-store'
        : 'public, max-age=30';
    if (request.headers['if-none-match'] === etag) return { status: 304, cacheControl, etag, body: '' };
    const language = url.startsWith('/localized') ? request.headers['accept-language'] : undefined;
    return { status: 200, cacheControl, etag, body: JSON.stringify({ url, version, language }) };
  };

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        seen.push({ url: request.url ?? '', ifNoneMatch: request.headers['if-none-match'] });
        if (request.method === 'PUT') {
          version += 1;
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
          return;
        }
        const { status, cacheControl, etag, body } = answer(request);
        const vary = request.url?.startsWith('/localized') ? { vary: 'Accept-Language' } : {};
        // a slow revalidation, so that other readers arrive while it is under way
        const delayMs = request.url?.startsWith('/slow') && request.headers['if-none-match'] ? 100 : 0;
        setTimeout(() => {
          response
            .writeHead(status, { 'content-type': 'application/json', 'cache-control': cacheControl, etag, ...vary })
            .end(body);
        }, delayMs);
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    gateway = await startGateway(
      {
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        CATALOG_URL: upstreamUrl,
        SEARCH_URL: upstreamUrl,
        PUBLIC_CACHE_TTL_MS: '300',
      },
      { routes },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
  });
  beforeEach(() => {
    seen.length = 0;
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${gateway.url}${path}`, { headers });
    return { status: response.status, etag: response.headers.get('etag'), text: await response.text() };
  };
  const upstreamReads = (path: string) => seen.filter((s) => `/api${s.url}` === path);

  it('answers repeated anonymous reads of a public answer from the gateway, then revalidates with the ETag', async () => {
    const first = await get('/api/products/p1');
    const again = await get('/api/products/p1');
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    expect(upstreamReads('/api/products/p1')).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 350));
    const revalidated = await get('/api/products/p1');
    expect(revalidated).toEqual(first);
    // just stale: answered as it was while the gateway asks in the background
    await waitFor('the revalidation', () => upstreamReads('/api/products/p1').length >= 2);
    expect(upstreamReads('/api/products/p1')).toEqual([
      { url: '/products/p1', ifNoneMatch: undefined },
      { url: '/products/p1', ifNoneMatch: first.etag },
    ]);
  });

  it('answers a reader who holds the current version with 304 from the cache', async () => {
    const first = await get('/api/products/p2');
    // as a browser revalidates (fetch() would add Cache-Control: no-cache to a conditional request)
    const status = await new Promise<number | undefined>((resolve, reject) =>
      httpGet(`${gateway.url}/api/products/p2`, { headers: { 'if-none-match': first.etag! } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject),
    );
    expect(status).toBe(304);
    expect(upstreamReads('/api/products/p2')).toHaveLength(1);
  });

  it('drops the upstream’s answers when a write goes through, so the next read shows the change', async () => {
    const before = await get('/api/products/p3');
    const write = await fetch(`${gateway.url}/api/products/p3`, { method: 'PUT', body: '{}' });
    expect(write.status).toBe(200);
    const after = await get('/api/products/p3');
    expect(JSON.parse(after.text).version).toBe(JSON.parse(before.text).version + 1);
  });

  it('keeps an answer that varies on the language once per language, never handing one reader another’s', async () => {
    const bn = await get('/api/localized/p6', { 'accept-language': 'bn' });
    const en = await get('/api/localized/p6', { 'accept-language': 'en' });
    const bnAgain = await get('/api/localized/p6', { 'accept-language': 'bn' });
    const enAgain = await get('/api/localized/p6', { 'accept-language': 'en' });
    expect([bn, en, bnAgain, enAgain].map((r) => JSON.parse(r.text).language)).toEqual(['bn', 'en', 'bn', 'en']);
    // one full answer per language (a slow run may also revalidate, with If-None-Match)
    expect(upstreamReads('/api/localized/p6').filter((read) => !read.ifNoneMatch)).toHaveLength(2);
  });

  it('always asks the upstream for private and no-store answers and for signed-in readers', async () => {
    await get('/api/private/p4');
    await get('/api/private/p4');
    await get('/api/nostore/p4');
    await get('/api/nostore/p4');
    await get('/api/products/p5', { cookie: 'session=1' });
    await get('/api/products/p5', { cookie: 'session=1' });
    expect(upstreamReads('/api/private/p4')).toHaveLength(2);
    expect(upstreamReads('/api/nostore/p4')).toHaveLength(2);
    expect(upstreamReads('/api/products/p5')).toHaveLength(2);
  });

  it('holds a route’s answers no longer than the route’s own bound, also after a 304 renewed them', async () => {
    const first = await get('/api/brief/b1');
    // past the route's 150 ms, well inside the gateway-wide 300 ms
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await get('/api/brief/b1')).toEqual(first);
    await waitFor('the first revalidation', () => upstreamReads('/api/brief/b1').length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await get('/api/brief/b1')).toEqual(first);
    await waitFor('the second revalidation', () => upstreamReads('/api/brief/b1').length >= 3);
    expect(upstreamReads('/api/brief/b1')).toEqual([
      { url: '/brief/b1', ifNoneMatch: undefined },
      { url: '/brief/b1', ifNoneMatch: first.etag },
      { url: '/brief/b1', ifNoneMatch: first.etag },
    ]);
  });

  it('sends one revalidation upstream when many readers find the same answer stale, and answers them all', async () => {
    const first = await get('/api/slow/s1');
    await new Promise((resolve) => setTimeout(resolve, 350));
    const readers = await Promise.all(Array.from({ length: 8 }, () => get('/api/slow/s1')));
    expect(readers).toEqual(Array.from({ length: 8 }, () => first));
    await waitFor('the revalidation', () => upstreamReads('/api/slow/s1').length >= 2);
    expect(upstreamReads('/api/slow/s1')).toEqual([
      { url: '/slow/s1', ifNoneMatch: undefined },
      { url: '/slow/s1', ifNoneMatch: first.etag },
    ]);
  });
});
