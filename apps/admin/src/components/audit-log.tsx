import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import {
  DataTable,
  DateTime,
  Field,
  fieldError,
  StatusBadge,
  unwrap,
  useCursorList,
  type Column,
} from '@getit/ui/react';
import { dhakaDays, FilterButtons, useSearchFilters } from './search-filters';
import { useApi } from '../session/admin-session';

type Entry = ApiResponse<'/api/admin/audit', 'get'>['items'][number];
const FILTERS = ['action', 'actorId', 'targetType', 'targetId', 'outcome', 'from', 'to'] as const;
const OUTCOMES = ['success', 'failure', 'denied'] as const;
const TONE = { success: 'good', failure: 'bad', denied: 'warn' } as const;

/** The audit log, newest first, filtered by action (`vendor.*` for a prefix), actor, target, outcome and days. */
export function AuditLog() {
  const t = useTranslations('audit');
  const api = useApi();
  const { filters, submit, clear, besideFields } = useSearchFilters(FILTERS);
  const list = useCursorList<Entry>(['audit', filters], async (cursor) =>
    unwrap(
      await api.GET('/api/admin/audit', {
        params: {
          query: {
            action: filters.action || undefined,
            actorId: filters.actorId || undefined,
            targetType: filters.targetType || undefined,
            targetId: filters.targetId || undefined,
            outcome: (filters.outcome || undefined) as (typeof OUTCOMES)[number] | undefined,
            ...dhakaDays(filters),
            limit: 50,
            cursor,
          },
        },
      }),
    ),
  );
  const columns: Column<Entry>[] = [
    { key: 'at', header: t('at'), cell: (e) => <DateTime iso={e.occurredAt} /> },
    {
      key: 'action',
      header: t('action'),
      cell: (e) => <span className="font-mono text-xs">{e.action}</span>,
    },
    {
      key: 'actor',
      header: t('actor'),
      cell: (e) => (
        <span className="text-xs">
          {e.actorId ? <span className="font-mono">{e.actorId.slice(0, 8)}</span> : '—'}{' '}
          {e.actorRoles.join(', ')}
        </span>
      ),
    },
    {
      key: 'target',
      header: t('target'),
      cell: (e) =>
        e.targetType ? (
          <span className="text-xs">
            {e.targetType} <span className="font-mono">{e.targetId?.slice(0, 8)}</span>
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'outcome',
      header: t('outcome'),
      cell: (e) => <StatusBadge label={t(`outcomes.${e.outcome}`)} tone={TONE[e.outcome]} />,
    },
    {
      key: 'details',
      header: t('details'),
      cell: (e) => (
        <span className="break-all font-mono text-xs">
          {Object.keys(e.details).length ? JSON.stringify(e.details) : ''}
        </span>
      ),
    },
  ];
  return (
    <>
      <form
        onSubmit={submit}
        role="search"
        aria-label={t('filters')}
        className="mb-3 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <Field label={t('action')} hint={t('actionHint')} error={fieldError(list.error, 'action')}>
          <input name="action" defaultValue={filters.action} />
        </Field>
        <Field label={t('actorId')} error={fieldError(list.error, 'actorId')}>
          <input name="actorId" defaultValue={filters.actorId} />
        </Field>
        <Field label={t('targetType')} error={fieldError(list.error, 'targetType')}>
          <input name="targetType" defaultValue={filters.targetType} />
        </Field>
        <Field label={t('targetId')} error={fieldError(list.error, 'targetId')}>
          <input name="targetId" defaultValue={filters.targetId} />
        </Field>
        <Field label={t('outcome')} error={fieldError(list.error, 'outcome')}>
          <select name="outcome" defaultValue={filters.outcome}>
            <option value="">{t('any')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcomes.${o}`)}
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
        <FilterButtons apply={t('apply')} clear={t('clear')} onClear={clear} />
      </form>
      <DataTable
        caption={t('title')}
        columns={columns}
        list={list}
        rowKey={(e) => e.id}
        error={besideFields(list.error)}
        testId="audit-log"
      />
    </>
  );
}
