import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DIVISIONS } from '@getit/contracts';
import { CartPackages } from '../../../components/cart-packages';
import { DistrictPicker } from '../../../components/district-picker';
import { ErrorState, type ErrorKind } from '../../../components/error-state';
import { Shell } from '../../../components/shell';
import { loadCart } from '../../../lib/cart-load';
import { one, pageLocale, type LocaleParams } from '../../../lib/page-params';
import { pageMetadata } from '../../../lib/seo';
import { placeOrder } from '../actions';

type Search = Promise<Record<string, string | string[] | undefined>>;
const METHODS = ['cod', 'bkash', 'nagad', 'sslcommerz'] as const;

export async function generateMetadata({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    ...pageMetadata(locale, '/checkout', t('checkoutTitle'), t('homeDescription')),
    robots: { index: false },
  };
}

export default async function CheckoutPage({
  params,
  searchParams,
}: {
  params: LocaleParams;
  searchParams: Search;
}) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'checkout' });
  const { cart, quote, district } = await loadCart();
  if (!cart?.ok || cart.data.vendors.every((v) => v.lines.length === 0)) redirect(`/${locale}/cart`);
  const error = one(query['error']) as ErrorKind | undefined;
  const fields = one(query['fields']);
  const input = 'mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2';
  return (
    <Shell locale={locale} path="/checkout">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {error ? <ErrorState locale={locale} kind={error} /> : null}
      {fields ? <p className="text-red-900">{t('invalid', { fields })}</p> : null}
      <div className="grid gap-6 md:grid-cols-2">
        <form action={placeOrder} className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
          <input type="hidden" name="locale" value={locale} />
          {/* One key per attempt: a double click or a retried request places the order once. */}
          <input type="hidden" name="attempt" value={randomUUID()} />
          <input type="hidden" name="shownItemsTotal" value={cart.data.itemsTotalPoisha} />
          <h2 className="text-lg font-semibold">{t('address')}</h2>
          <label className="block">
            {t('name')}
            <input name="name" required maxLength={100} autoComplete="name" className={input} />
          </label>
          <label className="block">
            {t('phone')}
            <input
              name="phone"
              required
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              pattern="(\+?880)?0?1[3-9][0-9]{8}"
              aria-describedby="phone-hint"
              className={input}
            />
            <span id="phone-hint" className="text-sm text-gray-700">
              {t('phoneHint')}
            </span>
          </label>
          <DistrictPicker
            divisions={DIVISIONS}
            initialDistrict={district}
            labels={{
              division: t('division'),
              district: t('district'),
              chooseDivision: t('chooseDivision'),
              chooseDistrict: t('chooseDistrict'),
            }}
          />
          <label className="block">
            {t('area')}
            <input name="area" required maxLength={100} className={input} />
          </label>
          <label className="block">
            {t('postcode')}
            <input
              name="postcode"
              required
              inputMode="numeric"
              pattern="[0-9]{4}"
              maxLength={4}
              autoComplete="postal-code"
              className={input}
            />
          </label>
          <label className="block">
            {t('street')}
            <input name="street" required maxLength={300} autoComplete="street-address" className={input} />
          </label>
          <fieldset>
            <legend className="text-lg font-semibold">{t('payment')}</legend>
            {METHODS.map((method) => (
              <label key={method} className="mt-1 flex items-center gap-2">
                <input
                  type="radio"
                  name="paymentMethod"
                  value={method}
                  defaultChecked={method === 'cod'}
                  required
                />
                {t(method)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="w-full rounded bg-brand px-4 py-3 font-semibold text-white">
            {t('placeOrder')}
          </button>
        </form>
        <section aria-labelledby="summary">
          <h2 id="summary" className="mb-2 text-lg font-semibold">
            {t('summary')}
          </h2>
          <CartPackages locale={locale} cart={cart.data} quote={quote} editable={false} />
        </section>
      </div>
    </Shell>
  );
}
