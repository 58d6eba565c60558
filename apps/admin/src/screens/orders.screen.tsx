import { Link } from 'react-router';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import {
  DataTable,
  DateTime,
  Field,
  fieldError,
  Money,
  PageHeader,
  StatusBadge,
  unwrap,
  useCursorList,
  type Column,
} from '@getit/ui/react';
import { ORDER_TONE } from '../components/order-status';
import { useVendorNames } from '../components/vendor-names';
import { dhakaDays, FilterButtons, useSearchFilters } from '../components/search-filters';
import { useApi } from '../session/admin-session';

type Order = ApiResponse<'/api/admin/orders', 'get'>['items'][number];
const STATUSES = ['pending_payment', 'confirmed', 'completed', 'cancelled'] as const;
type OrderStatus = (typeof STATUSES)[number];
const FILTERS = ['q', 'status', 'vendorId', 'from', 'to'] as const;

/** Every order, found by number or phone, status, vendor and the Dhaka days it was placed on. */
export function OrdersScreen() {
  const t = useTranslations('orders');
  const api = useApi();
  const { filters, submit, clear, besideFields } = useSearchFilters(FILTERS);
  const vendors = useVendorNames();
  const list = useCursorList<Order>(['orders', filters], async (cursor) =>
    unwrap(
      await api.GET('/api/admin/orders', {
        params: {
          query: {
            q: filters.q || undefined,
            status: (filters.status || undefined) as OrderStatus | undefined,
            vendorId: filters.vendorId || undefined,
            ...dhakaDays(filters),
            cursor,
            limit: 25,
          },
        },
      }),
    ),
  );
  const columns: Column<Order>[] = [
    {
      key: 'number',
      header: t('number'),
      cell: (o) => (
        <Link className="font-medium text-emerald-800 underline" to={`/orders/${o.id}`}>
          {o.orderNumber}
        </Link>
      ),
    },
    { key: 'placed', header: t('placed'), cell: (o) => <DateTime iso={o.placedAt} /> },
    { key: 'phone', header: t('phone'), cell: (o) => o.phone },
    {
      key: 'vendors',
      header: t('vendors'),
      cell: (o) => o.packages.map((p) => vendors.name(p.vendorId)).join(', '),
    },
    { key: 'method', header: t('method'), cell: (o) => t(`methods.${o.paymentMethod}`) },
    {
      key: 'status',
      header: t('status'),
      cell: (o) => <StatusBadge label={t(`statuses.${o.status}`)} tone={ORDER_TONE[o.status]} />,
    },
    { key: 'total', header: t('total'), numeric: true, cell: (o) => <Money poisha={o.totalPoisha} /> },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <form
        role="search"
        aria-label={t('search')}
        onSubmit={submit}
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="lg:col-span-2">
          <Field label={t('q')} hint={t('qHint')} error={fieldError(list.error, 'q')}>
            <input name="q" type="search" defaultValue={filters.q} />
          </Field>
        </div>
        <Field label={t('status')} error={fieldError(list.error, 'status')}>
          <select name="status" defaultValue={filters.status}>
            <option value="">{t('any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('vendor')} error={fieldError(list.error, 'vendorId')}>
          <select name="vendorId" defaultValue={filters.vendorId}>
            <option value="">{t('any')}</option>
            {vendors.list.map((v) => (
              <option key={v.id} value={v.id}>
                {v.shopName}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('from')} error={fieldError(list.error, 'from')}>
          <input name="from" type="date" defaultValue={filters.from} />
        </Field>
        <Field label={t('to')} error={fieldError(list.error, 'to')}>
          <input name="to" type="date" defaultValue={filters.to} />
        </Field>
        <FilterButtons
          apply={t('searchButton')}
          clear={t('clear')}
          onClear={clear}
          className="lg:col-span-6"
        />
      </form>
      <DataTable
        caption={t('title')}
        columns={columns}
        list={list}
        rowKey={(o) => o.id}
        error={besideFields(list.error)}
        testId="order-list"
      />
    </>
  );
}
