import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { formatCount, formatMoney } from '@getit/ui';
import { DistrictSelect } from '../../../../components/district-select';
import { ErrorState, errorKindOf, type ErrorKind } from '../../../../components/error-state';
import { Shell } from '../../../../components/shell';
import { ProductTitle } from '../../../../components/product-title';
import { chosenDistrict } from '../../../../lib/cart-session';
import { load, publicGateway, PUBLIC_URL } from '../../../../lib/gateway';
import { localized, one, pageLocale, pageRequest, type PageProps } from '../../../../lib/page-params';
import { pageMetadata } from '../../../../lib/seo';
import { addToCart, chooseDistrict } from '../../actions';
import { productJsonLd } from './product-json-ld';

type Params = PageProps<{ slug: string }>['params'];
const ONLY_N_LEFT_BELOW = 10;

async function product(slug: string) {
  return load(publicGateway().GET('/api/products/{idOrSlug}', { params: { path: { idOrSlug: slug } } }));
}

export async function generateMetadata({ params }: { params: Params }) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  const found = await product(slug);
  if (!found.ok) return { title: t('siteName') };
  const title = localized(found.data.title, locale);
  const description = t('productDescription', {
    title,
    shop: found.data.shop?.name ?? t('siteName'),
    price: formatMoney(found.data.price.amountPoisha, locale),
  });
  return pageMetadata(locale, `/p/${slug}`, `${title} | ${t('siteName')}`, description, {
    image: found.data.imageUrl,
  });
}

export default async function ProductPage(props: PageProps<{ slug: string }>) {
  const {
    locale,
    params: { slug },
    query,
  } = await pageRequest(props);
  const t = await getTranslations({ locale, namespace: 'product' });
  const found = await product(slug);
  if (!found.ok && found.status === 404) notFound();
  const path = `/p/${slug}`;
  if (!found.ok)
    return (
      <Shell locale={locale} path={path}>
        <ErrorState locale={locale} kind={errorKindOf(found.status)} />
      </Shell>
    );
  const item = found.data;
  const api = publicGateway();
  const district = one(query['district']) ?? (await chosenDistrict());
  const cheapest = [...item.variants].sort((a, b) => a.price.amountPoisha - b.price.amountPoisha)[0]!;
  const [stock, shop] = await Promise.all([
    load(
      api.GET('/api/availability', {
        params: { query: { variantIds: item.variants.map((v) => v.id).join(',') } },
      }),
    ),
    item.shop ? load(api.GET('/api/shops/{slug}', { params: { path: { slug: item.shop.slug } } })) : null,
  ]);
  const quote = shop?.ok
    ? await load(
        api.POST('/api/quotes', {
          body: {
            destination: { district },
            paymentMethod: 'cod',
            packages: [
              {
                vendorId: item.vendorId,
                originDistrict: shop.data.district,
                weightGrams: cheapest.weightGrams,
                codAmountPoisha: cheapest.price.amountPoisha,
              },
            ],
          },
        }),
      )
    : null;
  const available = new Map(stock.ok ? stock.data.items.map((s) => [s.variantId, s.available]) : []);
  const title = localized(item.title, locale);
  const description = locale === 'bn' ? (item.description.bn ?? item.description.en) : item.description.en;
  const error = one(query['error']) as ErrorKind | undefined;
  const firstInStock = item.variants.find((v) => (available.get(v.id) ?? 0) > 0) ?? item.variants[0]!;
  return (
    <Shell locale={locale} path={path}>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: JSON.stringify(
            productJsonLd(item, title, `${PUBLIC_URL}/${locale}${path}`, available),
          ).replace(/</g, '\\u003c'),
        }}
      />
      <article className="grid gap-6 md:grid-cols-2">
        <div>
          <h1 className="text-2xl font-bold">
            <ProductTitle title={item.title} locale={locale} />
          </h1>
          {item.brand ? <p className="text-gray-700">{t('brand', { brand: item.brand })}</p> : null}
          <p className="mt-2 text-2xl font-bold text-brand-dark">
            {formatMoney(item.price.amountPoisha, locale)}
          </p>
          <p className={item.inStock ? 'text-green-800' : 'text-red-800'}>
            {item.inStock ? t('inStock') : t('outOfStock')}
          </p>
          {item.shop ? (
            <p className="mt-2">
              {t('soldBy')}{' '}
              <Link
                href={`/${locale}/s/${item.shop.slug}`}
                className="font-semibold text-brand-dark underline"
              >
                {item.shop.name}
              </Link>
            </p>
          ) : null}
          {description ? (
            <section className="mt-4">
              <h2 className="font-semibold">{t('description')}</h2>
              <p>{description}</p>
            </section>
          ) : null}
        </div>
        <div className="space-y-4">
          {error ? <ErrorState locale={locale} kind={error} /> : null}
          {one(query['added']) ? (
            <p id="added" role="status" className="rounded bg-green-50 p-3 text-green-900">
              {t('added')}
            </p>
          ) : null}
          <form action={addToCart} className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="back" value={`/${locale}${path}`} />
            <fieldset>
              <legend className="font-semibold">{t('variant')}</legend>
              {item.variants.map((variant) => {
                const left = available.get(variant.id) ?? 0;
                const label = Object.values(variant.options).join(' · ') || variant.sku;
                return (
                  <label key={variant.id} className="mt-2 flex items-center gap-2">
                    <input
                      type="radio"
                      name="variantId"
                      value={variant.id}
                      defaultChecked={variant.id === firstInStock.id}
                      disabled={left === 0}
                      required
                    />
                    <span className="flex-1">{label}</span>
                    <span className="font-semibold">{formatMoney(variant.price.amountPoisha, locale)}</span>
                    <span className={left === 0 ? 'text-red-800' : 'text-amber-800'}>
                      {left === 0
                        ? t('outOfStock')
                        : left < ONLY_N_LEFT_BELOW
                          ? t('onlyLeft', { count: formatCount(left, locale) })
                          : ''}
                    </span>
                  </label>
                );
              })}
            </fieldset>
            <label className="block">
              {t('quantity')}
              <input
                name="quantity"
                type="number"
                min={1}
                max={100}
                defaultValue={1}
                className="ml-2 w-20 rounded border border-gray-400 px-2 py-1"
              />
            </label>
            <button
              type="submit"
              disabled={!item.inStock}
              className="w-full rounded bg-brand px-4 py-3 font-semibold text-white disabled:bg-gray-500"
            >
              {t('addToCart')}
            </button>
          </form>
          <form action={chooseDistrict} className="rounded-lg bg-white p-4 shadow-sm">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="back" value={`/${locale}${path}`} />
            <h2 className="font-semibold">{t('delivery')}</h2>
            <label className="mt-2 block">
              {t('deliveryTo')}
              <DistrictSelect district={district} locale={locale} />
            </label>
            <button
              type="submit"
              className="mt-2 rounded border border-brand px-3 py-1 font-semibold text-brand-dark"
            >
              {t('deliveryCheck')}
            </button>
            <p className="mt-2" data-testid="delivery-quote">
              {quote?.ok
                ? t('deliveryQuote', {
                    district,
                    charge: formatMoney(quote.data.packages[0]!.totalPoisha, locale),
                  })
                : t('deliveryUnavailable')}
            </p>
          </form>
        </div>
      </article>
    </Shell>
  );
}
