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

/**
 * The gateway's whole API, as its OpenAPI document describes it, called with generated valid and invalid input as
 * an anonymous client, a shopper, two vendors and an admin: no answer may be a 5xx, a 4xx other than problem+json,
 * or carry a stack trace or SQL.
 */
describe('API fuzz through the gateway (from /api/docs, fast-check)', () => {
  const marketplace = new MarketplaceUnderFuzz();
  let report: FuzzReport;

  beforeAll(async () => {
    await marketplace.start(ATTACH_TO);
    const document = await (await fetch(`${marketplace.url}/api/docs`)).json();
    report = await runFuzz(marketplace.url, document, marketplace.callers, marketplace.pools, {
      seed: SEED,
      max: MAX,
    });
    const file = join(tmpdir(), `getit-fuzz-${SEED}-${MAX}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    process.stdout.write(`${formatReport(report)}\n  full report: ${file}\n`);
  });
  afterAll(() => marketplace.stop());

  it('sends every operation as every caller, valid and invalid', () => {
    expect(report.requests).toBeGreaterThanOrEqual(MAX * 0.95);
    expect(report.callers).toEqual(['anonymous', 'shopper', 'vendor-tangail', 'vendor-gadgets', 'admin']);
    expect(report.operations).toBeGreaterThanOrEqual(90);
    // valid requests reach the services: plenty of successes, not only refusals
    expect(report.byStatus['2xx'] ?? 0).toBeGreaterThan(MAX * 0.1);
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
