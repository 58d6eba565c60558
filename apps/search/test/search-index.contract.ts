import { randomUUID } from 'node:crypto';
import { EventPayload, SearchResult, SuggestResult } from '@getit/contracts';
import { RunningService } from '@getit/service-kit';
import { eventFixture, waitFor } from '@getit/testing';
import { SearchUnderTest, startSearchUnderTest } from './search.harness';

type Upserted = EventPayload<'catalog.product-upserted.v1'>;
export const productFixture = eventFixture<Upserted>('catalog.product-upserted.v1');

const TANGAIL = randomUUID();
const WALTON_VARIANT = randomUUID();
const DHAKA = randomUUID();

export function product(over: Partial<Upserted> & { en: string; bn?: string; taka: number }): Upserted {
  const { en, bn, taka, ...rest } = over;
  return {
    ...productFixture,
    productId: randomUUID(),
    slug: en.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    title: { en, ...(bn ? { bn } : {}) },
    price: { amountPoisha: taka * 100, currency: 'BDT' },
    variants: [],
    attributes: {},
    version: 1,
    listed: true,
    status: 'published',
    ...rest,
  };
}

const sarees = ['fashion', 'women', 'sarees'];
const phones = ['electronics', 'mobile-phones', 'smartphones'];
export const CONTRACT_PRODUCTS: Upserted[] = [
  product({ en: 'Dhakai Jamdani Saree, Red', bn: 'ঢাকাই জামদানি শাড়ি, লাল', taka: 12_500, brand: 'Tangail Tant Ghar', vendorId: TANGAIL, categoryPath: sarees, attributes: { fabric: 'Cotton', colour: 'Red' } }),
  product({ en: 'Jamdani Saree, Blue', bn: 'জামদানি শাড়ি, নীল', taka: 9_800, brand: 'Dhakai Weaves', vendorId: TANGAIL, categoryPath: sarees, attributes: { fabric: 'Cotton', colour: 'Blue' } }),
  product({ en: 'Cotton Panjabi for Men', bn: 'ছেলেদের সুতি পাঞ্জাবি', taka: 2_500, brand: 'Aarong', vendorId: TANGAIL, categoryPath: ['fashion', 'men', 'panjabi'], attributes: { fabric: 'Cotton', colour: 'White' } }),
  product({ en: 'Samsung Galaxy A16', bn: 'স্যামসাং গ্যালাক্সি A16', taka: 21_999, brand: 'Samsung', vendorId: DHAKA, categoryPath: phones, attributes: { storage: '128 GB', network: '5G' } }),
  product({
    en: 'Walton Primo R10', bn: 'ওয়ালটন প্রিমো R10', taka: 14_999, brand: 'Walton', vendorId: DHAKA, categoryPath: phones, attributes: { storage: '128 GB', network: '4G' },
    variants: [{ variantId: WALTON_VARIANT, sku: 'WAL-R10', options: { colour: 'Black' }, price: { amountPoisha: 1_499_900, currency: 'BDT' }, weightGrams: 190 }],
  }),
  product({ en: 'Xiaomi Redmi Note 14', bn: 'শাওমি রেডমি নোট 14', taka: 24_999, brand: 'Xiaomi', vendorId: DHAKA, categoryPath: phones, attributes: { storage: '256 GB', network: '5G' } }),
  product({ en: 'Rajshahi Silk Saree', bn: 'রাজশাহী সিল্ক শাড়ি', taka: 18_000, brand: 'Sopura Silk', vendorId: TANGAIL, categoryPath: sarees, listed: false }),
];

export interface ContractTarget {
  /** Extra environment for startSearch (OPENSEARCH_URL…); none for the Postgres index. */
  env: Record<string, string>;
  typoTolerance: boolean;
  bengaliAnalysis: boolean;
}

export interface ContractHandle {
  service: RunningService;
  get<T>(path: string): Promise<T>;
  publish(data: Upserted): Promise<void>;
}

/** The one contract both search indexes keep, through the service's HTTP API and its catalog events. */
export function describeSearchIndexContract(name: string, target: () => ContractTarget, extra?: (h: () => ContractHandle) => void): void {
  describe(`search index contract: ${name}`, () => {
    const caps = target();
    let search: SearchUnderTest;
    let handle: ContractHandle;

    beforeAll(async () => {
      search = await startSearchUnderTest(`search_contract_${name}`, caps.env);
      const { service } = search;
      const get = async <T>(path: string): Promise<T> => {
        const res = await fetch(`${service.url}${path}`);
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return (await res.json()) as T;
      };
      const publish = (data: Upserted) => search.publish('catalog.product-upserted.v1', data, data.productId);
      handle = { service, get, publish };
      for (const data of CONTRACT_PRODUCTS) await publish(data);
      await waitFor('all listed products indexed', async () => (await find('saree')).total === 2 && (await find('mobile')).total === 3, { timeoutMs: 30_000, intervalMs: 200 });
    }, 120_000);
    afterAll(async () => {
      await search?.stop();
    });

    const find = (q: string, params: Record<string, string> = {}) =>
      handle.get<SearchResult>(`/search?${new URLSearchParams({ q, ...params })}`);
    const titles = (result: SearchResult) => result.items.map((item) => item.title.en);

    extra?.(() => handle);

    it('finds products by English, Bangla and Banglish words (synonyms file), never an unlisted one', async () => {
      expect(titles(await find('jamdani saree')).sort()).toEqual(['Dhakai Jamdani Saree, Red', 'Jamdani Saree, Blue']);
      expect(titles(await find('জামদানি')).sort()).toEqual(['Dhakai Jamdani Saree, Red', 'Jamdani Saree, Blue']);
      expect(titles(await find('shari')).sort()).toEqual(['Dhakai Jamdani Saree, Red', 'Jamdani Saree, Blue']);
      expect(titles(await find('punjabi'))).toEqual(['Cotton Panjabi for Men']);
      expect((await find('মোবাইল')).total).toBe(3);
      expect(titles(await find('silk'))).not.toContain('Rajshahi Silk Saree');
    });

    it('filters by brand and attribute, and each facet counts with the other filters but not its own', async () => {
      const result = await find('saree', { brand: 'Tangail Tant Ghar' });
      expect(titles(result)).toEqual(['Dhakai Jamdani Saree, Red']);
      expect(result.facets?.brand).toEqual(expect.arrayContaining([{ value: 'Tangail Tant Ghar', count: 1 }, { value: 'Dhakai Weaves', count: 1 }]));
      expect(result.facets?.attributes['colour']).toEqual([{ value: 'Red', count: 1 }]);
      const blue = await find('saree', { attr: 'colour:Blue' });
      expect(titles(blue)).toEqual(['Jamdani Saree, Blue']);
      expect(blue.facets?.brand).toEqual([{ value: 'Dhakai Weaves', count: 1 }]);
      const cheap = await find('mobile', { priceMax: String(2_000_000) });
      expect(titles(cheap)).toEqual(['Walton Primo R10']);
      expect(cheap.facets?.price.find((bucket) => bucket.from === 2_000_000)?.count).toBe(2);
    });

    it('sorts by price and pages by cursor without repeats', async () => {
      expect(titles(await find('mobile', { sort: 'price-asc' }))).toEqual(['Walton Primo R10', 'Samsung Galaxy A16', 'Xiaomi Redmi Note 14']);
      expect(titles(await find('mobile', { sort: 'price-desc' }))[0]).toBe('Xiaomi Redmi Note 14');
      const first = await find('mobile', { sort: 'price-asc', limit: '2' });
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await find('mobile', { sort: 'price-asc', limit: '2', cursor: first.nextCursor ?? '' });
      expect(titles(second)).toEqual(['Xiaomi Redmi Note 14']);
      expect(second.nextCursor).toBeUndefined();
    });

    it('relaxes a query that finds nothing and says so', async () => {
      const result = await find('jamdani panjabi');
      expect(result.relaxed).toBe('any-word');
      expect(titles(result)).toEqual(expect.arrayContaining(['Cotton Panjabi for Men', 'Jamdani Saree, Blue']));
      // What the dashboards chart: the zero-result and relaxed rates, and how fresh the index is.
      const metrics = await (await fetch(`${handle.service.url}/metrics`)).text();
      expect(metrics).toMatch(/search_queries_total\{[^}]*outcome="relaxed"[^}]*\} [1-9]/);
      expect(metrics).toMatch(/search_index_freshness_seconds_count(\{[^}]*\})? [1-9]/);
    });

    it('puts a product whose stock ran out last, counts it in the in-stock facet, and brings it back with stock', async () => {
      const stock = (available: number, version: number) =>
        search.publish('inventory.stock-changed.v1', { variantId: WALTON_VARIANT, vendorId: DHAKA, sku: 'WAL-R10', available, version }, WALTON_VARIANT);
      await stock(0, 1);
      const out = await waitFor('out of stock', async () => {
        const result = await find('mobile', { sort: 'price-asc' });
        return result.items.at(-1)?.title.en === 'Walton Primo R10' ? result : undefined;
      });
      expect(out.items.at(-1)?.inStock).toBe(false);
      expect(out.facets?.inStock).toEqual(expect.arrayContaining([{ value: 'true', count: 2 }, { value: 'false', count: 1 }]));
      expect(titles(await find('mobile', { inStock: 'true' }))).not.toContain('Walton Primo R10');
      await stock(3, 2);
      await waitFor('back in stock', async () => titles(await find('mobile', { sort: 'price-asc' }))[0] === 'Walton Primo R10');
    });

    it('suggests as the shopper types', async () => {
      const result = await handle.get<SuggestResult>(`/search/suggest?q=${encodeURIComponent('jamd')}`);
      expect(result.products.map((p) => p.title.en)).toEqual(expect.arrayContaining(['Jamdani Saree, Blue']));
      expect(result.suggestions.some((s) => /jamdani/i.test(s))).toBe(true);
    });

    // ADR 0017: the Postgres index has no edit distance nor decimal_digit folding: there these are skipped, not passed.
    const itWith = (capability: 'typoTolerance' | 'bengaliAnalysis') => (caps[capability] ? it : it.skip);
    itWith('typoTolerance')('tolerates typos and offers "did you mean" (typoTolerance)', async () => {
      const jamdni = await find('jamdni');
      expect(jamdni.items.length).toBe(2);
      expect(jamdni.relaxed).toBe('typos');
      expect(jamdni.didYouMean).toBe('jamdani');
      expect(titles(await find('samsng'))).toEqual(['Samsung Galaxy A16']);
    });

    itWith('bengaliAnalysis')('matches Bangla digits with ASCII ones (bengaliAnalysis)', async () => {
      expect(titles(await find('১২৮')).sort()).toEqual(['Samsung Galaxy A16', 'Walton Primo R10']);
    });

    // Issue 15: a vendor lists with a Bangla title only (catalog's slug is the Banglish transliteration).
    it('finds a Bangla-only product by its Bangla title and by its Banglish transliteration', async () => {
      const lungi = product({ en: 'x', bn: 'চেক লুঙ্গি', taka: 450, vendorId: TANGAIL, categoryPath: ['fashion', 'men', 'lungi'] });
      lungi.title = { bn: 'চেক লুঙ্গি' };
      lungi.slug = 'chek-lungi';
      await handle.publish(lungi);
      const ids = (result: SearchResult) => result.items.map((item) => item.productId);
      await waitFor('the Bangla-only product indexed', async () => ids(await find('লুঙ্গি')).includes(lungi.productId), { timeoutMs: 15_000, intervalMs: 200 });

      const byBangla = await find('চেক লুঙ্গি');
      expect(ids(byBangla)).toContain(lungi.productId);
      expect(byBangla.items.find((item) => item.productId === lungi.productId)?.title).toEqual({ bn: 'চেক লুঙ্গি' });
      expect(ids(await find('lungi'))).toContain(lungi.productId);
      expect(ids(await find('lungee'))).toContain(lungi.productId);
    });

    // ADR 0017: the gateway keeps search answers briefly and revalidates them by ETag; a browser must always ask.
    it('tags each answer with an ETag of its content, answers 304 while it holds, and a new answer once a product changes it', async () => {
      const url = `${handle.service.url}/search?q=kantha`;
      const before = await fetch(url);
      expect(before.status).toBe(200);
      expect(before.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1');
      const etag = before.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
      const suggest = await fetch(`${handle.service.url}/search/suggest?q=jam`);
      expect(suggest.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=1');
      expect((await fetch(`${handle.service.url}/search/suggest?q=jam`, { headers: { 'if-none-match': suggest.headers.get('etag') ?? '' } })).status).toBe(304);

      const quilt = product({ en: 'Nakshi Kantha Quilt', bn: 'নকশি কাঁথা', taka: 3_200, vendorId: TANGAIL, categoryPath: ['home', 'quilts'] });
      await handle.publish(quilt);
      const changed = await waitFor('the quilt in a new answer', async () => {
        const res = await fetch(url, { headers: { 'if-none-match': etag } });
        if (res.status !== 200) return undefined;
        const body = (await res.json()) as SearchResult;
        return titles(body).includes('Nakshi Kantha Quilt') ? { etag: res.headers.get('etag'), body } : undefined;
      }, { timeoutMs: 15_000, intervalMs: 100 });
      expect(changed.etag).not.toBe(etag);
      expect(titles(changed.body)).toEqual(['Nakshi Kantha Quilt']);
    });
  });
}
