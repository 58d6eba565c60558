import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningService } from '@getit/service-kit';
import { freePort } from '@getit/testing';
import { startGateway } from '../src/gateway.host';

/** With SELLER_PORTAL_DIR / ADMIN_DIR, the gateway serves the built SPAs on its own origin and /api stays the API's. */
describe('gateway: the seller portal and the admin SPA as static apps', () => {
  let gateway: RunningService;
  const build = (title: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'spa-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${title}</title>`);
    writeFileSync(join(dir, 'assets', 'index-Q1w2E3.js'), 'export {}');
    return dir;
  };

  beforeAll(async () => {
    gateway = await startGateway({
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      // no upstream is called here; the API's routes just need somewhere to point
      CATALOG_URL: 'http://127.0.0.1:9',
      SEARCH_URL: 'http://127.0.0.1:9',
      SELLER_PORTAL_DIR: build('Seller Centre'),
      ADMIN_DIR: build('Admin'),
    });
  });
  afterAll(() => gateway?.stop());

  it('answers a deep link of each app with its index.html and the security headers', async () => {
    for (const [path, title] of [
      ['/seller/products/123', 'Seller Centre'],
      ['/admin/orders?q=GI-1', 'Admin'],
    ]) {
      const response = await fetch(`${gateway.url}${path}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`<title>${title}</title>`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable and redirects the bare mount to its slash', async () => {
    const asset = await fetch(`${gateway.url}/seller/assets/index-Q1w2E3.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const bare = await fetch(`${gateway.url}/admin`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([308, '/admin/']);
  });

  it('leaves /api to the API: an unknown API path is still a problem+json 404', async () => {
    const response = await fetch(`${gateway.url}/api/seller/nothing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
