import { getTranslations } from 'next-intl/server';
import { ErrorState, errorKindOf } from '../../../components/error-state';
import { ProductGrid } from '../../../components/product-grid';
import { Shell } from '../../../components/shell';
import { load, publicGateway } from '../../../lib/gateway';
import { one, pageRequest, type PageProps } from '../../../lib/page-params';
import { pageMetadata } from '../../../lib/seo';

/** The query searched for (trimmed, at most 200 characters). */
function searched(query: Record<string, string | string[] | undefined>): string {
  return one(query['q'])?.trim().slice(0, 200) ?? '';
}

export async function generateMetadata(props: PageProps) {
  const { locale, query: params } = await pageRequest(props);
  const query = searched(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    ...pageMetadata(locale, '/search', t('searchTitle', { query }), t('homeDescription')),
    robots: { index: false },
  };
}

export default async function SearchPage(props: PageProps) {
  const { locale, query: params } = await pageRequest(props);
  const query = searched(params);
  const t = await getTranslations({ locale, namespace: 'search' });
  const result = query
    ? await load(publicGateway().GET('/api/search', { params: { query: { q: query, limit: 40 } } }))
    : null;
  return (
    <Shell locale={locale} path={`/search?q=${encodeURIComponent(query)}`}>
      <h1 className="mb-4 text-2xl font-bold">{query ? t('results', { query }) : t('prompt')}</h1>
      {result && !result.ok ? <ErrorState locale={locale} kind={errorKindOf(result.status)} /> : null}
      {result?.ok && result.data.items.length === 0 ? <p>{t('empty', { query })}</p> : null}
      {result?.ok ? (
        <ProductGrid
          locale={locale}
          products={result.data.items.map((hit) => ({ ...hit, id: hit.productId }))}
        />
      ) : null}
    </Shell>
  );
}
