import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { AccessTokenClaims, Role } from '@getit/contracts';
import { decideAccess } from '../../access/access-decision';
import { openApiDocument } from '../../openapi/openapi-document';
import { ROUTES } from '../route-table';
import { UpstreamProxy } from '../upstream-proxy';

const route = (method: string, path: string) => {
  const found = ROUTES.find((r) => r.method === method && r.path === path);
  if (!found) throw new Error(`no route ${method} ${path}`);
  return found;
};

function holder(role: Role, vendorId?: string): AccessTokenClaims {
  return {
    iss: 'getit-auth',
    aud: 'getit-api',
    sub: randomUUID(),
    sid: randomUUID(),
    roles: [role],
    vendorId,
    amr: ['pwd', 'mfa'],
    iat: 0,
    exp: 900,
  };
}

describe('payment ledger routes', () => {
  it('keeps money decisions to finance, refunds to finance and support, and statements to the vendor', () => {
    const allowed = (method: string, path: string, role: Role, params = {}, vendorId?: string) =>
      decideAccess(route(method, path).access, holder(role, vendorId), params).outcome === 'allow';
    for (const [method, path] of [
      ['POST', '/api/admin/commission-rules'],
      ['POST', '/api/admin/payouts/run'],
      ['GET', '/api/admin/ledger/balances'],
      ['POST', '/api/admin/refunds/:refundId/complete'],
    ] as const) {
      expect(allowed(method, path, 'admin:finance')).toBe(true);
      expect(allowed(method, path, 'admin:support')).toBe(false);
    }
    expect(allowed('POST', '/api/admin/refunds', 'admin:support')).toBe(true);
    expect(allowed('POST', '/api/admin/refunds', 'admin:operations')).toBe(false);
    const vendorId = randomUUID();
    for (const path of ['/api/vendors/:vendorId/statement', '/api/vendors/:vendorId/statement.csv']) {
      expect(allowed('GET', path, 'vendor:staff', { vendorId }, vendorId)).toBe(true);
      expect(allowed('GET', path, 'vendor:owner', { vendorId }, randomUUID())).toBe(false);
      expect(allowed('GET', path, 'admin:finance', { vendorId })).toBe(true);
      expect(allowed('GET', path, 'shopper', { vendorId })).toBe(false);
    }
  });

  it('documents the CSV statement as text/csv', () => {
    const doc = openApiDocument(ROUTES, '1') as { paths: Record<string, Record<string, any>> };
    const csv = doc.paths['/api/vendors/{vendorId}/statement.csv']!['get'].responses[200].content;
    expect(Object.keys(csv)).toEqual(['text/csv']);
  });

  describe('the proxy', () => {
    let upstream: Server;
    let proxy: UpstreamProxy;
    const gateway = Fastify();

    beforeAll(async () => {
      upstream = createServer((_request, response) => {
        response.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="statement.csv"',
        });
        response.end('date,type\r\n2026-11-21T10:00:00+06:00,sale\r\n');
      });
      await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
      const { port } = upstream.address() as AddressInfo;
      proxy = new UpstreamProxy('payment', `http://127.0.0.1:${port}`, 5_000, 1);
      gateway.decorateRequest('admission', null);
      gateway.get('/api/vendors/:vendorId/statement.csv', (request, reply) => proxy.forward(request, reply));
      await gateway.ready();
    });
    afterAll(async () => {
      await gateway.close();
      await proxy.close();
      await new Promise((resolve) => upstream.close(resolve));
    });

    it('passes a text/csv download through untouched, with its content-disposition', async () => {
      const response = await gateway.inject({
        method: 'GET',
        url: `/api/vendors/${randomUUID()}/statement.csv`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="statement.csv"');
      expect(response.body).toBe('date,type\r\n2026-11-21T10:00:00+06:00,sale\r\n');
    });
  });
});
