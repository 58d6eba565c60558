import { Client, errors } from '@opensearch-project/opensearch';
import { SearchFacets, SearchHit } from '@getit/contracts';
import { DependencyUnavailableException } from '@getit/errors';
import { IndexPage, SearchIndex } from '../application/search-index.port';
import { SearchDocument } from '../domain/search-document';
import { IndexQuery, PRICE_BUCKETS, SearchFilters, titleInScriptOf } from '../domain/search-request';
import { SYNONYMS_VERSION } from '../domain/synonyms';
import { productIndexBody } from './opensearch-index.settings';

type Body = Record<string, unknown>;
interface Source {
  product_id: string;
  vendor_id: string;
  slug: string;
  title_en?: string;
  title_bn?: string;
  brand?: string;
  category_path: string[];
  price_poisha: number;
  image_url?: string;
  in_stock: boolean;
}
interface Bucket {
  key: string | number;
  doc_count: number;
  from?: number;
  to?: number;
}

const FIELDS = ['title_en^3', 'title_bn^3', 'brand^2', 'category_text^1.5', 'attr_text', 'shop_name', 'description^0.3'];
const FACET_SIZE = 20;
/** What a hit shows (toHit): the engine neither reads nor sends the description, attribute text or spelling field. */
const HIT_FIELDS: (keyof Source)[] = ['product_id', 'vendor_id', 'slug', 'title_en', 'title_bn', 'brand', 'category_path', 'price_poisha', 'image_url', 'in_stock'];
/**
 * Reads ask for the shard request cache, hits included (by default it keeps only `size: 0` answers). OpenSearch
 * drops a shard's cached answers at the refresh that changes what the shard sees, so a cached answer is never older
 * than the index itself: freshness is untouched (ADR 0017).
 */
const READ = { request_cache: true } as const;

/**
 * The search index on OpenSearch. Reads go to the alias `<prefix>products`, which a reindex moves to a freshly built
 * index; writes are versioned externally, so repeated or late events change nothing. Any engine failure becomes a
 * DependencyUnavailableException (503 problem+json), never a 500.
 */
export class OpenSearchSearchIndex implements SearchIndex {
  readonly engine = 'opensearch' as const;
  readonly capabilities = { typoTolerance: true, bengaliAnalysis: true };
  readonly alias: string;

  constructor(
    private readonly client: Client,
    private readonly synonyms: string[],
    prefix = '',
  ) {
    this.alias = `${prefix}products`;
  }

  static connect(url: string, synonyms: string[], prefix = ''): OpenSearchSearchIndex {
    return new OpenSearchSearchIndex(new Client({ node: url, requestTimeout: 5_000, maxRetries: 1 }), synonyms, prefix);
  }

  private ensured?: Promise<void>;

  /**
   * Creates the first index behind the alias when there is none (start-up; idempotent). The alias comes with the
   * index in one request, and writes wait for it: a write to a missing alias would auto-create a bare index.
   */
  ensureIndex(): Promise<void> {
    this.ensured ??= this.call(async () => {
      const exists = await this.client.indices.existsAlias({ name: this.alias });
      if (exists.body) return;
      const body = { ...productIndexBody(this.synonyms), aliases: { [this.alias]: {} } };
      await this.client.indices.create({ index: this.indexName(), body: body as never }).catch((err: unknown) => {
        if (statusOf(err) !== 400) throw err; // another instance created it meanwhile
      });
    }).catch((err: unknown) => {
      this.ensured = undefined;
      throw err;
    });
    return this.ensured;
  }

  /**
   * Builds a new index with the current settings and synonyms, copies every document, then moves the alias in one
   * atomic step and drops the old index. Searches keep answering from the old index until the switch.
   */
  async reindex(onProgress: (done: number, total: number) => void = () => {}): Promise<string> {
    return this.call(async () => {
      if (!(await this.client.indices.existsAlias({ name: this.alias })).body) {
        await this.ensureIndex(); // nothing to copy yet
        return Object.keys((await this.client.indices.getAlias({ name: this.alias })).body)[0] ?? this.alias;
      }
      const current = Object.keys((await this.client.indices.getAlias({ name: this.alias })).body);
      const next = this.indexName();
      await this.client.indices.create({ index: next, body: productIndexBody(this.synonyms) as never });
      const task = await this.client.reindex({
        body: { source: { index: this.alias }, dest: { index: next, version_type: 'external' } } as never,
        wait_for_completion: false,
        refresh: true,
      });
      const taskId = (task.body as { task: string }).task;
      for (;;) {
        const { body } = await this.client.tasks.get({ task_id: taskId });
        const status = (body as { completed: boolean; task: { status: { total: number; created: number; updated: number } } });
        onProgress(status.task.status.created + status.task.status.updated, status.task.status.total);
        if (status.completed) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const actions: Body[] = [{ add: { index: next, alias: this.alias } }];
      for (const old of current) actions.push({ remove: { index: old, alias: this.alias } });
      await this.client.indices.updateAliases({ body: { actions } as never });
      for (const old of current) await this.client.indices.delete({ index: old });
      return next;
    });
  }

  async upsert(_tx: unknown, doc: SearchDocument): Promise<void> {
    await this.ensureIndex();
    await this.call(() =>
      this.client.index({
        index: this.alias,
        id: doc.productId,
        version: doc.version,
        version_type: 'external',
        require_alias: true,
        body: toSource(doc) as never,
      }),
    ).catch(ignoreVersionConflict);
  }

  async remove(_tx: unknown, productId: string, version: number): Promise<void> {
    await this.ensureIndex();
    await this.call(() =>
      this.client.delete({ index: this.alias, id: productId, version, version_type: 'external_gte' }),
    ).catch((err: unknown) => {
      if (statusOf(err) === 404) return;
      ignoreVersionConflict(err);
    });
  }

  async setStock(_tx: unknown, productId: string, inStock: boolean): Promise<void> {
    await this.call(() =>
      this.client.update({ index: this.alias, id: productId, body: { doc: { in_stock: inStock } } as never, retry_on_conflict: 3 }),
    ).catch((err: unknown) => {
      if (statusOf(err) !== 404) throw err;
    });
  }

  async search(query: IndexQuery): Promise<IndexPage> {
    const filters = filterClauses(query.filters);
    const body: Body = {
      from: query.offset,
      size: query.limit,
      track_total_hits: true,
      query: { bool: { must: [textClause(query)] } },
      post_filter: { bool: { filter: Object.values(filters).flat() } },
      sort: sortClause(query.sort),
      _source: HIT_FIELDS,
      aggs: facetAggs(filters),
    };
    const res = await this.call(() => this.client.search({ index: this.alias, body: body as never, ...READ }));
    const hits = (res.body as { hits: { total: { value: number }; hits: { _source: Source }[] } }).hits;
    return {
      items: hits.hits.map((hit) => toHit(hit._source)),
      total: hits.total.value,
      facets: toFacets((res.body as { aggregations: Record<string, Body> }).aggregations),
    };
  }

  async suggest(prefix: string, limit: number): Promise<{ suggestions: string[]; products: SearchHit[] }> {
    const body: Body = {
      size: limit,
      query: {
        bool: {
          should: [
            { multi_match: { query: prefix, type: 'bool_prefix', fields: ['title_en.edges', 'title_bn.edges', 'brand.edges'], operator: 'and' } },
            { multi_match: { query: prefix, fields: FIELDS, fuzziness: 'AUTO', prefix_length: 1, operator: 'and' } },
          ],
          minimum_should_match: 1,
        },
      },
      sort: [{ in_stock: 'desc' }, '_score'],
      _source: HIT_FIELDS,
      aggs: { brands: { terms: { field: 'brand.kw', size: 3 } } },
    };
    const res = await this.call(() => this.client.search({ index: this.alias, body: body as never, ...READ }));
    const parsed = res.body as { hits: { hits: { _source: Source }[] }; aggregations: Record<string, { buckets: Bucket[] }> };
    const products = parsed.hits.hits.map((hit) => toHit(hit._source));
    const suggestions = [
      ...new Set([
        ...(parsed.aggregations['brands']?.buckets ?? []).map((b) => String(b.key)),
        ...products.map((p) => titleInScriptOf(prefix, p.title)),
      ]),
    ];
    return { suggestions: suggestions.slice(0, limit), products };
  }

  async correct(text: string): Promise<string | undefined> {
    const body: Body = {
      size: 0,
      suggest: { text, words: { term: { field: 'spell', suggest_mode: 'popular', min_word_length: 3, max_edits: 2, prefix_length: 1 } } },
    };
    const res = await this.call(() => this.client.search({ index: this.alias, body: body as never, ...READ }));
    const entries = (res.body as { suggest?: { words?: { text: string; options: { text: string }[] }[] } }).suggest?.words ?? [];
    let changed = false;
    const words = entries.map((entry) => {
      const best = entry.options[0]?.text;
      if (best && best !== entry.text) changed = true;
      return best ?? entry.text;
    });
    return changed ? words.join(' ') : undefined;
  }

  async ready(): Promise<boolean> {
    try {
      const { body } = await this.client.cluster.health({ timeout: '2s' });
      return (body as { status: string }).status !== 'red';
    } catch {
      return false;
    }
  }

  async refresh(): Promise<void> {
    await this.call(() => this.client.indices.refresh({ index: this.alias }));
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private indexName(): string {
    return `${this.alias}-s${SYNONYMS_VERSION}-${Date.now()}`;
  }

  /** Engine errors that are not the caller's (connection, timeout, 5xx) become a 503 problem. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      const status = statusOf(err);
      if (status !== undefined && status < 500 && status !== 429) throw err;
      throw new DependencyUnavailableException('The search engine is not answering; try again shortly.', { cause: err });
    }
  }
}

function statusOf(err: unknown): number | undefined {
  return err instanceof errors.ResponseError ? (err.meta.statusCode ?? undefined) : undefined;
}

function ignoreVersionConflict(err: unknown): void {
  if (statusOf(err) !== 409) throw err;
}

function textClause(query: IndexQuery): Body {
  const { text, mode } = query;
  if (mode === 'all') {
    return {
      bool: {
        should: [
          { multi_match: { query: text, type: 'cross_fields', fields: FIELDS, operator: 'and' } },
          { multi_match: { query: text, type: 'bool_prefix', fields: ['title_en.edges', 'title_bn.edges'], operator: 'and', boost: 0.5 } },
        ],
        minimum_should_match: 1,
      },
    };
  }
  return {
    multi_match: {
      query: text,
      fields: FIELDS,
      fuzziness: 'AUTO',
      prefix_length: 1,
      operator: mode === 'fuzzy' ? 'and' : 'or',
    },
  };
}

/** One clause list per facet, so each facet's counts can leave out its own filter. */
function filterClauses(filters: SearchFilters): Record<string, Body[]> {
  const out: Record<string, Body[]> = {};
  if (filters.category) out['category'] = [{ term: { category_path: filters.category } }];
  if (filters.brand?.length) out['brand'] = [{ terms: { 'brand.kw': filters.brand } }];
  if (filters.vendor?.length) out['vendor'] = [{ terms: { vendor_id: filters.vendor } }];
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    out['price'] = [{ range: { price_poisha: { gte: filters.priceMin, lt: filters.priceMax } } }];
  }
  if (filters.inStock !== undefined) out['inStock'] = [{ term: { in_stock: filters.inStock } }];
  for (const [name, values] of Object.entries(filters.attributes ?? {})) {
    out[`attr:${name}`] = [{ terms: { attr_pairs: values.map((value) => `${name}=${value}`) } }];
  }
  return out;
}

function facetAggs(filters: Record<string, Body[]>): Body {
  const except = (facet: string) => ({
    bool: { filter: Object.entries(filters).filter(([name]) => name !== facet && !(facet === 'attributes' && name.startsWith('attr:'))).flatMap(([, clauses]) => clauses) },
  });
  const facet = (name: string, agg: Body) => ({ filter: except(name), aggs: { values: agg } });
  const ranges = PRICE_BUCKETS.map((bucket) => ({ from: bucket.from, to: bucket.to }));
  return {
    category: facet('category', { terms: { field: 'category_path', size: FACET_SIZE } }),
    brand: facet('brand', { terms: { field: 'brand.kw', size: FACET_SIZE } }),
    vendor: facet('vendor', { terms: { field: 'vendor_id', size: FACET_SIZE } }),
    price: facet('price', { range: { field: 'price_poisha', ranges } }),
    inStock: facet('inStock', { terms: { field: 'in_stock', size: 2 } }),
    attributes: facet('attributes', { terms: { field: 'attr_pairs', size: 100 } }),
  };
}

function toFacets(aggs: Record<string, Body>): SearchFacets {
  const buckets = (name: string) => ((aggs[name]?.['values'] as { buckets?: Bucket[] })?.buckets ?? []);
  const plain = (name: string) => buckets(name).map((b) => ({ value: String(b.key), count: b.doc_count }));
  const attributes: Record<string, { value: string; count: number }[]> = {};
  for (const b of buckets('attributes')) {
    const [name, ...rest] = String(b.key).split('=');
    (attributes[name ?? ''] ??= []).push({ value: rest.join('='), count: b.doc_count });
  }
  return {
    category: plain('category'),
    brand: plain('brand'),
    vendor: plain('vendor'),
    price: buckets('price').map((b) => ({ from: b.from ?? 0, ...(b.to !== undefined ? { to: b.to } : {}), count: b.doc_count })),
    inStock: buckets('inStock').map((b) => ({ value: b.key === 1 || b.key === 'true' ? 'true' : 'false', count: b.doc_count })),
    attributes,
  };
}

function sortClause(sort: IndexQuery['sort']): Body[] {
  const stockFirst = { in_stock: 'desc' };
  switch (sort) {
    case 'price-asc':
      return [stockFirst, { price_poisha: 'asc' }, { product_id: 'asc' }];
    case 'price-desc':
      return [stockFirst, { price_poisha: 'desc' }, { product_id: 'asc' }];
    case 'newest':
      return [stockFirst, { created_at: 'desc' }, { product_id: 'asc' }];
    default:
      return [stockFirst, { _score: 'desc' }, { product_id: 'asc' }];
  }
}

function toSource(doc: SearchDocument): Body {
  return {
    product_id: doc.productId,
    vendor_id: doc.vendorId,
    shop_name: doc.shopName,
    slug: doc.slug,
    title_en: doc.title.en,
    title_bn: doc.title.bn,
    description: doc.description,
    brand: doc.brand,
    category_path: doc.categoryPath,
    category_text: doc.categoryPath.map((c) => c.replace(/-/g, ' ')).join(' '),
    attr_pairs: Object.entries(doc.attributes).map(([name, value]) => `${name}=${value}`),
    attr_text: [...Object.values(doc.attributes), doc.optionText].filter(Boolean).join(' '),
    price_poisha: doc.pricePoisha,
    image_url: doc.imageUrl,
    in_stock: doc.inStock,
    created_at: doc.createdAt,
    spell: [doc.title.en, doc.title.bn, doc.brand, ...doc.categoryPath, ...Object.values(doc.attributes), doc.optionText].filter(Boolean).join(' '),
  };
}

function toHit(source: Source): SearchHit {
  return {
    productId: source.product_id,
    vendorId: source.vendor_id,
    slug: source.slug,
    title: { ...(source.title_en ? { en: source.title_en } : {}), ...(source.title_bn ? { bn: source.title_bn } : {}) },
    ...(source.brand ? { brand: source.brand } : {}),
    categoryPath: source.category_path,
    price: { amountPoisha: source.price_poisha, currency: 'BDT' },
    ...(source.image_url ? { imageUrl: source.image_url } : {}),
    inStock: source.in_stock,
  };
}
