import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ErrorState, errorKindOf } from '../../../components/error-state';
import { FacetChips, FacetFilters } from '../../../components/facet-filters';
import { ProductGrid } from '../../../components/product-grid';
import { Shell } from '../../../components/shell';
import { load, publicGateway } from '../../../lib/gateway';
import { localized, pageRequest, type PageProps } from '../../../lib/page-params';
import { pageMetadata } from '../../../lib/seo';
import { readSearchState, SEARCH_SORTS, searchHref } from './search-state';

export async function generateMetadata(props: PageProps) {
  const { locale, query: params } = await pageRequest(props);
  const { q } = readSearchState(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    ...pageMetadata(locale, '/search', t('searchTitle', { query: q }), t('homeDescription')),
    robots: { index: false },
  };
}

const SORT_LABELS = { relevance: 'sortRelevance', 'price-asc': 'sortPriceAsc', 'price-desc': 'sortPriceDesc', newest: 'sortNewest' } as const;
const RELAXED = { typos: 'relaxedTypos', 'any-word': 'relaxedAnyWord', category: 'relaxedCategory' } as const;

export default async function SearchPage(props: PageProps) {
  const { locale, query: params } = await pageRequest(props);
  const state = readSearchState(params);
  const t = await getTranslations({ locale, namespace: 'search' });
  const api = publicGateway();
  const [result, categories] = await Promise.all([
    state.q
      ? load(
          api.GET('/api/search', {
          params: {
            query: {
              q: state.q,
              limit: 24,
              sort: state.sort,
              ...(state.category ? { category: state.category } : {}),
              ...(state.brand.length ? { brand: state.brand.join(',') } : {}),
              ...(state.attr.length ? { attr: state.attr.join(',') } : {}),
              ...(state.priceMin !== undefined ? { priceMin: state.priceMin } : {}),
              ...(state.priceMax !== undefined ? { priceMax: state.priceMax } : {}),
              ...(state.inStock ? { inStock: 'true' as const } : {}),
              ...(state.cursor ? { cursor: state.cursor } : {}),
            },
          },
        }),
      )
      : null,
    load(api.GET('/api/categories')),
  ]);
  // The category facet and chip name categories as the catalog does, in the shopper's language (not by slug).
  const categoryNames: Record<string, string> = categories.ok
    ? Object.fromEntries(categories.data.items.map((category) => [category.slug, localized(category.name, locale)]))
    : {};
  const data = result?.ok ? result.data : null;
  const field = 'rounded border border-gray-400 bg-white px-2 py-1';
  return (
    <Shell locale={locale} path={`/search?q=${encodeURIComponent(state.q)}`} query={state.q}>
      <h1 className="mb-2 text-2xl font-bold">{state.q ? t('results', { query: state.q }) : t('prompt')}</h1>
      {result && !result.ok ? <ErrorState locale={locale} kind={errorKindOf(result.status)} /> : null}
      {data?.didYouMean ? (
        <p className="mb-2" data-did-you-mean>
          {t('didYouMean')}{' '}
          <Link className="font-semibold text-brand-dark underline" href={searchHref(locale, { ...state, q: data.didYouMean, cursor: undefined })}>
            {data.didYouMean}
          </Link>
        </p>
      ) : null}
      {data?.relaxed ? (
        <p className="mb-2 rounded bg-amber-50 p-2" role="status" data-relaxed={data.relaxed}>
          {t(RELAXED[data.relaxed], { query: state.q })}
        </p>
      ) : null}
      {data && data.items.length === 0 ? (
        <section className="rounded bg-white p-4" data-zero-results>
          <p className="font-semibold">{t('empty', { query: state.q })}</p>
          <p className="mt-2 text-gray-700">{t('zeroHelp')}</p>
        </section>
      ) : null}
      {data && data.items.length > 0 ? (
        <div className="flex gap-4 pb-16 md:pb-0">
          <div className="min-w-0 flex-1">
            <FacetChips locale={locale} state={state} categoryNames={categoryNames} />
            <form method="get" action={`/${locale}/search`} className="mb-3 flex items-center gap-2">
              <input type="hidden" name="q" value={state.q} />
              {state.category ? <input type="hidden" name="category" value={state.category} /> : null}
              {state.brand.length ? <input type="hidden" name="brand" value={state.brand.join(',')} /> : null}
              {state.attr.length ? <input type="hidden" name="attr" value={state.attr.join(',')} /> : null}
              {state.priceMin !== undefined ? <input type="hidden" name="priceMin" value={state.priceMin} /> : null}
              {state.priceMax !== undefined ? <input type="hidden" name="priceMax" value={state.priceMax} /> : null}
              {state.inStock ? <input type="hidden" name="inStock" value="true" /> : null}
              <span data-total>{t('total', { count: data.total ?? data.items.length })}</span>
              <label className="ml-auto">
                {t('sort')}{' '}
                <select name="sort" defaultValue={state.sort} className={field}>
                  {SEARCH_SORTS.map((sort) => (
                    <option key={sort} value={sort}>
                      {t(SORT_LABELS[sort])}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded bg-brand px-3 py-1 font-semibold text-white">
                {t('apply')}
              </button>
            </form>
            <ProductGrid locale={locale} products={data.items.map((hit) => ({ ...hit, id: hit.productId }))} />
            {data.nextCursor ? (
              <p className="mt-4">
                <Link rel="next" href={searchHref(locale, { ...state, cursor: data.nextCursor })} className="font-semibold text-brand-dark underline">
                  {t('next')}
                </Link>
              </p>
            ) : null}
          </div>
          {/* After the results in the document (the first list link in <main> is the first result), first on screen. */}
          {data.facets ? <FacetFilters locale={locale} state={state} facets={data.facets} categoryNames={categoryNames} /> : null}
        </div>
      ) : null}
    </Shell>
  );
}
