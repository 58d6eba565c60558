import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslations } from 'use-intl';
import {
  DataTable,
  DateTime,
  EmptyState,
  Money,
  PageHeader,
  ProblemAlert,
  StatusBadge,
  unwrap,
  useCursorList,
  useUiLocale,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';
import { StatusFilter, useStatusFilter } from './status-filter';

const STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'archived'] as const;
export const PRODUCT_TONES = {
  draft: 'neutral',
  pending_review: 'warn',
  published: 'good',
  rejected: 'bad',
  archived: 'neutral',
} as const;

/** The vendor's products by status, with submit for review and unpublish one click each. */
export function ProductsScreen() {
  const t = useTranslations('products');
  const { locale } = useUiLocale();
  const { client, vendorId } = useVendorSession();
  const queryClient = useQueryClient();
  const [status, setStatus] = useStatusFilter(STATUSES);
  const list = useCursorList(['products', vendorId, status], async (cursor) =>
    unwrap(
      await client.GET('/api/vendors/{vendorId}/products', {
        params: { path: { vendorId: vendorId! }, query: { status, cursor, limit: 24 } },
      }),
    ),
  );
  const act = useMutation({
    mutationFn: async ({ productId, action }: { productId: string; action: 'submit' | 'unpublish' }) => {
      const path = { params: { path: { vendorId: vendorId!, productId } } };
      return action === 'submit'
        ? unwrap(await client.POST('/api/vendors/{vendorId}/products/{productId}/submit', path))
        : unwrap(await client.POST('/api/vendors/{vendorId}/products/{productId}/unpublish', path));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['products', vendorId] }),
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <>
            <Link className="btn-primary" to="/products/new">
              {t('add')}
            </Link>
            <Link className="btn-secondary" to="/products/import">
              {t('import')}
            </Link>
          </>
        }
      />
      <StatusFilter
        label={t('filter')}
        all={t('all')}
        options={STATUSES}
        current={status}
        name={(option) => t(`status.${option}`)}
        onSelect={setStatus}
      />
      <ProblemAlert error={act.error} />
      <DataTable
        caption={t('title')}
        testId="products"
        list={list}
        rowKey={(row) => row.id}
        error={list.error}
        empty={
          <EmptyState
            title={t('empty')}
            action={
              <Link className="btn-primary" to="/products/new">
                {t('add')}
              </Link>
            }
          />
        }
        columns={[
          {
            key: 'title',
            header: t('product'),
            cell: (row) => (
              <Link className="text-emerald-800 underline" to={`/products/${row.id}`}>
                {(locale === 'bn' ? row.title.bn : undefined) ?? row.title.en}
              </Link>
            ),
          },
          {
            key: 'status',
            header: t('statusHeader'),
            cell: (row) => (
              <>
                <StatusBadge
                  label={t(`status.${row.status}`)}
                  tone={PRODUCT_TONES[row.status]}
                  testId="product-status"
                />
                {row.status === 'rejected' && row.moderation?.reason ? (
                  <p className="mt-1 text-xs text-red-900">{row.moderation.reason}</p>
                ) : null}
              </>
            ),
          },
          {
            key: 'price',
            header: t('price'),
            numeric: true,
            cell: (row) => <Money poisha={row.price.amountPoisha} />,
          },
          { key: 'updated', header: t('updated'), cell: (row) => <DateTime iso={row.updatedAt} /> },
          {
            key: 'actions',
            header: t('actions'),
            cell: (row) =>
              row.status === 'draft' || row.status === 'rejected' ? (
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={act.isPending}
                  onClick={() => act.mutate({ productId: row.id, action: 'submit' })}
                >
                  {t('submit')}
                </button>
              ) : row.status === 'published' ? (
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={act.isPending}
                  onClick={() => act.mutate({ productId: row.id, action: 'unpublish' })}
                >
                  {t('unpublish')}
                </button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
