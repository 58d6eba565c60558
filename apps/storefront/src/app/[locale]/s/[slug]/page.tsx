import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { placeName } from '@getit/contracts';
import { formatDateTime } from '@getit/ui';
import { ErrorState, errorKindOf } from '../../../../components/error-state';
import { ProductGrid } from '../../../../components/product-grid';
import { Shell } from '../../../../components/shell';
import { load, publicGateway } from '../../../../lib/gateway';
import { localized, pageLocale, type PageProps } from '../../../../lib/page-params';
import { pageMetadata } from '../../../../lib/seo';

type Params = PageProps<{ slug: string }>['params'];

async function shop(slug: string) {
  return load(publicGateway().GET('/api/shops/{slug}', { params: { path: { slug } } }));
}

export async function generateMetadata({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  const found = await shop(slug);
  if (!found.ok) return { title: t('siteName') };
  return pageMetadata(
    locale,
    `/s/${slug}`,
    `${found.data.name} | ${t('siteName')}`,
    t('shopDescription', { shop: found.data.name, district: placeName(found.data.district, locale) }),
  );
}

export default async function ShopPage({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'shop' });
  const found = await shop(slug);
  if (!found.ok && found.status === 404) notFound();
  if (!found.ok)
    return (
      <Shell locale={locale} path={`/s/${slug}`}>
        <ErrorState locale={locale} kind={errorKindOf(found.status)} />
      </Shell>
    );
  const products = await load(
    publicGateway().GET('/api/products', {
      params: { query: { vendorId: found.data.vendorId, limit: 48, sort: 'newest' } },
    }),
  );
  const about = localized({ en: found.data.description.en ?? '', bn: found.data.description.bn }, locale);
  return (
    <Shell locale={locale} path={`/s/${slug}`}>
      <h1 className="text-2xl font-bold">{found.data.name}</h1>
      <p>{t('district', { district: placeName(found.data.district, locale) })}</p>
      <p>{t('since', { date: formatDateTime(found.data.since, locale) })}</p>
      <p className="text-gray-700">{found.data.rating.count === 0 ? t('noRatings') : null}</p>
      {about ? <p className="mt-2">{about}</p> : null}
      <h2 className="mb-3 mt-6 text-xl font-bold">{t('products')}</h2>
      {products.ok ? (
        <ProductGrid locale={locale} products={products.data.items} />
      ) : (
        <ErrorState locale={locale} kind={errorKindOf(products.status)} />
      )}
    </Shell>
  );
}
