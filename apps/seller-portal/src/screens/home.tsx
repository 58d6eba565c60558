import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from 'react-router';
import { useTranslations } from 'use-intl';
import { Count, DateTime, PageHeader, ProblemAlert, StatusBadge, unwrap } from '@getit/ui/react';
import { useVendor, useVendorSession } from '../vendor-context';

const TONES = { pending: 'warn', approved: 'good', rejected: 'bad', suspended: 'bad' } as const;

/** Where a vendor lands: the application's status (with the reason when refused) and, once approved, the work waiting. */
export function HomeScreen() {
  const t = useTranslations('home');
  const ts = useTranslations('vendorStatus');
  const { vendorId, client } = useVendorSession();
  const vendor = useVendor();
  const approved = vendor.data?.status === 'approved';
  const toPack = useQuery({
    queryKey: ['packages', vendorId, 'confirmed', 'count'],
    enabled: approved,
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/packages', {
          params: { path: { vendorId: vendorId! }, query: { status: 'confirmed', limit: 100 } },
        }),
      ),
  });
  if (!vendorId) return <Navigate to="/apply" replace />;
  if (vendor.error) return <ProblemAlert error={vendor.error} />;
  if (!vendor.data) return <p role="status">{t('loading')}</p>;
  const v = vendor.data;
  return (
    <>
      <PageHeader title={v.shopName} />
      <section className="card mb-4" aria-labelledby="application-status">
        <h2 id="application-status" className="mb-2 text-lg font-medium">
          {t('applicationStatus')}
        </h2>
        <p className="flex items-center gap-2">
          <StatusBadge label={ts(v.status)} tone={TONES[v.status]} testId="vendor-status" />
          {v.decidedAt ? <DateTime iso={v.decidedAt} /> : null}
        </p>
        <p className="mt-2 text-slate-700">{t(`explain.${v.status}`)}</p>
        {v.decisionReason && (v.status === 'rejected' || v.status === 'suspended') ? (
          <p className="mt-2" data-testid="decision-reason">
            {t.rich('reason', {
              reason: v.decisionReason,
              label: (chunks) => <span className="font-medium">{chunks}</span>,
            })}
          </p>
        ) : null}
        <dl className="mt-4 grid grid-cols-1 gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t('tradeLicence')}</dt>
            <dd>{v.tradeLicenceNumber}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('nid')}</dt>
            <dd>{v.ownerNid}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('address')}</dt>
            <dd>
              {v.businessAddress.line1}, {v.businessAddress.district} {v.businessAddress.postcode}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('documents')}</dt>
            <dd>
              <Count value={v.documents.length} />
            </dd>
          </div>
        </dl>
      </section>
      {approved ? (
        <section className="card" aria-labelledby="work-waiting">
          <h2 id="work-waiting" className="mb-2 text-lg font-medium">
            {t('waiting')}
          </h2>
          <p>
            <Link className="text-emerald-800 underline" to="/packages?status=confirmed">
              {t('toPack', { count: toPack.data?.items.length ?? 0 })}
            </Link>
          </p>
          <p className="mt-2">
            <Link className="text-emerald-800 underline" to="/products/new">
              {t('addProduct')}
            </Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
