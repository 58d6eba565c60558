import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
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
  type Column,
} from '@getit/ui/react';
import { mayUse } from '../access/admin-access';
import { ORDER_TONE, PACKAGE_TONE } from '../components/order-status';
import { OrderLedger } from '../components/order-ledger';
import { PaymentPanel } from '../components/payment-panel';
import { RefundForm } from '../components/refund-form';
import { RefundTable } from '../components/refund-table';
import { SagaTimeline } from '../components/saga-timeline';
import { useVendorNames } from '../components/vendor-names';
import { useAdminSession, useApi } from '../session/admin-session';

type Line = ApiResponse<'/api/orders/{orderId}', 'get'>['packages'][number]['lines'][number];

/** One order as operations and finance need it: saga, packages, payment, refunds (and making one). */
export function OrderScreen() {
  const t = useTranslations('order');
  const api = useApi();
  const { roles } = useAdminSession();
  const vendors = useVendorNames();
  const orderId = useParams()['orderId'] ?? '';
  const order = useQuery({
    queryKey: ['order', orderId],
    queryFn: async () => unwrap(await api.GET('/api/orders/{orderId}', { params: { path: { orderId } } })),
  });
  const saga = useQuery({
    queryKey: ['saga', orderId],
    queryFn: async () =>
      unwrap(await api.GET('/api/admin/orders/{orderId}/saga', { params: { path: { orderId } } })),
  });
  const payments = useQuery({
    queryKey: ['payments', orderId],
    queryFn: async () => unwrap(await api.GET('/api/payments', { params: { query: { orderId } } })),
  });
  const canRefund = mayUse(roles, 'refunds');
  const refunds = useQuery({
    queryKey: ['refunds', { orderId }],
    enabled: canRefund,
    queryFn: async () => unwrap(await api.GET('/api/admin/refunds', { params: { query: { orderId } } })),
  });
  if (order.error) return <ProblemAlert error={order.error} />;
  const o = order.data;
  if (!o) return <p role="status">{t('loading')}</p>;
  const section = 'mt-4 rounded-lg border border-slate-200 bg-white p-4';
  const lineColumns: Column<Line>[] = [
    {
      key: 'product',
      header: t('product'),
      cell: (line) => (
        <>
          {line.title} <span className="text-xs text-slate-700">({line.sku})</span>
        </>
      ),
    },
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
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-emerald-800 underline" to="/orders">
          {t('back')}
        </Link>
      </p>
      <PageHeader
        title={t('title', { number: o.orderNumber })}
        actions={
          <StatusBadge testId="order-status" label={t(`statuses.${o.status}`)} tone={ORDER_TONE[o.status]} />
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">{t('summary')}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">{t('placed')}</dt>
            <dd>
              <DateTime iso={o.placedAt} />
            </dd>
            <dt className="font-medium">{t('customer')}</dt>
            <dd>
              {o.address.name} · {o.phone}
            </dd>
            <dt className="font-medium">{t('address')}</dt>
            <dd>{[o.address.street, o.address.area, o.address.district, o.address.postcode].join(', ')}</dd>
            <dt className="font-medium">{t('method')}</dt>
            <dd>{t(`methods.${o.paymentMethod}`)}</dd>
            <dt className="font-medium">{t('items')}</dt>
            <dd>
              <Money poisha={o.itemsTotalPoisha} />
            </dd>
            <dt className="font-medium">{t('delivery')}</dt>
            <dd>
              <Money poisha={o.deliveryTotalPoisha} />
            </dd>
            <dt className="font-medium">{t('total')}</dt>
            <dd className="font-semibold">
              <Money poisha={o.totalPoisha} />
            </dd>
          </dl>
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">{t('saga')}</h2>
          <SagaTimeline order={o} saga={saga.data} />
        </section>
      </div>
      <section className={section}>
        <h2 className="mb-2 text-lg font-semibold">{t('packages')}</h2>
        <ul className="space-y-4">
          {o.packages.map((p) => (
            <li key={p.id} data-testid="order-package" className="rounded border border-slate-200 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">
                  <Link className="text-emerald-800 underline" to={`/vendors/${p.vendorId}`}>
                    {vendors.name(p.vendorId)}
                  </Link>{' '}
                  · {t('from', { district: p.originDistrict })}
                </p>
                <StatusBadge
                  testId="package-status"
                  label={t(`packageStatuses.${p.status}`)}
                  tone={PACKAGE_TONE[p.status]}
                />
              </div>
              <div className="mt-2">
                <DataTable
                  caption={t('lines')}
                  columns={lineColumns}
                  rows={p.lines}
                  rowKey={(line) => line.id}
                />
              </div>
              <p className="mt-2 text-sm">
                {t.rich('packageTotals', {
                  subtotal: () => <Money poisha={p.subtotalPoisha} />,
                  delivery: () => <Money poisha={p.deliveryChargePoisha} />,
                  total: () => (
                    <strong>
                      <Money poisha={p.totalPoisha} />
                    </strong>
                  ),
                })}
                {p.codAmountPoisha !== null ? (
                  <span className="text-slate-700">
                    {' · '}
                    {t.rich('cod', { amount: () => <Money poisha={p.codAmountPoisha!} /> })}
                  </span>
                ) : null}
              </p>
              {canRefund ? (
                <RefundForm
                  orderId={o.id}
                  packageId={p.id}
                  label={t('refundPackage', { vendor: vendors.name(p.vendorId) })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className={section}>
        <h2 className="mb-2 text-lg font-semibold">{t('payment')}</h2>
        {payments.error ? <ProblemAlert error={payments.error} /> : null}
        {payments.data?.items.length === 0 ? <EmptyState title={t('noPayment')} /> : null}
        {payments.data?.items.map((payment) => (
          <PaymentPanel key={payment.id} payment={payment} />
        ))}
      </section>
      {mayUse(roles, 'ledger') ? (
        <section className={section}>
          <h2 className="mb-2 text-lg font-semibold">{t('ledger')}</h2>
          <OrderLedger orderId={o.id} />
        </section>
      ) : null}
      {canRefund ? (
        <section className={section}>
          <h2 className="mb-2 text-lg font-semibold">{t('refunds')}</h2>
          <RefundTable
            refunds={refunds.data?.items ?? []}
            loading={refunds.isLoading}
            error={refunds.error}
            canComplete={mayUse(roles, 'refundCompletion')}
          />
        </section>
      ) : null}
    </>
  );
}
