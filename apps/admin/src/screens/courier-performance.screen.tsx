import type { FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import { placeName } from '@getit/contracts';
import {
  Count,
  DataTable,
  Field,
  fieldError,
  formValues,
  PageHeader,
  unwrap,
  useFormatters,
  useUiLocale,
  type Column,
} from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { RoleNotAllowed } from '../components/role-not-allowed';
import { useAdminSession, useApi } from '../session/admin-session';

type Row = ApiResponse<'/api/admin/shipments/performance', 'get'>['rows'][number];

/**
 * Operations' comparison of couriers per destination district (GET /api/admin/shipments/performance): the
 * shipments booked in a period (the API's default: the last 30 days) and how they went.
 */
export function CourierPerformanceScreen() {
  const t = useTranslations('courierPerformance');
  const api = useApi();
  const format = useFormatters();
  const { locale } = useUiLocale();
  const { roles } = useAdminSession();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const allowed = mayUse(roles, 'courierPerformance');
  const report = useQuery({
    queryKey: ['courier-performance', { from, to }],
    enabled: allowed,
    queryFn: async () =>
      unwrap(await api.GET('/api/admin/shipments/performance', { params: { query: { from, to } } })),
  });
  if (!allowed) return <RoleNotAllowed />;
  const days = (value: number | null) => (value === null ? '—' : t('days', { days: format.decimal(value) }));
  const columns: Column<Row>[] = [
    { key: 'district', header: t('district'), cell: (r) => placeName(r.district, locale) },
    { key: 'courier', header: t('courier'), cell: (r) => t(`couriers.${r.courier}`) },
    { key: 'shipments', header: t('shipments'), numeric: true, cell: (r) => <Count value={r.shipments} /> },
    { key: 'delivered', header: t('delivered'), numeric: true, cell: (r) => <Count value={r.delivered} /> },
    {
      key: 'share',
      header: t('deliveredShare'),
      numeric: true,
      cell: (r) => (r.deliveredShare === null ? '—' : format.percent(r.deliveredShare)),
    },
    {
      key: 'partial',
      header: t('partiallyDelivered'),
      numeric: true,
      cell: (r) => <Count value={r.partiallyDelivered} />,
    },
    { key: 'returned', header: t('returned'), numeric: true, cell: (r) => <Count value={r.returned} /> },
    { key: 'failed', header: t('failed'), numeric: true, cell: (r) => <Count value={r.failed} /> },
    { key: 'median', header: t('medianDays'), numeric: true, cell: (r) => days(r.medianDays) },
    { key: 'p90', header: t('p90Days'), numeric: true, cell: (r) => days(r.p90Days) },
    { key: 'late', header: t('late'), numeric: true, cell: (r) => <Count value={r.late} /> },
  ];
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const next: Record<string, string> = {};
    if (values['from']) next['from'] = values['from'];
    if (values['to']) next['to'] = values['to'];
    setParams(next);
  };
  const period = report.data;
  // a period the API refused is said at its field; there is no table for it
  const badPeriod = Boolean(fieldError(report.error, 'from') ?? fieldError(report.error, 'to'));
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mb-3 text-slate-700">{t('intro')}</p>
      <form
        onSubmit={show}
        noValidate
        aria-label={t('period')}
        className="mb-3 flex flex-wrap items-end gap-3"
        key={`${from ?? ''}/${to ?? ''}`}
      >
        <Field label={t('from')} error={fieldError(report.error, 'from')}>
          <input type="date" name="from" defaultValue={from ?? period?.from ?? ''} />
        </Field>
        <Field label={t('to')} error={fieldError(report.error, 'to')}>
          <input type="date" name="to" defaultValue={to ?? period?.to ?? ''} />
        </Field>
        <button type="submit" className="rounded bg-emerald-800 px-3 py-1.5 text-white">
          {t('show')}
        </button>
      </form>
      {period ? (
        <p className="mb-2 text-sm text-slate-900" data-testid="performance-period">
          {t('booked', { from: format.day(period.from), to: format.day(period.to) })}
        </p>
      ) : null}
      {badPeriod ? null : (
        <DataTable
          caption={t('title')}
          testId="courier-performance"
          rows={period?.rows ?? []}
          rowKey={(r) => `${r.district}:${r.courier}`}
          loading={report.isPending}
          error={report.error}
          columns={columns}
          empty={<p>{t('empty')}</p>}
        />
      )}
    </>
  );
}
