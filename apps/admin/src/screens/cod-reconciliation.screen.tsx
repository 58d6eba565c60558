import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import {
  DataTable,
  DateTime,
  Field,
  fieldError,
  formValues,
  Money,
  PageHeader,
  ProblemAlert,
  StatusBadge,
  unwrap,
  type Column,
} from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { RoleNotAllowed } from '../components/role-not-allowed';
import { StatusTabs, useStatusParam } from '../components/status-tabs';
import { useAdminSession, useApi } from '../session/admin-session';

type Item = ApiResponse<'/api/admin/cod/reconciliation', 'get'>['items'][number];
const FILTERS = ['open', 'resolved'] as const;

/** Finance's queue of cash-on-delivery differences (GET /api/admin/cod/reconciliation), each resolved with a note. */
export function CodReconciliationScreen() {
  const t = useTranslations('codReconciliation');
  const api = useApi();
  const { roles } = useAdminSession();
  const [status, setStatus] = useStatusParam(FILTERS, 'open');
  const queue = useQuery({
    queryKey: ['cod-reconciliation', { status }],
    enabled: mayUse(roles, 'ledger'),
    queryFn: async () =>
      unwrap(await api.GET('/api/admin/cod/reconciliation', { params: { query: { status, limit: 500 } } })),
  });
  if (!mayUse(roles, 'ledger')) return <RoleNotAllowed />;
  const columns: Column<Item>[] = [
    { key: 'created', header: t('created'), cell: (r) => <DateTime iso={r.createdAt} /> },
    {
      key: 'kind',
      header: t('kind'),
      cell: (r) => <StatusBadge label={t(`kinds.${r.kind}`)} tone={r.kind === 'over' ? 'warn' : 'bad'} />,
    },
    { key: 'courier', header: t('courier'), cell: (r) => r.courier },
    { key: 'consignment', header: t('consignment'), cell: (r) => r.consignmentId },
    { key: 'remittance', header: t('remittance'), cell: (r) => r.remittanceId ?? '—' },
    {
      key: 'package',
      header: t('order'),
      cell: (r) => (r.packageId ? <span className="font-mono text-xs">{r.packageId.slice(0, 8)}</span> : '—'),
    },
    {
      key: 'expected',
      header: t('expected'),
      numeric: true,
      cell: (r) => <Money poisha={r.expectedPoisha} />,
    },
    { key: 'settled', header: t('settled'), numeric: true, cell: (r) => <Money poisha={r.settledPoisha} /> },
    {
      key: 'difference',
      header: t('difference'),
      numeric: true,
      cell: (r) => <Money poisha={r.differencePoisha} />,
    },
    {
      key: 'resolution',
      header: t('resolution'),
      cell: (r) => (r.status === 'resolved' ? r.resolution : <Resolve item={r} />),
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mb-3 text-sm text-slate-800">{t('intro')}</p>
      <StatusTabs
        label={t('resolution')}
        options={FILTERS}
        current={status}
        name={(s) => t(`filters.${s}`)}
        onSelect={setStatus}
      />
      {queue.data ? (
        <p className="mb-2 text-sm text-slate-900" data-testid="cod-total-difference">
          {t.rich('total', { amount: () => <Money poisha={queue.data.totalDifferencePoisha} /> })}
        </p>
      ) : null}
      <DataTable
        caption={t('title')}
        columns={columns}
        rows={queue.data?.items ?? []}
        rowKey={(r) => r.id}
        loading={queue.isLoading}
        error={queue.error}
        testId="cod-reconciliation-list"
      />
    </>
  );
}

function Resolve({ item }: { item: Item }) {
  const t = useTranslations('codReconciliation');
  const api = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const resolve = useMutation({
    mutationFn: async (resolution: string) =>
      unwrap(
        await api.POST('/api/admin/cod/reconciliation/{itemId}/resolve', {
          params: { path: { itemId: item.id } },
          body: { resolution },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cod-reconciliation'] }),
  });
  if (!open)
    return (
      <button
        type="button"
        className="rounded border border-emerald-800 px-3 py-1 text-sm text-emerald-900"
        onClick={() => setOpen(true)}
      >
        {t('resolve')}
      </button>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resolve.mutate(formValues(event.currentTarget)['resolution'] ?? '');
  };
  return (
    <form onSubmit={submit} noValidate className="flex min-w-56 flex-col gap-2" aria-label={t('resolve')}>
      <Field
        label={t('resolution')}
        hint={t('resolutionHint')}
        error={fieldError(resolve.error, 'resolution')}
      >
        <input name="resolution" maxLength={500} />
      </Field>
      {resolve.error && !fieldError(resolve.error, 'resolution') ? (
        <ProblemAlert error={resolve.error} />
      ) : null}
      <button
        type="submit"
        className="rounded bg-emerald-800 px-3 py-1 text-sm text-white"
        disabled={resolve.isPending}
      >
        {t('save')}
      </button>
    </form>
  );
}
