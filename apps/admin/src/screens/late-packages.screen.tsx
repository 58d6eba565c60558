import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import { DataTable, DateTime, PageHeader, StatusBadge, unwrap, type Column } from '@getit/ui/react';
import { RoleNotAllowed } from '../components/role-not-allowed';
import { StatusTabs } from '../components/status-tabs';
import { useAdminSession, useApi } from '../session/admin-session';

type Item = ApiResponse<'/api/admin/shipments/late', 'get'>['items'][number];
/** The roles the gateway lets read late packages (GET /api/admin/shipments/late). */
const READERS = ['admin:super-admin', 'admin:operations', 'admin:support'];
const WINDOWS = ['late', 'soon'] as const;

/** Operations' list of packages past (or close to) their handover or delivery deadline. */
export function LatePackagesScreen() {
  const t = useTranslations('latePackages');
  const api = useApi();
  const { roles } = useAdminSession();
  const [params, setParams] = useSearchParams();
  const soon = params.get('window') === 'soon';
  const allowed = READERS.some((role) => roles.includes(role));
  const late = useQuery({
    queryKey: ['late-packages', { soon }],
    enabled: allowed,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/admin/shipments/late', { params: { query: { withinHours: soon ? '24' : '0' } } }),
      ),
  });
  if (!allowed) return <RoleNotAllowed />;
  const columns: Column<Item>[] = [
    {
      key: 'order',
      header: t('order'),
      cell: (r) => <Link to={`/orders/${r.orderId}`}>{r.orderNumber}</Link>,
    },
    { key: 'deadline', header: t('deadline'), cell: (r) => t(`deadlines.${r.deadline}`) },
    { key: 'due', header: t('due'), cell: (r) => <DateTime iso={r.dueAt} /> },
    {
      key: 'late',
      header: t('status'),
      cell: (r) => <StatusBadge label={r.late ? t('late') : t('dueSoon')} tone={r.late ? 'bad' : 'warn'} />,
    },
    { key: 'courier', header: t('courier'), cell: (r) => (r.courier ? t(`couriers.${r.courier}`) : '—') },
    {
      key: 'shipment',
      header: t('shipment'),
      cell: (r) => (t.has(`shipmentStatuses.${r.status}`) ? t(`shipmentStatuses.${r.status}`) : r.status),
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mb-3 text-slate-700">{t('intro')}</p>
      <StatusTabs
        label={t('deadline')}
        options={WINDOWS}
        current={soon ? 'soon' : 'late'}
        name={(option) => t(`window.${option}`)}
        onSelect={(option) => setParams(option === 'soon' ? { window: 'soon' } : {})}
      />
      <DataTable
        caption={t('title')}
        testId="late-packages"
        rows={late.data?.items ?? []}
        rowKey={(r) => `${r.packageId}:${r.deadline}`}
        loading={late.isPending}
        error={late.error}
        columns={columns}
        empty={<p>{t('empty')}</p>}
      />
    </>
  );
}
