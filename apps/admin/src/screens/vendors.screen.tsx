import { Link, useSearchParams } from 'react-router';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import {
  DataTable,
  DateTime,
  PageHeader,
  StatusBadge,
  unwrap,
  useCursorList,
  type Column,
} from '@getit/ui/react';
import { VENDOR_TONE } from '../components/vendor-status';
import { useApi } from '../session/admin-session';

type Vendor = ApiResponse<'/api/admin/vendors', 'get'>['items'][number];
const STATUSES = ['pending', 'approved', 'suspended', 'rejected'] as const;

/** The vendor applications queue (pending first) and every other vendor by status. */
export function VendorsScreen() {
  const t = useTranslations('vendors');
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as (typeof STATUSES)[number])
    : 'pending';
  const list = useCursorList<Vendor>(['vendors', status], async (cursor) =>
    unwrap(await api.GET('/api/admin/vendors', { params: { query: { status, limit: 25, cursor } } })),
  );
  const columns: Column<Vendor>[] = [
    {
      key: 'shop',
      header: t('shop'),
      cell: (v) => (
        <Link className="font-medium text-emerald-800 underline" to={`/vendors/${v.id}`}>
          {v.shopName}
        </Link>
      ),
    },
    { key: 'district', header: t('district'), cell: (v) => v.businessAddress.district },
    { key: 'licence', header: t('tradeLicence'), cell: (v) => v.tradeLicenceNumber },
    { key: 'applied', header: t('applied'), cell: (v) => <DateTime iso={v.createdAt} /> },
    {
      key: 'status',
      header: t('status'),
      cell: (v) => <StatusBadge label={t(`statuses.${v.status}`)} tone={VENDOR_TONE[v.status]} />,
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <div role="tablist" aria-label={t('status')} className="mb-4 flex flex-wrap gap-2">
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={s === status}
            className={`rounded-full px-3 py-1 text-sm ${s === status ? 'bg-emerald-800 text-white' : 'bg-white text-slate-900 ring-1 ring-slate-300'}`}
            onClick={() => setParams({ status: s })}
          >
            {t(`statuses.${s}`)}
          </button>
        ))}
      </div>
      <DataTable
        caption={t('title')}
        columns={columns}
        rows={list.rows}
        rowKey={(v) => v.id}
        loading={list.isLoading}
        error={list.error}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
        testId="vendor-list"
      />
    </>
  );
}
