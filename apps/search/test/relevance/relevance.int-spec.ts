import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { RequestContext } from '@getit/service-kit';
import { testRunId } from '@getit/testing';
import { SearchService } from '../../src/application/search.service';
import { documentAttributes, SearchDocument, variantOptionText } from '../../src/domain/search-document';
import { OpenSearchSearchIndex } from '../../src/infrastructure/opensearch-search.index';
import { loadSynonymLines } from '../../src/infrastructure/synonyms-file';
import { JUDGED_QUERIES, JudgedQuery } from './judged-queries';

/** The bar: mean nDCG@10 over the judged set (binary relevance). */
const NDCG_BAR = 0.8;

interface DemoProduct {
  en: string;
  bn: string;
  brand: string;
  category: string;
  attributes?: Record<string, string | number>;
  variants: { options?: Record<string, string | number>; taka: number }[];
}
/**
 * The demo catalogue is the judged corpus; it lives with the embedded mode that seeds it. Loaded by path, not
 * imported: an import would make search's build depend on embedded's, which depends on search's (a cycle).
 */
function demoCatalogue(): DemoProduct[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path import, so Nx sees no project dependency
  const data = (file: string) => require(join(__dirname, '..', '..', '..', 'embedded', 'src', file)) as Record<string, DemoProduct[]>;
  const tangail = data('demo-products-tangail.data');
  const dhaka = data('demo-products-dhaka.data');
  return [...(tangail['TANGAIL_FASHION'] ?? []), ...(tangail['TANGAIL_HOME'] ?? []), ...(dhaka['DHAKA_GADGETS'] ?? [])];
}
const catalogue = demoCatalogue();

function relevantTitles(judged: JudgedQuery): Set<string> {
  const { relevant } = judged;
  return new Set(Array.isArray(relevant) ? relevant : catalogue.map((p) => p.en).filter((title) => relevant.test(title)));
}

/** nDCG@k with binary gains: DCG of the ranking over the DCG of a perfect one. */
export function ndcgAt(k: number, ranked: string[], relevant: Set<string>): number {
  const dcg = ranked.slice(0, k).reduce((sum, title, i) => sum + (relevant.has(title) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

describe('relevance over the judged query set (OpenSearch)', () => {
  const url = process.env['OPENSEARCH_URL'];
  const prefix = `t-${testRunId()}-rel-${Date.now()}-`;
  let index: OpenSearchSearchIndex;
  const ctx = { correlationId: 'relevance' } as RequestContext;

  beforeAll(async () => {
    if (!url) throw new Error('OPENSEARCH_URL is not set: run through `npm test` or `npm run infra:up`');
    index = OpenSearchSearchIndex.connect(url, loadSynonymLines(), prefix);
    await index.ensureIndex();
    const vendor = randomUUID();
    for (const product of catalogue) {
      const doc: SearchDocument = {
        productId: randomUUID(),
        vendorId: vendor,
        slug: product.en.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        title: { en: product.en, bn: product.bn },
        brand: product.brand,
        categoryPath: [product.category],
        attributes: documentAttributes(product.attributes, product.variants),
        optionText: variantOptionText(product.variants),
        pricePoisha: (product.variants[0]?.taka ?? 0) * 100,
        inStock: true,
        version: 1,
        createdAt: new Date().toISOString(),
      };
      await index.upsert(undefined, doc);
    }
    await index.refresh();
  }, 120_000);
  afterAll(async () => {
    if (url) await fetch(`${url}/${prefix}*`, { method: 'DELETE' });
    await index?.close();
  });

  it(`has at least 60 judged queries and a mean nDCG@10 of at least ${NDCG_BAR}`, async () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(60);
    const service = new SearchService(index);
    const scores: { q: string; kind: string; ndcg: number }[] = [];
    for (const judged of JUDGED_QUERIES) {
      const result = await service.search(ctx, { q: judged.q, limit: 10, sort: 'relevance' });
      scores.push({ q: judged.q, kind: judged.kind, ndcg: ndcgAt(10, result.items.map((item) => item.title.en ?? item.title.bn ?? ''), relevantTitles(judged)) });
    }
    const mean = scores.reduce((sum, s) => sum + s.ndcg, 0) / scores.length;
    const byKind = [...new Set(scores.map((s) => s.kind))].map((kind) => {
      const list = scores.filter((s) => s.kind === kind);
      return `${kind} ${(list.reduce((sum, s) => sum + s.ndcg, 0) / list.length).toFixed(3)}`;
    });
    const weak = scores.filter((s) => s.ndcg < 0.5).map((s) => `${s.q} (${s.ndcg.toFixed(2)})`);
    process.stderr.write(`[relevance] mean nDCG@10 ${mean.toFixed(3)} over ${scores.length} queries; ${byKind.join(', ')}; below 0.5: ${weak.join(', ') || 'none'}\n`);
    expect(mean).toBeGreaterThanOrEqual(NDCG_BAR);
  }, 120_000);
});
