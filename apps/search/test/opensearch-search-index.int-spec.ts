import { SearchResult } from '@getit/contracts';
import { InProcessTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase, testRunId, waitFor } from '@getit/testing';
import { OpenSearchSearchIndex } from '../src/infrastructure/opensearch-search.index';
import { loadSynonymLines } from '../src/infrastructure/synonyms-file';
import { startSearch } from '../src/search.host';
import { describeSearchIndexContract } from './search-index.contract';

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
  async () => ({ env: { SEARCH_ENGINE: 'opensearch', OPENSEARCH_URL: openSearchUrl(), OPENSEARCH_INDEX_PREFIX: prefix }, typoTolerance: true, bengaliAnalysis: true }),
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
  const transport = new InProcessTransport();
  let db: TestDatabase;
  let search: RunningService;
  beforeAll(async () => {
    db = await createTestDatabase('search_engine_down');
    await transport.connect();
    search = await startSearch(
      {
        DATABASE_URL: db.url,
        MESSAGING_TRANSPORT: 'in-process',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        SEARCH_ENGINE: 'opensearch',
        OPENSEARCH_URL: `http://127.0.0.1:${await freePort()}`,
      },
      { transport },
    );
  }, 60_000);
  afterAll(async () => {
    await search?.stop();
    await transport.close();
    await db?.drop();
  });

  it('answers 503 problem+json, never 500, and reports not ready', async () => {
    const res = await fetch(`${search.url}/search?q=jamdani`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const ready = await waitFor('readyz down', async () => {
      const r = await fetch(`${search.url}/readyz`);
      return r.status === 503 ? ((await r.json()) as { checks: Record<string, string> }) : undefined;
    });
    expect(ready.checks['opensearch']).toBe('down');
  });
});
