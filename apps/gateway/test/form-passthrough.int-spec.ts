import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { z } from 'zod';
import { RunningService } from '@getit/service-kit';
import { freePort } from '@getit/testing';
import { startGateway } from '../src/gateway.host';
import { GatewayRoute } from '../src/routing/gateway-route';

/**
 * Payment providers post form bodies (SSLCommerz's IPN and browser redirects) and expect redirects back: the
 * gateway passes the body, its content type, the query string and the upstream's 303 through untouched.
 */
describe('gateway: form posts and redirects pass through', () => {
  let upstream: Server;
  let gateway: RunningService;
  const routes: GatewayRoute[] = [
    {
      method: 'POST',
      path: '/api/payments/callbacks/sslcommerz/success',
      upstream: 'payment',
      access: { public: true },
      summary: 'form',
      response: { status: 303, schema: z.object({}) },
    },
  ];

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        response.writeHead(303, {
          location: 'http://storefront.test/checkout/payment?payment=success',
          'x-echo-url': request.url ?? '',
          'x-echo-type': request.headers['content-type'] ?? '',
          'x-echo-body': Buffer.concat(chunks).toString('utf8'),
        });
        response.end();
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
        PAYMENT_URL: upstreamUrl,
      },
      { routes },
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('forwards an x-www-form-urlencoded body as it came and returns the 303 with its Location', async () => {
    const body = 'status=VALID&tran_id=GI-20261121-4F7K2Q-5e6f7a8b&cus_name=Rahim+%26+Sons';
    const response = await fetch(`${gateway.url}/api/payments/callbacks/sslcommerz/success?x=1`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://storefront.test/checkout/payment?payment=success');
    expect(response.headers.get('x-echo-url')).toBe('/payments/callbacks/sslcommerz/success?x=1');
    expect(response.headers.get('x-echo-type')).toBe('application/x-www-form-urlencoded');
    expect(response.headers.get('x-echo-body')).toBe(body);
  });
});
