import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { answerStatic, isBuilt } from './static-app';

describe('a built single-page app served by the gateway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'web-app-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Seller portal</title>');
  writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
  const app = { mount: '/seller', dir };

  it('answers a client route with index.html, never cached, with the CSP', async () => {
    const answer = await answerStatic(app, '/seller/products/123/edit?tab=variants');
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toContain('Seller portal');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('caches hashed assets for a year, other files not', async () => {
    const asset = await answerStatic(app, '/seller/assets/index-AbC123.js');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await answerStatic(app, '/seller/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('sends text files gzipped to clients that take gzip, as they are to the others, varying on Accept-Encoding', async () => {
    const script = `console.log("${'৳ '.repeat(500)}")`;
    writeFileSync(join(dir, 'assets', 'big-D4e5F6.js'), script);
    const gzipped = await answerStatic(app, '/seller/assets/big-D4e5F6.js', 'gzip, deflate, br');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['vary']).toBe('accept-encoding');
    expect(gzipped.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    const again = await answerStatic(app, '/seller/assets/big-D4e5F6.js', 'gzip');
    expect(gunzipSync(again.body).toString()).toBe(script);
    for (const refusing of [undefined, 'identity', 'gzip;q=0, br']) {
      const plain = await answerStatic(app, '/seller/assets/big-D4e5F6.js', refusing);
      expect([plain.headers['content-encoding'], plain.headers['vary'], plain.body.toString()]).toEqual([
        undefined,
        'accept-encoding',
        script,
      ]);
    }
    const page = await answerStatic(app, '/seller/orders/42', 'gzip');
    expect(gunzipSync(page.body).toString()).toContain('Seller portal');
  });

  it('answers 404 for a missing asset instead of the page, and never leaves its folder', async () => {
    expect((await answerStatic(app, '/seller/assets/gone-1.js')).status).toBe(404);
    const escape = await answerStatic(app, '/seller/%2e%2e/%2e%2e/etc/passwd');
    expect(escape.body.toString()).not.toContain('root:');
  });

  it('is served only once built', () => {
    expect(isBuilt(dir)).toBe(true);
    expect(isBuilt(join(dir, 'assets'))).toBe(false);
    expect(isBuilt(undefined)).toBe(false);
  });
});
