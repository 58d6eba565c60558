import type { ReactNode } from 'react';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { EmptyState } from './empty-state';
import { ProblemAlert } from './forms';

export interface Column<T> {
  key: string;
  header: string;
  cell(row: T): ReactNode;
  /** Right-aligned figures (money, counts). */
  numeric?: boolean;
}

export interface CursorPage<T> {
  items: T[];
  nextCursor?: string | null;
}

/** A list the API pages with `nextCursor`: every page fetched so far, and the next one on demand. */
export function useCursorList<T>(queryKey: QueryKey, fetchPage: (cursor?: string) => Promise<CursorPage<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, rows: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

/** What `useCursorList` returns: the rows so far and the query's paging state. */
export type CursorList<T> = ReturnType<typeof useCursorList<T>>;

/**
 * A table over the rows so far, with its caption, a "load more" button while the API has another page, the empty
 * state when there is nothing, and the problem when loading failed. Given a `list` (from `useCursorList`), the rows,
 * loading and paging come from it; `error` is still passed, so a screen can show a field's problem at its field.
 */
export function DataTable<T>({
  caption,
  columns,
  list,
  rows = list?.rows ?? [],
  rowKey,
  loading = list?.isPending,
  error,
  hasMore = list?.hasNextPage,
  loadingMore = list?.isFetchingNextPage,
  onLoadMore = list ? () => void list.fetchNextPage() : undefined,
  empty,
  testId,
}: {
  caption: string;
  columns: Column<T>[];
  list?: CursorList<T>;
  rows?: T[];
  rowKey(row: T): string;
  loading?: boolean;
  error?: unknown;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  empty?: ReactNode;
  testId?: string;
}) {
  const t = useTranslations('ui');
  if (error) return <ProblemAlert error={error} />;
  if (loading) return <p role="status">{t('loading')}</p>;
  if (rows.length === 0) return <>{empty ?? <EmptyState />}</>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`px-3 py-2 font-medium ${column.numeric ? 'text-right' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className="border-t border-slate-200"
              data-testid={testId ? `${testId}-row` : undefined}
            >
              {columns.map((column) => (
                <td key={column.key} className={`px-3 py-2 align-top ${column.numeric ? 'text-right' : ''}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {hasMore ? (
        <div className="border-t border-slate-200 p-2 text-center">
          <button type="button" className="btn-secondary" disabled={loadingMore} onClick={onLoadMore}>
            {loadingMore ? t('loading') : t('loadMore')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
