import { getTranslations } from 'next-intl/server';
import type { ApiResponse } from '@getit/api-client';
import { formatCount, formatMoney } from '@getit/ui';
import type { Locale } from '../i18n/routing';
import { setQuantity } from '../app/[locale]/actions';

export type Cart = ApiResponse<'/api/carts/{cartId}', 'get'>;
export type DeliveryQuote = ApiResponse<'/api/carts/{cartId}/delivery-quote', 'post'>;
const ONLY_N_LEFT_BELOW = 10;

/** One package per vendor, each with its lines, delivery charge and total; the totals of all of them below. */
export async function CartPackages({
  locale,
  cart,
  quote,
  editable,
}: {
  locale: Locale;
  cart: Cart;
  quote: DeliveryQuote | null;
  editable: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'cart' });
  const p = await getTranslations({ locale, namespace: 'product' });
  const money = (poisha: number) => formatMoney(poisha, locale);
  return (
    <div className="space-y-4">
      <p>{t('packageCount', { count: cart.vendors.length })}</p>
      {cart.vendors.map((vendor) => {
        const charge = quote?.packages.find((pkg) => pkg.vendorId === vendor.vendorId);
        return (
          <section key={vendor.vendorId} className="rounded-lg bg-white p-4 shadow-sm" data-testid="package">
            <h2 className="text-lg font-semibold">
              {t('package', { shop: vendor.shopName ?? t('unknownShop') })}
            </h2>
            <ul className="divide-y">
              {vendor.lines.map((line) => (
                <li key={line.variantId} className="flex flex-wrap items-center gap-2 py-2">
                  <span className="flex-1">
                    {line.title}
                    <span className="block text-sm text-gray-700">
                      {line.unitPricePoisha !== null
                        ? t('unitPrice', { price: money(line.unitPricePoisha) })
                        : t('notPurchasable')}
                    </span>
                    {line.priceChanged && line.unitPricePoisha !== null ? (
                      <span
                        className="block text-sm font-semibold text-amber-800"
                        data-testid="price-changed"
                      >
                        {t('priceChanged', {
                          was: money(line.seenPricePoisha),
                          now: money(line.unitPricePoisha),
                        })}
                      </span>
                    ) : null}
                    {line.outOfStock ? (
                      <span className="block text-sm text-red-800">{p('outOfStock')}</span>
                    ) : null}
                    {!line.outOfStock && line.available < ONLY_N_LEFT_BELOW ? (
                      <span className="block text-sm text-amber-800">
                        {p('onlyLeft', { count: formatCount(line.available, locale) })}
                      </span>
                    ) : null}
                  </span>
                  {editable ? (
                    <form action={setQuantity} className="flex items-center gap-1">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="variantId" value={line.variantId} />
                      <label>
                        <span className="sr-only">{t('quantityOf', { title: line.title })}</span>
                        <input
                          name="quantity"
                          type="number"
                          min={0}
                          max={100}
                          defaultValue={line.quantity}
                          className="w-16 rounded border border-gray-400 px-2 py-1"
                        />
                      </label>
                      <button
                        type="submit"
                        className="rounded border border-brand px-2 py-1 text-sm text-brand-dark"
                      >
                        {t('update')}
                      </button>
                    </form>
                  ) : (
                    <span>× {formatCount(line.quantity, locale)}</span>
                  )}
                  <span className="w-28 text-right font-semibold">{money(line.lineTotalPoisha)}</span>
                </li>
              ))}
            </ul>
            <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
              <dt>{t('subtotal')}</dt>
              <dd className="text-right">{money(vendor.subtotalPoisha)}</dd>
              <dt>{t('deliveryCharge')}</dt>
              <dd className="text-right" data-testid="delivery-charge">
                {charge ? money(charge.deliveryChargePoisha) : '—'}
              </dd>
              <dt className="font-semibold">{t('packageTotal')}</dt>
              <dd className="text-right font-semibold">
                {money(charge ? charge.totalPoisha : vendor.subtotalPoisha)}
              </dd>
            </dl>
          </section>
        );
      })}
      <dl className="grid grid-cols-2 gap-1 rounded-lg bg-white p-4 shadow-sm">
        <dt>{t('itemsTotal')}</dt>
        <dd className="text-right">{money(cart.itemsTotalPoisha)}</dd>
        <dt>{t('deliveryTotal')}</dt>
        <dd className="text-right">{quote ? money(quote.deliveryTotalPoisha) : '—'}</dd>
        <dt className="text-lg font-bold">{t('grandTotal')}</dt>
        <dd className="text-right text-lg font-bold" data-testid="grand-total">
          {money(quote ? quote.totalPoisha : cart.itemsTotalPoisha)}
        </dd>
      </dl>
    </div>
  );
}
