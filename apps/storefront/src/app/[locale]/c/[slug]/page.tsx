import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CategoryLinks } from '../../../../components/category-links';
import { ErrorState, errorKindOf } from '../../../../components/error-state';
import { ProductGrid } from '../../../../components/product-grid';
import { Shell } from '../../../../components/shell';
import { load, publicGateway } from '../../../../lib/gateway';
import { localized, one, pageLocale, pageRequest, type PageProps } from '../../../../lib/page-params';
import { pageMetadata } from '../../../../lib/seo';

type Params = PageProps<{ slug: string }>['params'];
const SORTS = ['newest', 'price_asc', 'price_desc'] as const;

export async function generateMetadata({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  const category = await load(publicGateway().GET('/api/categories/{slug}', { params: { path: { slug } } }));
  const name = category.ok ? localized(category.data.name, locale) : slug;
  return pageMetadata(
    locale,
    `/c/${slug}`,
    `${name} | ${t('siteName')}`,
    t('categoryDescription', { category: name }),
  );
}

/** Taka typed by the shopper to poisha for the catalog's filter; anything else is ignored. */
function takaParam(value: string | undefined): number | undefined {
  return value && /^\d{1,9}$/.test(value) ? Number(value) * 100 : undefined;
}

export default async function CategoryPage(props: PageProps<{ slug: string }>) {
  const {
    locale,
    params: { slug },
    query,
  } = await pageRequest(props);
  const t = await getTranslations({ locale, namespace: 'listing' });
  const sort = SORTS.find((s) => s === one(query['sort'])) ?? 'newest';
  const min = one(query['min']);
  const max = one(query['max']);
  const inStock = one(query['inStock']) === 'true';
  const cursor = one(query['cursor']);
  const api = publicGateway();
  const [category, page] = await Promise.all([
    load(api.GET('/api/categories/{slug}', { params: { path: { slug } } })),
    load(
      api.GET('/api/products', {
        params: {
          query: {
            category: slug,
            sort,
            limit: 24,
            minPricePoisha: takaParam(min),
            maxPricePoisha: takaParam(max),
            ...(inStock ? { inStock: 'true' as const } : {}),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    ),
  ]);
  if (!category.ok)
    return (
      <Shell locale={locale} path={`/c/${slug}`}>
        <ErrorState locale={locale} kind={errorKindOf(category.status)} />
      </Shell>
    );
  const field = 'mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-1';
  const next =
    page.ok && page.data.nextCursor
      ? new URLSearchParams({
          sort,
          ...(min ? { min } : {}),
          ...(max ? { max } : {}),
          ...(inStock ? { inStock: 'true' } : {}),
          cursor: page.data.nextCursor,
        })
      : null;
  return (
    <Shell locale={locale} path={`/c/${slug}`}>
      <h1 className="mb-3 text-2xl font-bold">{localized(category.data.name, locale)}</h1>
      {category.data.children.length > 0 ? (
        <CategoryLinks locale={locale} categories={category.data.children} size="small" />
      ) : null}
      <form
        method="get"
        className="mb-4 grid grid-cols-2 gap-3 rounded bg-white p-3 sm:grid-cols-5 sm:items-end"
      >
        <label>
          {t('sort')}
          <select name="sort" defaultValue={sort} className={field}>
            <option value="newest">{t('sortNewest')}</option>
            <option value="price_asc">{t('sortPriceAsc')}</option>
            <option value="price_desc">{t('sortPriceDesc')}</option>
          </select>
        </label>
        <label>
          {t('minPrice')}
          <input name="min" inputMode="numeric" pattern="[0-9]*" defaultValue={min} className={field} />
        </label>
        <label>
          {t('maxPrice')}
          <input name="max" inputMode="numeric" pattern="[0-9]*" defaultValue={max} className={field} />
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="inStock" value="true" defaultChecked={inStock} />
          {t('inStockOnly')}
        </label>
        <button type="submit" className="rounded bg-brand px-3 py-2 font-semibold text-white">
          {t('apply')}
        </button>
      </form>
      {!page.ok ? <ErrorState locale={locale} kind={errorKindOf(page.status)} /> : null}
      {page.ok && page.data.items.length === 0 ? <p>{t('empty')}</p> : null}
      {page.ok ? <ProductGrid locale={locale} products={page.data.items} /> : null}
      {next ? (
        <p className="mt-4">
          <Link
            rel="next"
            href={`/${locale}/c/${slug}?${next.toString()}`}
            className="font-semibold text-brand-dark underline"
          >
            {t('next')}
          </Link>
        </p>
      ) : null}
    </Shell>
  );
}
