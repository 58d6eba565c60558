import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import { Count, DataTable, DateTime, Money, StatusBadge, unwrap, type Column } from '@getit/ui/react';
import { useApi } from '../session/admin-session';
import { useVendorNames } from './vendor-names';

type Account = ApiResponse<'/api/admin/ledger/balances', 'get'>['accounts'][number];

/** Every ledger account's debits, credits and balance, and the proof: all balances sum to zero. */
export function LedgerBalances() {
  const t = useTranslations('ledger');
  const api = useApi();
  const vendors = useVendorNames();
  const ledger = useQuery({
    queryKey: ['ledger', 'balances'],
    queryFn: async () => unwrap(await api.GET('/api/admin/ledger/balances')),
  });
  const columns: Column<Account>[] = [
    {
      key: 'account',
      header: t('account'),
      cell: (a) => {
        const [kind = '', owner] = a.account.split(':');
        return (
          <>
            <span className="block">{t.has(`accounts.${kind}`) ? t(`accounts.${kind}`) : kind}</span>
            {owner ? (
              <span className="text-xs text-slate-700">
                {kind === 'vendor_payable' ? vendors.name(owner) : owner}
              </span>
            ) : null}
          </>
        );
      },
    },
    { key: 'class', header: t('class'), cell: (a) => t(`classes.${a.class}`) },
    { key: 'debit', header: t('debit'), numeric: true, cell: (a) => <Money poisha={a.debitPoisha} /> },
    { key: 'credit', header: t('credit'), numeric: true, cell: (a) => <Money poisha={a.creditPoisha} /> },
    {
      key: 'balance',
      header: t('balance'),
      numeric: true,
      cell: (a) => <Money poisha={a.normalBalancePoisha} />,
    },
  ];
  const totals = ledger.data?.totals;
  return (
    <>
      {totals ? (
        <div
          className={`mb-3 rounded-lg border p-4 ${totals.balanced ? 'border-emerald-300 bg-emerald-50' : 'border-red-300 bg-red-50'}`}
          data-testid="ledger-proof"
        >
          <p className="flex flex-wrap items-center gap-2 font-medium">
            <StatusBadge
              testId="ledger-balanced"
              label={totals.balanced ? t('balanced') : t('unbalanced')}
              tone={totals.balanced ? 'good' : 'bad'}
            />
            {t('proof')}
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
            <dt>{t('totalDebits')}</dt>
            <dd data-testid="ledger-debits">
              <Money poisha={totals.debitPoisha} />
            </dd>
            <dt>{t('totalCredits')}</dt>
            <dd data-testid="ledger-credits">
              <Money poisha={totals.creditPoisha} />
            </dd>
            <dt>{t('sum')}</dt>
            <dd data-testid="ledger-sum">
              <Money poisha={totals.sumPoisha} />
            </dd>
            <dt>{t('postings')}</dt>
            <dd>
              <Count value={ledger.data!.postingCount} />
            </dd>
          </dl>
          <p className="mt-1 text-xs text-slate-700">
            {t('asOf')} <DateTime iso={ledger.data!.asOf} />
          </p>
        </div>
      ) : null}
      <DataTable
        caption={t('title')}
        columns={columns}
        rows={ledger.data?.accounts ?? []}
        rowKey={(a) => a.account}
        loading={ledger.isLoading}
        error={ledger.error}
        testId="ledger-accounts"
      />
    </>
  );
}
