import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslations } from 'use-intl';
import {
  DateTime,
  EmptyState,
  PageHeader,
  ProblemAlert,
  StatusBadge,
  unwrap,
  useUiLocale,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';
import { ReturnReceipt } from './return-receipt';

const GOOD = new Set(['picked', 'in_transit', 'out_for_delivery', 'delivered']);
const BAD = new Set(['delivery_failed', 'returning', 'returned']);

/** One order's packages of this vendor with the courier: consignment, deadlines, the label and the timeline. */
export function ShipmentScreen() {
  const t = useTranslations('shipment');
  const { locale } = useUiLocale();
  const { client, vendorId } = useVendorSession();
  const { orderId } = useParams();
  const [printError, setPrintError] = useState<string | undefined>();
  const tracking = useQuery({
    queryKey: ['tracking', orderId],
    queryFn: async () =>
      unwrap(await client.GET('/api/orders/{orderId}/tracking', { params: { path: { orderId: orderId! } } })),
  });

  const print = async (packageId: string) => {
    setPrintError(undefined);
    const response = await client.GET('/api/vendors/{vendorId}/packages/{packageId}/label', {
      params: { path: { vendorId: vendorId!, packageId } },
      parseAs: 'blob',
    });
    if (!response.response.ok || !response.data) return setPrintError(t('printFailed'));
    window.open(URL.createObjectURL(response.data as Blob), '_blank', 'noopener');
  };

  const packages = (tracking.data?.packages ?? []).filter((pkg) => pkg.vendorId === vendorId);
  return (
    <>
      <PageHeader title={t('title')} />
      <ProblemAlert error={tracking.error} />
      {printError ? <p role="alert">{printError}</p> : null}
      {tracking.isSuccess && packages.length === 0 ? <EmptyState title={t('empty')} /> : null}
      {packages.map((pkg) => (
        <section key={pkg.packageId} className="card mb-4" data-testid="shipment">
          <div className="flex flex-wrap items-center gap-3">
            <StatusBadge
              label={t(`status.${pkg.status}` as 'status.booked')}
              tone={GOOD.has(pkg.status) ? 'good' : BAD.has(pkg.status) ? 'bad' : 'warn'}
              testId="shipment-status"
            />
            <span>{pkg.courier ? t(`courier.${pkg.courier}`) : t('noCourier')}</span>
            {pkg.consignmentId ? (
              <span>
                {t.rich('consignment', {
                  id: pkg.consignmentId,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </span>
            ) : null}
            {pkg.consignmentId ? (
              <button type="button" className="btn-primary" onClick={() => void print(pkg.packageId)}>
                {t('printLabel')}
              </button>
            ) : null}
          </div>
          {pkg.bookingDelay ? (
            <p role="status" className="mt-2 text-sm text-amber-900" data-testid="booking-delay">
              {locale === 'bn' ? pkg.bookingDelay.bn : pkg.bookingDelay.en}{' '}
              {t.rich('bookingRetry', {
                attempts: pkg.bookingDelay.attempts,
                time: () => <DateTime iso={pkg.bookingDelay!.retryAt} />,
              })}
            </p>
          ) : null}
          {pkg.handoverDueAt ? (
            <p className="mt-2 text-sm text-slate-700">
              {t.rich('handoverDue', { time: () => <DateTime iso={pkg.handoverDueAt} /> })}
            </p>
          ) : null}
          <ol className="mt-3 space-y-1" aria-label={t('timeline')}>
            {pkg.timeline.map((step, index) => (
              <li key={index}>
                <DateTime iso={step.at} /> — {locale === 'bn' ? step.bn : step.en}
              </li>
            ))}
          </ol>
          {pkg.status === 'returned' || pkg.status === 'partially_delivered' ? (
            <ReturnReceipt packageId={pkg.packageId} />
          ) : null}
        </section>
      ))}
    </>
  );
}
