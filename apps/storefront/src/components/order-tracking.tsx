import { getTranslations } from 'next-intl/server';
import { formatCount, formatDateTime } from '@getit/ui';
import type { Locale } from '../i18n/routing';
import { gateway, load } from '../lib/gateway';

/**
 * Where each package is with its courier: the courier, consignment id and the timeline in the shopper's language.
 * Rendered on the order page; shows nothing while no package has reached a courier (or shipping does not answer).
 */
export async function OrderTracking({ locale, orderId }: { locale: Locale; orderId: string }) {
  const t = await getTranslations({ locale, namespace: 'tracking' });
  const tracking = await load(
    (await gateway()).GET('/api/orders/{orderId}/tracking', { params: { path: { orderId } } }),
  );
  if (!tracking.ok) return null;
  const shipped = tracking.data.packages.filter((pkg) => pkg.timeline.length > 0);
  if (shipped.length === 0) return null;
  return (
    <section className="space-y-3" aria-labelledby="tracking-title" data-testid="order-tracking">
      <h2 id="tracking-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {shipped.map((pkg, index) => (
        <div key={pkg.packageId} className="rounded-lg bg-white p-4 shadow-sm" data-testid="tracking-package">
          <h3 className="font-semibold">
            {t('package', { index: formatCount(index + 1, locale) })}:{' '}
            <span data-testid="tracking-status">{t(`status_${pkg.status}` as 'status_booked')}</span>
          </h3>
          {pkg.courier && pkg.consignmentId ? (
            <p className="text-sm text-gray-700">
              {t('courier', { courier: t(`courier_${pkg.courier}`), consignment: pkg.consignmentId })}
            </p>
          ) : null}
          <ol className="mt-2 space-y-1 border-l-2 border-green-600 pl-3">
            {pkg.timeline.map((step, stepIndex) => (
              <li key={stepIndex}>
                <time dateTime={step.at} className="text-sm text-gray-600">
                  {formatDateTime(step.at, locale)}
                </time>{' '}
                {locale === 'bn' ? step.bn : step.en}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
