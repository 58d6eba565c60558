import { getTranslations } from 'next-intl/server';
import { CategoryLinks } from '../../components/category-links';
import { ErrorState, errorKindOf } from '../../components/error-state';
import { ProductGrid } from '../../components/product-grid';
import { Shell } from '../../components/shell';
import { load, publicGateway } from '../../lib/gateway';
import { pageLocale, type LocaleParams } from '../../lib/page-params';
import { pageMetadata } from '../../lib/seo';

export async function generateMetadata({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return pageMetadata(locale, '', t('homeTitle'), t('homeDescription'));
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'home' });
  const api = publicGateway();
  const [categories, newest] = await Promise.all([
    load(api.GET('/api/categories')),
    load(api.GET('/api/products', { params: { query: { limit: 12, sort: 'newest', inStock: 'true' } } })),
  ]);
  return (
    <Shell locale={locale} path="">
      {!categories.ok ? <ErrorState locale={locale} kind={errorKindOf(categories.status)} /> : null}
      {categories.ok ? (
        <section aria-labelledby="categories">
          <h1 id="categories" className="mb-3 text-2xl font-bold">
            {t('categories')}
          </h1>
          <CategoryLinks
            locale={locale}
            categories={categories.data.items.filter((category) => category.parentSlug === null)}
            size="large"
          />
        </section>
      ) : null}
      {newest.ok ? (
        <section aria-labelledby="new">
          <h2 id="new" className="mb-3 text-xl font-bold">
            {t('newProducts')}
          </h2>
          <ProductGrid locale={locale} products={newest.data.items} />
        </section>
      ) : null}
    </Shell>
  );
}
