import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useLocale } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import { DataTable, DateTime, PageHeader, StatusBadge, unwrap, type Column } from '@getit/ui/react';
import { RoleNotAllowed } from '../components/role-not-allowed';
import { useAdminSession, useApi } from '../session/admin-session';

type Item = ApiResponse<'/api/admin/shipments/late', 'get'>['items'][number];
/** The roles the gateway lets read late packages (GET /api/admin/shipments/late). */
const READERS = ['admin:super-admin', 'admin:operations', 'admin:support'];

// The screen's own bn/en copy (kept beside it, as the COD reconciliation screen does).
const COPY = {
  en: {
    title: 'Late packages',
    intro:
      'Packages past the Digital Commerce Operation Guidelines deadlines: handed to a courier within 48 hours of ' +
      'payment, delivered within 5 days in Dhaka or 10 days elsewhere.',
    window: { late: 'Late now', soon: 'Late or due within 24 hours' },
    order: 'Order',
    deadline: 'Deadline',
    deadlines: { handover: 'Handover to courier', delivery: 'Delivery' },
    due: 'Due',
    status: 'Status',
    courier: 'Courier',
    late: 'Late',
    dueSoon: 'Due soon',
    empty: 'No package is late.',
  },
  bn: {
    title: 'দেরির প্যাকেজ',
    intro:
      'ডিজিটাল কমার্স পরিচালনা নির্দেশিকার সময়সীমা পেরোনো প্যাকেজ: পেমেন্টের ৪৮ ঘণ্টার মধ্যে কুরিয়ারে হস্তান্তর, ' +
      'ঢাকায় ৫ দিন ও অন্যত্র ১০ দিনের মধ্যে ডেলিভারি।',
    window: { late: 'এখন দেরি', soon: 'দেরি বা ২৪ ঘণ্টার মধ্যে সময় শেষ' },
    order: 'অর্ডার',
    deadline: 'সময়সীমা',
    deadlines: { handover: 'কুরিয়ারে হস্তান্তর', delivery: 'ডেলিভারি' },
    due: 'শেষ সময়',
    status: 'অবস্থা',
    courier: 'কুরিয়ার',
    late: 'দেরি',
    dueSoon: 'শীঘ্রই শেষ',
    empty: 'কোনো প্যাকেজ দেরিতে নেই।',
  },
} as const;

/** Operations' list of packages past (or close to) their handover or delivery deadline. */
export function LatePackagesScreen() {
  const copy = COPY[useLocale() === 'bn' ? 'bn' : 'en'];
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
      header: copy.order,
      cell: (r) => <Link to={`/orders/${r.orderId}`}>{r.orderNumber}</Link>,
    },
    { key: 'deadline', header: copy.deadline, cell: (r) => copy.deadlines[r.deadline] },
    { key: 'due', header: copy.due, cell: (r) => <DateTime iso={r.dueAt} /> },
    {
      key: 'late',
      header: copy.status,
      cell: (r) => <StatusBadge label={r.late ? copy.late : copy.dueSoon} tone={r.late ? 'bad' : 'warn'} />,
    },
    { key: 'courier', header: copy.courier, cell: (r) => r.courier ?? '—' },
    { key: 'shipment', header: '', cell: (r) => r.status },
  ];
  return (
    <>
      <PageHeader title={copy.title} />
      <p className="mb-3 text-slate-700">{copy.intro}</p>
      <nav className="mb-4 flex gap-2">
        {(['late', 'soon'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={(option === 'soon') === soon}
            className={(option === 'soon') === soon ? 'btn-primary' : 'btn-secondary'}
            onClick={() => setParams(option === 'soon' ? { window: 'soon' } : {})}
          >
            {copy.window[option]}
          </button>
        ))}
      </nav>
      <DataTable
        caption={copy.title}
        testId="late-packages"
        rows={late.data?.items ?? []}
        rowKey={(r) => `${r.packageId}:${r.deadline}`}
        loading={late.isPending}
        error={late.error}
        columns={columns}
        empty={<p>{copy.empty}</p>}
      />
    </>
  );
}
