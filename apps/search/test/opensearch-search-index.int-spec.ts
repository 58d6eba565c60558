import net from 'node:net';
import { SearchResult } from '@getit/contracts';
import { freePort, testRunId, waitFor } from '@getit/testing';
import { OpenSearchSearchIndex } from '../src/infrastructure/opensearch-search.index';
import { loadSynonymLines } from '../src/infrastructure/synonyms-file';
import { describeSearchIndexContract, product } from './search-index.contract';
import { SearchUnderTest, startSearchUnderTest } from './search.harness';

function openSearchUrl(): string {
  const url = process.env['OPENSEARCH_URL'];
  if (!url) throw new Error('OPENSEARCH_URL is not set: run through `npm test` or `npm run infra:up` (tools/infra/opensearch.mjs)');
  return url;
}
const prefix = `t-${testRunId()}-${Date.now()}-`;

afterAll(async () => {
  // This run's indices only (the prefix is unique per run).
  await fetch(`${openSearchUrl()}/${prefix}*`, { method: 'DELETE' });
});

describeSearchIndexContract(
  'opensearch',
  () => ({ env: { SEARCH_ENGINE: 'opensearch', OPENSEARCH_URL: openSearchUrl(), OPENSEARCH_INDEX_PREFIX: prefix }, typoTolerance: true, bengaliAnalysis: true }),
  (handle) => {
    it('keeps answering while a reindex builds a new index and moves the alias', async () => {
      const index = OpenSearchSearchIndex.connect(openSearchUrl(), loadSynonymLines(), prefix);
      const answers: number[] = [];
      let reindexing = true;
      const searching = (async () => {
        while (reindexing) {
          const res = await fetch(`${handle().service.url}/search?q=jamdani`);
          answers.push(res.ok ? ((await res.json()) as SearchResult).items.length : -res.status);
        }
      })();
      const progress: number[] = [];
      const next = await index.reindex((done) => progress.push(done));
      reindexing = false;
      await searching;
      await index.close();
      expect(next).toMatch(new RegExp(`^${prefix}products-s1-`));
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.every((count) => count === 2)).toBe(true);
      expect(progress.at(-1)).toBe(6);
      const after = (await (await fetch(`${handle().service.url}/search?q=jamdani`)).json()) as SearchResult;
      expect(after.items).toHaveLength(2);
    });
  },
);

describe('search with its engine down', () => {
  let search: SearchUnderTest;
  beforeAll(async () => {
    search = await startSearchUnderTest('search_engine_down', { SEARCH_ENGINE: 'opensearch', OPENSEARCH_URL: `http://127.0.0.1:${await freePort()}` });
  }, 60_000);
  afterAll(async () => {
    await search?.stop();
  });

  it('answers 503 problem+json, never 500, and reports not ready', async () => {
    const res = await fetch(`${search.service.url}/search?q=jamdani`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const ready = await waitFor('readyz down', async () => {
      const r = await fetch(`${search.service.url}/readyz`);
      return r.status === 503 ? ((await r.json()) as { checks: Record<string, string> }) : undefined;
    });
    expect(ready.checks['opensearch']).toBe('down');
  });
});

/** A TCP proxy to OpenSearch that can be cut and restored: the engine "dies" and comes back on the same address. */
class CuttableProxy {
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: URL,
  ) {}
  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(Number(this.target.port), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }
  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('search when OpenSearch goes away and comes back', () => {
  let search: SearchUnderTest;
  let proxy: CuttableProxy;
  const outagePrefix = `${prefix}outage-`;

  beforeAll(async () => {
    proxy = new CuttableProxy(await freePort(), new URL(openSearchUrl()));
    await proxy.up();
    search = await startSearchUnderTest('search_engine_outage', {
      SEARCH_ENGINE: 'opensearch',
      OPENSEARCH_URL: `http://127.0.0.1:${proxy.port}`,
      OPENSEARCH_INDEX_PREFIX: outagePrefix,
    });
  }, 60_000);
  afterAll(async () => {
    await search?.stop();
    await proxy?.down();
  });

  it('answers 503 while it is gone, and indexes what changed meanwhile once it is back (nothing parked)', async () => {
    const find = async (q: string) => fetch(`${search.service.url}/search?q=${encodeURIComponent(q)}`);
    await waitFor('index created', async () => (await find('anything')).status === 200, { timeoutMs: 20_000 });
    await proxy.down();
    expect((await find('nakshi')).status).toBe(503);
    const kantha = product({ en: 'Nakshi Kantha Bedcover, Lotus', bn: 'নকশি কাঁথা', taka: 4_500 });
    await search.publish('catalog.product-upserted.v1', kantha, kantha.productId);
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // longer than the default retry budget (~1.5 s)
    await proxy.up();
    const found = await waitFor(
      'indexed after the outage',
      async () => {
        const res = await find('nakshi');
        const body = res.ok ? ((await res.json()) as SearchResult) : undefined;
        return body?.items.length ? body : undefined;
      },
      { timeoutMs: 40_000, intervalMs: 250 },
    );
    expect(found.items.map((item) => item.title.en)).toEqual(['Nakshi Kantha Bedcover, Lotus']);
  }, 90_000);
});
