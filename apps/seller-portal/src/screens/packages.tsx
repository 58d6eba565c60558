import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
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
import { CourierQueue } from './courier-queue';
import { StatusFilter, useStatusFilter } from './status-filter';

const STATUSES = [
  'pending',
  'confirmed',
  'packed',
  'handed_to_courier',
  'delivered',
  'returned',
  'cancelled',
] as const;
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
  const [open, setOpen] = useState<string | undefined>();
  const [status, setStatus] = useStatusFilter(STATUSES);
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
      <CourierQueue />
      <StatusFilter
        label={t('filter')}
        all={t('all')}
        options={STATUSES}
        current={status}
        name={(option) => t(`status.${option}`)}
        onSelect={setStatus}
      />
      <ProblemAlert error={move.error} />
      <DataTable
        caption={t('title')}
        testId="packages"
        list={list}
        rowKey={(row) => row.id}
        error={list.error}
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
              <dd>{t.rich('grams', { count: () => <Count value={shown.weightGrams} /> })}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('delivery')}</dt>
              <dd>
                <Money poisha={shown.deliveryChargePoisha} />
              </dd>
            </div>
          </dl>
          <DataTable
            caption={t('lines')}
            rows={shown.lines}
            rowKey={(line) => line.id}
            columns={[
              { key: 'sku', header: t('sku'), cell: (line) => line.sku },
              { key: 'item', header: t('item'), cell: (line) => line.title },
              {
                key: 'quantity',
                header: t('quantity'),
                numeric: true,
                cell: (line) => <Count value={line.quantity} />,
              },
              {
                key: 'lineTotal',
                header: t('lineTotal'),
                numeric: true,
                cell: (line) => <Money poisha={line.lineTotalPoisha} />,
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
