import { Link } from 'react-router';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import {
  DataTable,
  DateTime,
  Money,
  PageHeader,
  unwrap,
  useCursorList,
  useUiLocale,
  type Column,
} from '@getit/ui/react';
import { ReasonActions } from '../components/reason-actions';
import { useVendorNames } from '../components/vendor-names';
import { useApi } from '../session/admin-session';

type Product = ApiResponse<'/api/admin/products/moderation', 'get'>['items'][number];

/** Products waiting for review, oldest first: approve, or reject with the reason the vendor will read. */
export function ProductsScreen() {
  const t = useTranslations('products');
  const api = useApi();
  const { locale } = useUiLocale();
  const vendors = useVendorNames();
  const list = useCursorList<Product>(['moderation'], async (cursor) =>
    unwrap(await api.GET('/api/admin/products/moderation', { params: { query: { limit: 24, cursor } } })),
  );
  const title = (p: Product) =>
    (locale === 'bn' ? (p.title.bn ?? p.title.en) : (p.title.en ?? p.title.bn)) ?? '';
  const columns: Column<Product>[] = [
    {
      key: 'product',
      header: t('product'),
      cell: (p) => (
        <div className="flex items-start gap-3">
          {p.imageUrl ? (
            <img src={p.imageUrl} alt="" width={56} height={56} className="h-14 w-14 rounded object-cover" />
          ) : null}
          <div>
            <p className="font-medium" data-testid="moderation-title">
              {title(p)}
            </p>
            <p className="text-xs text-slate-700">{p.categoryPath.join(' › ')}</p>
            {p.brand ? <p className="text-xs text-slate-700">{p.brand}</p> : null}
          </div>
        </div>
      ),
    },
    {
      key: 'vendor',
      header: t('vendor'),
      cell: (p) => (
        <Link className="text-emerald-800 underline" to={`/vendors/${p.vendorId}`}>
          {vendors.name(p.vendorId)}
        </Link>
      ),
    },
    { key: 'price', header: t('price'), numeric: true, cell: (p) => <Money poisha={p.price.amountPoisha} /> },
    { key: 'submitted', header: t('submitted'), cell: (p) => <DateTime iso={p.updatedAt} /> },
    {
      key: 'decision',
      header: t('decision'),
      cell: (p) => (
        <ReasonActions
          reasonLabel={t('reasonLabel', { product: title(p) })}
          invalidate={[['moderation']]}
          testId="product-decision"
          actions={[
            {
              key: 'approve',
              label: t('approve'),
              needsReason: false,
              tone: 'primary',
              run: async (note) =>
                unwrap(
                  await api.POST('/api/admin/products/{productId}/approve', {
                    params: { path: { productId: p.id } },
                    body: note ? { note } : {},
                  }),
                ),
            },
            {
              key: 'reject',
              label: t('reject'),
              needsReason: true,
              tone: 'danger',
              run: async (reason) =>
                unwrap(
                  await api.POST('/api/admin/products/{productId}/reject', {
                    params: { path: { productId: p.id } },
                    body: { reason: reason ?? '' },
                  }),
                ),
            },
          ]}
        />
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <DataTable
        caption={t('title')}
        columns={columns}
        list={list}
        rowKey={(p) => p.id}
        error={list.error}
        testId="moderation-queue"
      />
    </>
  );
}
