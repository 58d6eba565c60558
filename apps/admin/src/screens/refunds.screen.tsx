import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslations } from 'use-intl';
import { PageHeader, unwrap } from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { RefundTable } from '../components/refund-table';
import { RoleNotAllowed } from '../components/role-not-allowed';
import { useAdminSession, useApi } from '../session/admin-session';

const FILTERS = ['manual_pending', 'pending', 'completed'] as const;
type Filter = (typeof FILTERS)[number];

/**
 * Refunds by status. "Manual" is finance's task list: Nagad, cash on delivery after delivery, and refunds a
 * provider refused, each to be paid by hand and recorded here with its reference. New refunds start on an order.
 */
export function RefundsScreen() {
  const t = useTranslations('refunds');
  const api = useApi();
  const { roles } = useAdminSession();
  const [params, setParams] = useSearchParams();
  const status: Filter = (FILTERS as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Filter)
    : 'manual_pending';
  const refunds = useQuery({
    queryKey: ['refunds', { status }],
    enabled: mayUse(roles, 'refunds'),
    queryFn: async () =>
      unwrap(await api.GET('/api/admin/refunds', { params: { query: { status, limit: 200 } } })),
  });
  if (!mayUse(roles, 'refunds')) return <RoleNotAllowed />;
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mb-3 text-sm text-slate-800">{t('intro')}</p>
      <div role="tablist" aria-label={t('status')} className="mb-4 flex flex-wrap gap-2">
        {FILTERS.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={s === status}
            className={`rounded-full px-3 py-1 text-sm ${s === status ? 'bg-emerald-800 text-white' : 'bg-white text-slate-900 ring-1 ring-slate-300'}`}
            onClick={() => setParams({ status: s })}
          >
            {t(`filters.${s}`)}
          </button>
        ))}
      </div>
      <RefundTable
        refunds={refunds.data?.items ?? []}
        loading={refunds.isLoading}
        error={refunds.error}
        canComplete={mayUse(roles, 'refundCompletion')}
        showOrder
      />
    </>
  );
}
