import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import {
  DataTable,
  DateTime,
  Field,
  fieldError,
  formValues,
  Money,
  ProblemAlert,
  StatusBadge,
  unwrap,
  type Column,
} from '@getit/ui/react';
import { useApi } from '../session/admin-session';

export type Refund = ApiResponse<'/api/admin/refunds', 'get'>['items'][number];

const TONE = { pending: 'warn', manual_pending: 'warn', completed: 'good' } as const;

/** Refunds with their split, deadline and status; a manual one waiting for finance can be recorded as paid here. */
export function RefundTable({
  refunds,
  loading,
  error,
  canComplete,
  showOrder,
}: {
  refunds: Refund[];
  loading?: boolean;
  error?: unknown;
  canComplete: boolean;
  showOrder?: boolean;
}) {
  const t = useTranslations('refunds');
  const columns: Column<Refund>[] = [
    ...(showOrder
      ? [
          {
            key: 'order',
            header: t('order'),
            cell: (r: Refund) => (
              <Link className="text-emerald-800 underline" to={`/orders/${r.orderId}`}>
                {t('openOrder')}
              </Link>
            ),
          },
        ]
      : []),
    { key: 'created', header: t('created_at'), cell: (r) => <DateTime iso={r.createdAt} /> },
    { key: 'method', header: t('method'), cell: (r) => t(`methods.${r.method}`) },
    { key: 'reason', header: t('reason'), cell: (r) => t(`reasons.${r.reason}`) },
    {
      key: 'amount',
      header: t('amountColumn'),
      numeric: true,
      cell: (r) => <Money poisha={r.amountPoisha} />,
    },
    {
      key: 'status',
      header: t('status'),
      cell: (r) => (
        <div className="flex flex-col items-start gap-1">
          <StatusBadge testId="refund-status" label={t(`statuses.${r.status}`)} tone={TONE[r.status]} />
          {r.overdue && r.status !== 'completed' ? <StatusBadge label={t('overdue')} tone="bad" /> : null}
        </div>
      ),
    },
    {
      key: 'deadline',
      header: t('deadline'),
      cell: (r) =>
        r.status === 'completed' ? <DateTime iso={r.completedAt} /> : <DateTime iso={r.deadlineAt} />,
    },
    {
      key: 'complete',
      header: t('completion'),
      cell: (r) =>
        r.status === 'manual_pending' && canComplete ? <CompleteRefund refund={r} /> : (r.providerRef ?? '—'),
    },
  ];
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      rows={refunds}
      rowKey={(r) => r.id}
      loading={loading}
      error={error}
      testId="refund-list"
    />
  );
}

function CompleteRefund({ refund }: { refund: Refund }) {
  const t = useTranslations('refunds');
  const api = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const complete = useMutation({
    mutationFn: async (body: { reference: string; note?: string }) =>
      unwrap(
        await api.POST('/api/admin/refunds/{refundId}/complete', {
          params: { path: { refundId: refund.id } },
          body,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['refunds'] });
      await queryClient.invalidateQueries({ queryKey: ['ledger'] });
    },
  });
  if (!open)
    return (
      <button
        type="button"
        className="rounded border border-emerald-800 px-3 py-1 text-sm text-emerald-900"
        onClick={() => setOpen(true)}
      >
        {t('recordPaid')}
      </button>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    complete.mutate({ reference: values['reference'] ?? '', note: values['note'] });
  };
  return (
    <form onSubmit={submit} noValidate className="flex min-w-56 flex-col gap-2" aria-label={t('recordPaid')}>
      <Field label={t('reference')} hint={t('referenceHint')} error={fieldError(complete.error, 'reference')}>
        <input name="reference" maxLength={200} />
      </Field>
      <Field label={t('note')} error={fieldError(complete.error, 'note')}>
        <input name="note" maxLength={500} />
      </Field>
      {complete.error && !fieldError(complete.error, 'reference') ? (
        <ProblemAlert error={complete.error} />
      ) : null}
      <button
        type="submit"
        disabled={complete.isPending}
        className="rounded bg-emerald-800 px-3 py-1.5 text-sm text-white"
      >
        {t('markPaid')}
      </button>
    </form>
  );
}
