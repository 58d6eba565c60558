import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DistrictSelect } from '../../../components/district-select';
import { CartPackages } from '../../../components/cart-packages';
import { ErrorState, errorKindOf, type ErrorKind } from '../../../components/error-state';
import { Shell } from '../../../components/shell';
import { loadCart } from '../../../lib/cart-load';
import { one, pageRequest, type PageProps } from '../../../lib/page-params';
import { privatePageMetadata } from '../../../lib/seo';
import { chooseDistrict } from '../actions';

export const generateMetadata = privatePageMetadata('cartTitle', '/cart');

export default async function CartPage(props: PageProps) {
  const { locale, query } = await pageRequest(props);
  const t = await getTranslations({ locale, namespace: 'cart' });
  const error = one(query['error']) as ErrorKind | undefined;
  const { cart, quote, district } = await loadCart();
  const lines = cart?.ok ? cart.data.vendors.flatMap((v) => v.lines) : [];
  return (
    <Shell locale={locale} path="/cart">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {error ? <ErrorState locale={locale} kind={error} /> : null}
      {cart && !cart.ok && cart.status !== 404 ? (
        <ErrorState locale={locale} kind={errorKindOf(cart.status)} />
      ) : null}
      {lines.length === 0 ? <p>{t('empty')}</p> : null}
      {cart?.ok && lines.length > 0 ? (
        <>
          {cart.data.priceChanged ? (
            <p role="alert" className="mb-4 rounded border border-amber-400 bg-amber-50 p-3 text-amber-900">
              {t('priceChangedNotice')}
            </p>
          ) : null}
          <form action={chooseDistrict} className="mb-4 flex flex-wrap items-center gap-2">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="back" value={`/${locale}/cart`} />
            <label>
              {t('deliveryTo')}
              <DistrictSelect district={district} locale={locale} />
            </label>
            <button type="submit" className="rounded border border-brand px-3 py-1 text-brand-dark">
              {t('update')}
            </button>
          </form>
          <CartPackages locale={locale} cart={cart.data} quote={quote} editable />
          {lines.some((l) => l.outOfStock) ? <ErrorState locale={locale} kind="outOfStock" /> : null}
          <Link
            href={`/${locale}/checkout`}
            className="mt-4 block rounded bg-brand px-4 py-3 text-center font-semibold text-white"
          >
            {t('checkout')}
          </Link>
        </>
      ) : null}
    </Shell>
  );
}
