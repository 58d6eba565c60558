import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslations } from 'use-intl';
import { DateTime, PageHeader, ProblemAlert, StatusBadge, unwrap } from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { ReasonActions, type ReasonAction } from '../components/reason-actions';
import { VENDOR_TONE } from '../components/vendor-status';
import { useAdminSession, useApi } from '../session/admin-session';

type Decision = 'approve' | 'reject' | 'suspend' | 'reinstate';

const ACTIONS: Record<string, { verb: Decision; needsReason: boolean; tone: 'primary' | 'danger' }[]> = {
  pending: [
    { verb: 'approve', needsReason: false, tone: 'primary' },
    { verb: 'reject', needsReason: true, tone: 'danger' },
  ],
  approved: [{ verb: 'suspend', needsReason: true, tone: 'danger' }],
  suspended: [{ verb: 'reinstate', needsReason: true, tone: 'primary' }],
  rejected: [],
};

/** One vendor's application: KYC details and documents, its members, its standing, and the decisions open now. */
export function VendorScreen() {
  const t = useTranslations('vendors');
  const api = useApi();
  const { roles } = useAdminSession();
  const vendorId = useParams()['vendorId'] ?? '';
  const vendor = useQuery({
    queryKey: ['vendor', vendorId],
    queryFn: async () => unwrap(await api.GET('/api/vendors/{vendorId}', { params: { path: { vendorId } } })),
  });
  if (vendor.error) return <ProblemAlert error={vendor.error} />;
  const v = vendor.data;
  if (!v) return <p role="status">{t('loading')}</p>;

  const decide = (verb: Decision) => async (reason: string | undefined) => {
    const call = { params: { path: { vendorId } } };
    if (verb === 'approve')
      return unwrap(await api.POST('/api/admin/vendors/{vendorId}/approve', { ...call, body: { reason } }));
    if (verb === 'reinstate')
      return unwrap(await api.POST('/api/admin/vendors/{vendorId}/reinstate', { ...call, body: { reason } }));
    const body = { reason: reason ?? '' };
    if (verb === 'reject')
      return unwrap(await api.POST('/api/admin/vendors/{vendorId}/reject', { ...call, body }));
    return unwrap(await api.POST('/api/admin/vendors/{vendorId}/suspend', { ...call, body }));
  };
  const actions: ReasonAction[] = (ACTIONS[v.status] ?? []).map((a) => ({
    key: a.verb,
    label: t(`actions.${a.verb}`),
    needsReason: a.needsReason,
    tone: a.tone,
    run: decide(a.verb),
  }));
  const payout = Object.entries(v.payout);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-emerald-800 underline" to="/vendors">
          {t('back')}
        </Link>
      </p>
      <PageHeader
        title={v.shopName}
        actions={
          <StatusBadge
            testId="vendor-status"
            label={t(`statuses.${v.status}`)}
            tone={VENDOR_TONE[v.status]}
          />
        }
      />
      {v.decisionReason ? (
        <p className="mb-4 rounded border border-slate-200 bg-white p-3" data-testid="vendor-decision-reason">
          <span className="font-medium">{t('reason')}:</span> {v.decisionReason}
          {v.decidedAt ? (
            <span className="text-slate-700">
              {' '}
              (<DateTime iso={v.decidedAt} />)
            </span>
          ) : null}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">{t('kyc')}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">{t('slug')}</dt>
            <dd>{v.slug}</dd>
            <dt className="font-medium">{t('tradeLicence')}</dt>
            <dd data-testid="trade-licence">{v.tradeLicenceNumber}</dd>
            <dt className="font-medium">{t('nid')}</dt>
            <dd>{v.ownerNid}</dd>
            <dt className="font-medium">{t('address')}</dt>
            <dd>
              {[
                v.businessAddress.line1,
                v.businessAddress.line2,
                v.businessAddress.district,
                v.businessAddress.division,
                v.businessAddress.postcode,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
            <dt className="font-medium">{t('payout')}</dt>
            <dd>
              {payout
                .map(([key, value]) =>
                  key === 'method'
                    ? t(`payoutMethods.${value}`)
                    : `${t.has(`payoutFields.${key}`) ? t(`payoutFields.${key}`) : key}: ${value}`,
                )
                .join(' · ')}
            </dd>
            <dt className="font-medium">{t('applied')}</dt>
            <dd>
              <DateTime iso={v.createdAt} />
            </dd>
          </dl>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">{t('documents')}</h2>
          <ul className="list-disc pl-5 text-sm" data-testid="vendor-documents">
            {v.documents.map((doc) => (
              <li key={doc.url}>
                <a
                  className="text-emerald-800 underline"
                  href={doc.url}
                  target="_blank"
                  rel="noreferrer noopener"
                >
                  {t.has(`documentKinds.${doc.kind}`) ? t(`documentKinds.${doc.kind}`) : doc.kind}
                </a>
              </li>
            ))}
          </ul>
          <h2 className="mb-2 mt-4 text-lg font-semibold">{t('members')}</h2>
          <ul className="text-sm">
            {v.members.map((m) => (
              <li key={m.userId}>
                {m.displayName ?? m.phone ?? m.userId} · {t(`roles.${m.role}`)}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {actions.length > 0 && mayUse(roles, 'vendorDecisions') ? (
        <section className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">{t('decision')}</h2>
          <ReasonActions
            actions={actions}
            reasonLabel={t('reasonLabel')}
            invalidate={[['vendor', vendorId], ['vendors']]}
            testId="vendor-decision"
          />
        </section>
      ) : null}
    </>
  );
}
