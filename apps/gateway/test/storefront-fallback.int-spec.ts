import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { RunningService } from '@getit/service-kit';
import { freePort } from '@getit/testing';
import { startGateway } from '../src/gateway.host';

/** With STOREFRONT_URL, the gateway serves the storefront's pages and form posts on its own origin, outside /api. */
describe('gateway: the storefront at every path outside /api', () => {
  let storefront: Server;
  let gateway: RunningService;
  const seen: { method: string; url: string; body: string; contentType?: string; forwardedHost?: string }[] =
    [];

  beforeAll(async () => {
    storefront = createServer(async (request, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      seen.push({
        method: request.method!,
        url: request.url!,
        body,
        contentType: request.headers['content-type'],
      });
      response.setHeader('set-cookie', ['NEXT_LOCALE=bn; Path=/']);
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(`<html lang="bn"><title>গেটইট</title>${request.url}</html>`);
    });
    await new Promise<void>((resolve) => storefront.listen(0, '127.0.0.1', resolve));
    const storefrontUrl = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`;
    gateway = await startGateway({
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      CATALOG_URL: storefrontUrl,
      SEARCH_URL: storefrontUrl,
      STOREFRONT_URL: storefrontUrl,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    storefront?.close();
  });

  it('passes a page request through with its query and the storefront’s cookies', async () => {
    const response = await fetch(`${gateway.url}/checkout/payment?orderId=abc&payment=success`);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBe('NEXT_LOCALE=bn; Path=/');
    expect(await response.text()).toContain(
      '<title>গেটইট</title>/checkout/payment?orderId=abc&payment=success',
    );
  });

  it('passes a form post (a server action) through with its body and content type', async () => {
    const response = await fetch(`${gateway.url}/bn/cart`, {
      method: 'POST',
      // A Next server action asks for a React Server Component payload, not JSON.
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/x-component' },
      body: 'variantId=v1&quantity=2',
    });
    expect(response.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      url: '/bn/cart',
      body: 'variantId=v1&quantity=2',
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  it('keeps unknown /api paths a problem+json 404 instead of a storefront page', async () => {
    const response = await fetch(`${gateway.url}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(seen.some((request) => request.url.startsWith('/api'))).toBe(false);
  });

  it('answers an over-long /api path parameter 414 problem+json, as the router does without the storefront', async () => {
    const response = await fetch(`${gateway.url}/api/products/${'a'.repeat(2_000)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { code: string }).code).toBe('URI_TOO_LONG');
    expect(seen.some((request) => request.url.startsWith('/api'))).toBe(false);
  });
});
