import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { PageHeader, unwrap } from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { RefundTable } from '../components/refund-table';
import { RoleNotAllowed } from '../components/role-not-allowed';
import { StatusTabs, useStatusParam } from '../components/status-tabs';
import { useAdminSession, useApi } from '../session/admin-session';

const FILTERS = ['manual_pending', 'pending', 'completed'] as const;

/**
 * Refunds by status. "Manual" is finance's task list: Nagad, cash on delivery after delivery, and refunds a
 * provider refused, each to be paid by hand and recorded here with its reference. New refunds start on an order.
 */
export function RefundsScreen() {
  const t = useTranslations('refunds');
  const api = useApi();
  const { roles } = useAdminSession();
  const [status, setStatus] = useStatusParam(FILTERS, 'manual_pending');
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
      <StatusTabs
        label={t('status')}
        options={FILTERS}
        current={status}
        name={(s) => t(`filters.${s}`)}
        onSelect={setStatus}
      />
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
