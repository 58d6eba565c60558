import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useLocale } from 'use-intl';
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
import { useAdminSession, useApi } from '../session/admin-session';

type Item = ApiResponse<'/api/admin/cod/reconciliation', 'get'>['items'][number];
const FILTERS = ['open', 'resolved'] as const;
type Filter = (typeof FILTERS)[number];

// The screen's own bn/en copy (kept beside it until the admin messages take it over).
const COPY = {
  en: {
    title: 'Cash on delivery reconciliation',
    intro:
      "Couriers' remittances that did not match the cash they collected, and partial deliveries' uncollected cash. " +
      'Difference = what the courier collected − what it accounted for (cash + its fees).',
    filters: { open: 'Open', resolved: 'Resolved' },
    kinds: {
      short: 'Short',
      missing: 'Not paid',
      over: 'Paid more',
      unknown: 'Unknown consignment',
      duplicate: 'Already settled',
      uncollected: 'Partial delivery',
    },
    created: 'Queued',
    courier: 'Courier',
    consignment: 'Consignment',
    remittance: 'Remittance',
    order: 'Package',
    expected: 'Collected',
    settled: 'Accounted for',
    difference: 'Difference',
    total: 'Total difference',
    resolution: 'Resolution',
    resolve: 'Resolve',
    resolutionHint: 'What finance did: courier pays later, written off, reversed by the return…',
    save: 'Mark resolved',
  },
  bn: {
    title: 'ক্যাশ অন ডেলিভারি মিলকরণ',
    intro:
      'যেসব কুরিয়ার জমা তাদের সংগৃহীত নগদের সাথে মেলেনি, এবং আংশিক ডেলিভারির অসংগৃহীত নগদ। ' +
      'পার্থক্য = কুরিয়ার যা সংগ্রহ করেছে − যা হিসাব দিয়েছে (নগদ + তার ফি)।',
    filters: { open: 'খোলা', resolved: 'নিষ্পন্ন' },
    kinds: {
      short: 'কম জমা',
      missing: 'জমা হয়নি',
      over: 'বেশি জমা',
      unknown: 'অজানা কনসাইনমেন্ট',
      duplicate: 'আগেই নিষ্পন্ন',
      uncollected: 'আংশিক ডেলিভারি',
    },
    created: 'সারিতে',
    courier: 'কুরিয়ার',
    consignment: 'কনসাইনমেন্ট',
    remittance: 'জমা',
    order: 'প্যাকেজ',
    expected: 'সংগৃহীত',
    settled: 'হিসাব দেওয়া',
    difference: 'পার্থক্য',
    total: 'মোট পার্থক্য',
    resolution: 'নিষ্পত্তি',
    resolve: 'নিষ্পত্তি করুন',
    resolutionHint: 'ফিন্যান্স কী করেছে: কুরিয়ার পরে দেবে, বাদ দেওয়া হয়েছে, রিটার্নে উল্টানো…',
    save: 'নিষ্পন্ন চিহ্নিত করুন',
  },
} as const;

function useCopy() {
  return COPY[useLocale() === 'bn' ? 'bn' : 'en'];
}

/** Finance's queue of cash-on-delivery differences (GET /api/admin/cod/reconciliation), each resolved with a note. */
export function CodReconciliationScreen() {
  const copy = useCopy();
  const api = useApi();
  const { roles } = useAdminSession();
  const [params, setParams] = useSearchParams();
  const status: Filter = params.get('status') === 'resolved' ? 'resolved' : 'open';
  const queue = useQuery({
    queryKey: ['cod-reconciliation', { status }],
    enabled: mayUse(roles, 'ledger'),
    queryFn: async () =>
      unwrap(await api.GET('/api/admin/cod/reconciliation', { params: { query: { status, limit: 500 } } })),
  });
  if (!mayUse(roles, 'ledger')) return <RoleNotAllowed />;
  const columns: Column<Item>[] = [
    { key: 'created', header: copy.created, cell: (r) => <DateTime iso={r.createdAt} /> },
    {
      key: 'kind',
      header: copy.difference,
      cell: (r) => <StatusBadge label={copy.kinds[r.kind]} tone={r.kind === 'over' ? 'warn' : 'bad'} />,
    },
    { key: 'courier', header: copy.courier, cell: (r) => r.courier },
    { key: 'consignment', header: copy.consignment, cell: (r) => r.consignmentId },
    { key: 'remittance', header: copy.remittance, cell: (r) => r.remittanceId ?? '—' },
    {
      key: 'package',
      header: copy.order,
      cell: (r) => (r.packageId ? <span className="font-mono text-xs">{r.packageId.slice(0, 8)}</span> : '—'),
    },
    {
      key: 'expected',
      header: copy.expected,
      numeric: true,
      cell: (r) => <Money poisha={r.expectedPoisha} />,
    },
    { key: 'settled', header: copy.settled, numeric: true, cell: (r) => <Money poisha={r.settledPoisha} /> },
    {
      key: 'difference',
      header: copy.difference,
      numeric: true,
      cell: (r) => <Money poisha={r.differencePoisha} />,
    },
    {
      key: 'resolution',
      header: copy.resolution,
      cell: (r) => (r.status === 'resolved' ? r.resolution : <Resolve item={r} />),
    },
  ];
  return (
    <>
      <PageHeader title={copy.title} />
      <p className="mb-3 text-sm text-slate-800">{copy.intro}</p>
      <div role="tablist" aria-label={copy.resolution} className="mb-4 flex flex-wrap gap-2">
        {FILTERS.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={s === status}
            className={`rounded-full px-3 py-1 text-sm ${s === status ? 'bg-emerald-800 text-white' : 'bg-white text-slate-900 ring-1 ring-slate-300'}`}
            onClick={() => setParams({ status: s })}
          >
            {copy.filters[s]}
          </button>
        ))}
      </div>
      {queue.data ? (
        <p className="mb-2 text-sm text-slate-900" data-testid="cod-total-difference">
          {copy.total}: <Money poisha={queue.data.totalDifferencePoisha} />
        </p>
      ) : null}
      <DataTable
        caption={copy.title}
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
  const copy = useCopy();
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
        {copy.resolve}
      </button>
    );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resolve.mutate(formValues(event.currentTarget)['resolution'] ?? '');
  };
  return (
    <form onSubmit={submit} noValidate className="flex min-w-56 flex-col gap-2" aria-label={copy.resolve}>
      <Field
        label={copy.resolution}
        hint={copy.resolutionHint}
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
        {copy.save}
      </button>
    </form>
  );
}
