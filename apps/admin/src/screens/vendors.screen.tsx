import { Link } from 'react-router';
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
import { StatusTabs, useStatusParam } from '../components/status-tabs';
import { VENDOR_TONE } from '../components/vendor-status';
import { useApi } from '../session/admin-session';

type Vendor = ApiResponse<'/api/admin/vendors', 'get'>['items'][number];
const STATUSES = ['pending', 'approved', 'suspended', 'rejected'] as const;

/** The vendor applications queue (pending first) and every other vendor by status. */
export function VendorsScreen() {
  const t = useTranslations('vendors');
  const api = useApi();
  const [status, setStatus] = useStatusParam(STATUSES, 'pending');
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
      <StatusTabs
        label={t('status')}
        options={STATUSES}
        current={status}
        name={(s) => t(`statuses.${s}`)}
        onSelect={setStatus}
      />
      <DataTable
        caption={t('title')}
        columns={columns}
        list={list}
        rowKey={(v) => v.id}
        error={list.error}
        testId="vendor-list"
      />
    </>
  );
}
