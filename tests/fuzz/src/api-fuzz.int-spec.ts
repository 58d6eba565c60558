import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, FuzzReport, runFuzz } from './fuzz-run';
import { MarketplaceUnderFuzz } from './marketplace-under-fuzz';

/** `npm test` runs a bounded, seeded run; `npm run fuzz -- --seed N --max 10000` sets these for a long one. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_207);
const MAX = Number(process.env['FUZZ_MAX'] ?? 2_000);
/** A running marketplace to fuzz instead of a fresh one (e.g. `npm start`'s http://127.0.0.1:3000). */
const ATTACH_TO = process.env['FUZZ_URL'] || undefined;

jest.setTimeout(Math.max(600_000, MAX * 200));

const marketplace = new MarketplaceUnderFuzz();
beforeAll(() => marketplace.start(ATTACH_TO));
afterAll(() => marketplace.stop());

/** The answers issue 11 found wrong, each as a client sees it through the gateway. */
describe('bad input is a 4xx problem+json, never a 5xx', () => {
  async function ask(path: string, init: RequestInit = {}) {
    const response = await fetch(`${marketplace.url}${path}`, init);
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: text ? JSON.parse(text) : undefined,
    };
  }
  const admin = () => marketplace.callers.find((caller) => caller.name === 'admin')!;

  it('refuses a NUL byte in a query value, naming it, and keeps serving reads afterwards', async () => {
    const answer = await ask('/api/shops?district=%00');
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(answer.body.errors).toEqual([{ field: 'district', reason: 'must not contain a NUL character' }]);
    const slug = marketplace.pools['idOrSlug']!.find((value) => !/^[0-9a-f-]{36}$/.test(value))!;
    expect((await ask(`/api/products/${slug}`)).status).toBe(200);
  });

  it('refuses a NUL byte in a JSON body, naming the field', async () => {
    const answer = await ask('/api/carts/00000000-0000-4000-8000-000000000000/delivery-quote', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ destinationDistrict: 'Dha\u0000ka', paymentMethod: 'cod' }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { field: 'destinationDistrict', reason: 'must not contain a NUL character' },
    ]);
  });

  it('answers an unknown product slug with 404', async () => {
    const answer = await ask('/api/products/no-such-slug');
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('refuses a price filter past what a price can be, naming the field', async () => {
    const answer = await ask('/api/products?minPricePoisha=2147483648');
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(['minPricePoisha']);
  });

  it('answers Accept: application/xml with 406 problem+json', async () => {
    const answer = await ask('/api/products', { headers: { accept: 'application/xml' } });
    expect(answer.status).toBe(406);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('NOT_ACCEPTABLE');
  });

  it.each([
    ['bad percent-encoding', '/api/products/%E0%A4%A', 400],
    ['an over-long path parameter', `/api/products/${'a'.repeat(2_000)}`, 414],
  ])('answers %s with problem+json', async (_what, path, status) => {
    const answer = await ask(path);
    expect(answer.status).toBe(status);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
  });

  it('answers malformed JSON and a body over the limit with problem+json', async () => {
    const post = (body: string) =>
      ask('/api/carts', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const malformed = await post('{"quantity":');
    const huge = await post(JSON.stringify({ pad: 'x'.repeat(1_100_000) }));
    expect([malformed.status, huge.status]).toEqual([400, 413]);
    expect([malformed.contentType, huge.contentType]).toEqual([
      expect.stringMatching(/^application\/problem\+json/),
      expect.stringMatching(/^application\/problem\+json/),
    ]);
  });

  it('refuses a gzip Content-Encoding it does not decode with 415, and creates nothing', async () => {
    const headers = {
      authorization: `Bearer ${admin().token}`,
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    };
    const before = await ask('/api/admin/commission-rules', {
      headers: { authorization: headers.authorization },
    });
    const answer = await ask('/api/admin/commission-rules', {
      method: 'POST',
      headers,
      body: JSON.stringify({ categorySlug: 'sarees', rateBps: 1_000, minimumPoisha: 0 }),
    });
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const after = await ask('/api/admin/commission-rules', {
      headers: { authorization: headers.authorization },
    });
    expect(after.body).toEqual(before.body);
  });
});

/**
 * The gateway's whole API, as its OpenAPI document describes it, called with generated valid and invalid input as
 * an anonymous client, a shopper, two vendors and an admin: no answer may be a 5xx, a 4xx other than problem+json,
 * or carry a stack trace or SQL.
 */
describe('API fuzz through the gateway (from /api/docs, fast-check)', () => {
  let report: FuzzReport;

  beforeAll(async () => {
    const document = await (await fetch(`${marketplace.url}/api/docs`)).json();
    report = await runFuzz(marketplace.url, document, marketplace.callers, marketplace.pools, {
      seed: SEED,
      max: MAX,
      renew: (caller) => marketplace.renew(caller),
    });
    const file = join(tmpdir(), `getit-fuzz-${SEED}-${MAX}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    process.stdout.write(`${formatReport(report)}\n  full report: ${file}\n`);
  });

  it('sends every operation as every caller, valid and invalid', () => {
    expect(report.requests).toBeGreaterThanOrEqual(MAX * 0.95);
    expect(report.callers).toEqual(['anonymous', 'shopper', 'vendor-tangail', 'vendor-gadgets', 'admin']);
    expect(report.operations).toBeGreaterThanOrEqual(90);
    // valid requests reach the services: plenty of successes, not only refusals
    expect(report.byStatus['2xx'] ?? 0).toBeGreaterThan(MAX * 0.05);
  });

  it.each(['5xx', '4xx without problem+json', 'stack trace', 'SQL text', 'no answer'])(
    'finds no %s',
    (fault) => {
      const groups = report.faults.filter((group) => group.fault === fault);
      expect(
        groups.map((g) => `${g.count}× ${g.status} ${g.operation}: ${JSON.stringify(g.examples[0])}`),
      ).toEqual([]);
    },
  );
});
