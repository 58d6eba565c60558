import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AddressFields } from '../../../components/address-fields';
import { CartPackages } from '../../../components/cart-packages';
import { ErrorState, type ErrorKind } from '../../../components/error-state';
import { CARD, FIELD } from '../../../components/form-controls';
import { SavedAddressPicker } from '../../../components/saved-address-picker';
import { Shell } from '../../../components/shell';
import { isSignedIn } from '../../../lib/auth-session';
import { loadCart } from '../../../lib/cart-load';
import { one, pageRequest, type PageProps } from '../../../lib/page-params';
import { savedAddresses } from '../../../lib/saved-addresses';
import { privatePageMetadata } from '../../../lib/seo';
import { placeOrder } from '../actions';

const METHODS = ['cod', 'bkash', 'nagad', 'sslcommerz'] as const;

export const generateMetadata = privatePageMetadata('checkoutTitle', '/checkout');

export default async function CheckoutPage(props: PageProps) {
  const { locale, query } = await pageRequest(props);
  const t = await getTranslations({ locale, namespace: 'checkout' });
  const [addresses, signedIn] = await Promise.all([savedAddresses(), isSignedIn()]);
  // The address the form starts from: the one picked, else the default; `?address=new` starts empty.
  const wanted = one(query['address']);
  const chosen = wanted === 'new' ? undefined : (addresses.find((a) => a.id === wanted) ?? addresses[0]);
  const { cart, quote, district } = await loadCart('cod', chosen?.address.district);
  if (!cart?.ok || cart.data.vendors.every((v) => v.lines.length === 0)) redirect(`/${locale}/cart`);
  const error = one(query['error']) as ErrorKind | undefined;
  const fields = one(query['fields']);
  return (
    <Shell locale={locale} path="/checkout">
      <h1 className="mb-4 text-2xl font-bold">{t('title')}</h1>
      {error ? <ErrorState locale={locale} kind={error} /> : null}
      {fields ? <p className="text-red-900">{t('invalid', { fields })}</p> : null}
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-3">
          {addresses.length > 0 ? (
            <SavedAddressPicker locale={locale} addresses={addresses} chosenId={chosen?.id} />
          ) : null}
          {/* Keyed by the address, so picking another one starts the form afresh from it. */}
          <form key={chosen?.id ?? 'new'} action={placeOrder} className={`space-y-3 ${CARD}`}>
            <input type="hidden" name="locale" value={locale} />
            {/* One key per attempt: a double click or a retried request places the order once. */}
            <input type="hidden" name="attempt" value={randomUUID()} />
            <input type="hidden" name="shownItemsTotal" value={cart.data.itemsTotalPoisha} />
            <h2 className="text-lg font-semibold">{t('address')}</h2>
            <AddressFields locale={locale} saved={chosen?.address} district={district} />
            {signedIn && !chosen ? (
              <fieldset className="rounded border border-gray-300 p-3">
                <legend className="px-1">{t('saveAddressLegend')}</legend>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="saveAddress" value="yes" />
                  {t('saveAddress')}
                </label>
                <label className="mt-2 block">
                  {t('addressLabel')}
                  <input
                    name="addressLabel"
                    maxLength={40}
                    defaultValue={t('defaultLabel')}
                    className={FIELD}
                  />
                </label>
              </fieldset>
            ) : null}
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
        </div>
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
