import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslations } from 'use-intl';
import {
  Count,
  DataTable,
  DateTime,
  EmptyState,
  Money,
  PageHeader,
  ProblemAlert,
  StatusBadge,
  unwrap,
  useCursorList,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

const STATUSES = [
  'pending',
  'confirmed',
  'packed',
  'handed_to_courier',
  'delivered',
  'returned',
  'cancelled',
] as const;
type Status = (typeof STATUSES)[number];
const TONES = {
  pending: 'neutral',
  confirmed: 'warn',
  packed: 'warn',
  handed_to_courier: 'good',
  delivered: 'good',
  returned: 'bad',
  cancelled: 'bad',
} as const;

/** The vendor's package queue: filter by status, pack and hand over with one click each, this package's order lines. */
export function PackagesScreen() {
  const t = useTranslations('packages');
  const { client, vendorId } = useVendorSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [open, setOpen] = useState<string | undefined>();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Status)
    : undefined;
  const list = useCursorList(['packages', vendorId, status], async (cursor) =>
    unwrap(
      await client.GET('/api/vendors/{vendorId}/packages', {
        params: { path: { vendorId: vendorId! }, query: { status, cursor, limit: 20 } },
      }),
    ),
  );
  const move = useMutation({
    mutationFn: async ({ packageId, action }: { packageId: string; action: 'pack' | 'hand_to_courier' }) =>
      unwrap(
        await client.POST('/api/vendors/{vendorId}/packages/{packageId}/transitions', {
          params: { path: { vendorId: vendorId!, packageId } },
          body: { action },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['packages', vendorId] }),
  });
  const shown = list.rows.find((row) => row.id === open);

  return (
    <>
      <PageHeader title={t('title')} />
      <nav aria-label={t('filter')} className="mb-4 flex flex-wrap gap-2">
        {[undefined, ...STATUSES].map((option) => (
          <button
            key={option ?? 'all'}
            type="button"
            aria-pressed={status === option}
            className={status === option ? 'btn-primary' : 'btn-secondary'}
            onClick={() => setParams(option ? { status: option } : {})}
          >
            {option ? t(`status.${option}`) : t('all')}
          </button>
        ))}
      </nav>
      <ProblemAlert error={move.error} />
      <DataTable
        caption={t('title')}
        testId="packages"
        rows={list.rows}
        rowKey={(row) => row.id}
        loading={list.isPending}
        error={list.error}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
        empty={<EmptyState title={t('empty')} />}
        columns={[
          {
            key: 'order',
            header: t('order'),
            cell: (row) => (
              <button
                type="button"
                className="text-emerald-800 underline"
                aria-expanded={open === row.id}
                onClick={() => setOpen(open === row.id ? undefined : row.id)}
              >
                {row.orderNumber}
              </button>
            ),
          },
          { key: 'placed', header: t('placed'), cell: (row) => <DateTime iso={row.createdAt} /> },
          {
            key: 'status',
            header: t('statusHeader'),
            cell: (row) => (
              <StatusBadge
                label={t(`status.${row.status}`)}
                tone={TONES[row.status]}
                testId="package-status"
              />
            ),
          },
          {
            key: 'items',
            header: t('items'),
            numeric: true,
            cell: (row) => <Count value={row.lines.reduce((n, l) => n + l.quantity, 0)} />,
          },
          {
            key: 'total',
            header: t('total'),
            numeric: true,
            cell: (row) => <Money poisha={row.totalPoisha} />,
          },
          {
            key: 'cod',
            header: t('cod'),
            numeric: true,
            cell: (row) =>
              row.codAmountPoisha === null ? t('prepaid') : <Money poisha={row.codAmountPoisha} />,
          },
          {
            key: 'actions',
            header: t('actions'),
            cell: (row) =>
              row.status === 'confirmed' ? (
                <button
                  type="button"
                  className="btn-primary"
                  disabled={move.isPending}
                  onClick={() => move.mutate({ packageId: row.id, action: 'pack' })}
                >
                  {t('pack', { order: row.orderNumber })}
                </button>
              ) : row.status === 'packed' ? (
                <button
                  type="button"
                  className="btn-primary"
                  disabled={move.isPending}
                  onClick={() => move.mutate({ packageId: row.id, action: 'hand_to_courier' })}
                >
                  {t('handOver', { order: row.orderNumber })}
                </button>
              ) : null,
          },
        ]}
      />
      {shown ? (
        <section className="card mt-4" aria-labelledby="package-details" data-testid="package-details">
          <h2 id="package-details" className="mb-2 text-lg font-medium">
            {t('details', { order: shown.orderNumber })}
          </h2>
          <Link className="text-emerald-800 underline" to={`/orders/${shown.orderId}/shipment`}>
            {t('tracking')}
          </Link>
          <dl className="mb-3 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">{t('deliverTo')}</dt>
              <dd>
                {shown.deliveryAddress.name}, {shown.deliveryAddress.phone}
                <br />
                {[shown.deliveryAddress.street, shown.deliveryAddress.area, shown.deliveryAddress.district]
                  .filter(Boolean)
                  .join(', ')}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('payment')}</dt>
              <dd>{t(`method.${shown.paymentMethod}`)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('weight')}</dt>
              <dd>
                <Count value={shown.weightGrams} /> g
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('delivery')}</dt>
              <dd>
                <Money poisha={shown.deliveryChargePoisha} />
              </dd>
            </div>
          </dl>
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t('lines')}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col">{t('sku')}</th>
                <th scope="col">{t('item')}</th>
                <th scope="col" className="text-right">
                  {t('quantity')}
                </th>
                <th scope="col" className="text-right">
                  {t('lineTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.lines.map((line) => (
                <tr key={line.id} className="border-t border-slate-200">
                  <td>{line.sku}</td>
                  <td>{line.title}</td>
                  <td className="text-right">
                    <Count value={line.quantity} />
                  </td>
                  <td className="text-right">
                    <Money poisha={line.lineTotalPoisha} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
