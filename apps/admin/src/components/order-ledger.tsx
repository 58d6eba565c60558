import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { DateTime, EmptyState, Money, ProblemAlert, unwrap } from '@getit/ui/react';
import { useApi } from '../session/admin-session';

/** The ledger postings about one order, oldest first, each with its debits and credits (which are equal). */
export function OrderLedger({ orderId }: { orderId: string }) {
  const t = useTranslations('orderLedger');
  const api = useApi();
  const postings = useQuery({
    queryKey: ['ledger', 'order', orderId],
    queryFn: async () =>
      unwrap(await api.GET('/api/admin/ledger/postings', { params: { query: { orderId } } })),
  });
  if (postings.error) return <ProblemAlert error={postings.error} />;
  if (!postings.data) return <p role="status">{t('loading')}</p>;
  if (postings.data.items.length === 0) return <EmptyState title={t('none')} />;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="order-ledger">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('posting')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('account')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('debit')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('credit')}
            </th>
          </tr>
        </thead>
        {postings.data.items.map((posting) => (
          <tbody key={posting.id} className="border-t-2 border-slate-200" data-testid="ledger-posting">
            {posting.entries.map((entry, line) => (
              <tr key={line} className="border-t border-slate-100">
                {line === 0 ? (
                  <th
                    scope="rowgroup"
                    rowSpan={posting.entries.length}
                    className="px-3 py-2 text-left align-top font-normal"
                  >
                    <span className="font-medium">
                      {t.has(`kinds.${posting.kind}`) ? t(`kinds.${posting.kind}`) : posting.kind}
                    </span>
                    <br />
                    <DateTime iso={posting.occurredAt} />
                  </th>
                ) : null}
                <td className="px-3 py-2 font-mono text-xs">{entry.account}</td>
                <td className="px-3 py-2 text-right">
                  {entry.side === 'debit' ? <Money poisha={entry.amountPoisha} /> : ''}
                </td>
                <td className="px-3 py-2 text-right">
                  {entry.side === 'credit' ? <Money poisha={entry.amountPoisha} /> : ''}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
