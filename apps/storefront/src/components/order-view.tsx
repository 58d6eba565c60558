import { getTranslations } from 'next-intl/server';
import type { ApiResponse } from '@getit/api-client';
import { placeName } from '@getit/contracts';
import { formatCount, formatDateTime, formatMoney } from '@getit/ui';
import type { Locale } from '../i18n/routing';

export type Order = ApiResponse<'/api/orders/{orderId}', 'get'>;

/** The order's saga made visible: its status (or why it was cancelled), then each package with its own status. */
export async function OrderView({ locale, order }: { locale: Locale; order: Order }) {
  const t = await getTranslations({ locale, namespace: 'order' });
  const money = (poisha: number) => formatMoney(poisha, locale);
  const status =
    order.status === 'cancelled' && order.cancellation
      ? t(`cancelled_${order.cancellation.reason}`)
      : t(`status_${order.status}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title', { number: order.orderNumber })}</h1>
      <p className="text-gray-700">{t('placedAt', { date: formatDateTime(order.placedAt, locale) })}</p>
      <p
        role="status"
        data-testid="order-status"
        className={`rounded p-3 text-lg font-semibold ${order.status === 'cancelled' ? 'bg-red-50 text-red-900' : order.status === 'pending_payment' ? 'bg-amber-50 text-amber-900' : 'bg-green-50 text-green-900'}`}
      >
        {status}
      </p>
      {order.status === 'confirmed' ? <p>{t('thanks')}</p> : null}
      {order.status === 'pending_payment' ? <p>{t('pendingNote')}</p> : null}
      {order.packages.map((pkg, index) => (
        <section key={pkg.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid="order-package">
          <h2 className="font-semibold">
            {t('package', {
              index: formatCount(index + 1, locale),
              count: formatCount(order.packages.length, locale),
            })}
            : {t(`packageStatus_${pkg.status}`)}
          </h2>
          <p className="text-sm text-gray-700">
            {t('packageFrom', { district: placeName(pkg.originDistrict, locale) })}
          </p>
          <ul className="my-2">
            {pkg.lines.map((line) => (
              <li key={line.id} className="flex justify-between">
                <span>
                  {line.title} × {formatCount(line.quantity, locale)}
                </span>
                <span>{money(line.lineTotalPoisha)}</span>
              </li>
            ))}
          </ul>
          <p className="text-sm">{t('total', { amount: money(pkg.totalPoisha) })}</p>
          <p className="text-sm font-semibold">
            {pkg.codAmountPoisha !== null
              ? t('codDue', { amount: money(pkg.codAmountPoisha) })
              : t('prepaid')}
          </p>
        </section>
      ))}
      <p className="text-lg font-bold">{t('total', { amount: money(order.totalPoisha) })}</p>
    </div>
  );
}
