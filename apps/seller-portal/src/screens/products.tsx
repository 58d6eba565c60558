import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
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

const STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'archived'] as const;
type Status = (typeof STATUSES)[number];
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
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Status)
    : undefined;
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
      <ProblemAlert error={act.error} />
      <DataTable
        caption={t('title')}
        testId="products"
        rows={list.rows}
        rowKey={(row) => row.id}
        loading={list.isPending}
        error={list.error}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
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
