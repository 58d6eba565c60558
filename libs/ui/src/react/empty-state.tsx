import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';

/** What a list shows when it has nothing: a sentence and, when there is one, the next step. */
export function EmptyState({ title, action }: { title?: string; action?: ReactNode }) {
  const t = useTranslations('ui');
  return (
    <div
      data-testid="empty-state"
      className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-700"
    >
      <p>{title ?? t('empty')}</p>
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
