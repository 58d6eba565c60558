import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import {
  Count,
  DataTable,
  DateTime,
  EmptyState,
  Field,
  Money,
  PageHeader,
  ProblemAlert,
  unwrap,
  useFormatters,
} from '@getit/ui/react';
import { ChartCard } from '@getit/ui/react/chart';
import { useVendorSession } from '../vendor-context';

const dhakaDate = (offsetDays: number) =>
  new Date(Date.now() + 6 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The statement (orders, gross, commission, VAT, net, refunds, payouts, balances) with its CSV, and the payouts. */
export function MoneyScreen() {
  const t = useTranslations('money');
  const { client, vendorId } = useVendorSession();
  const format = useFormatters();
  const [range, setRange] = useState({ from: dhakaDate(-30), to: dhakaDate(1) });
  const [downloadError, setDownloadError] = useState<string | undefined>();
  const statement = useQuery({
    queryKey: ['statement', vendorId, range],
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/statement', {
          params: { path: { vendorId: vendorId! }, query: range },
        }),
      ),
  });

  const download = async () => {
    setDownloadError(undefined);
    const response = await client.GET('/api/vendors/{vendorId}/statement.csv', {
      params: { path: { vendorId: vendorId! }, query: range },
      parseAs: 'blob',
    });
    if (!response.response.ok || !response.data) return setDownloadError(t('downloadFailed'));
    const link = document.createElement('a');
    link.href = URL.createObjectURL(response.data as Blob);
    link.download = `statement-${range.from}-${range.to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const s = statement.data;
  const byDay = new Map<string, number>();
  for (const line of s?.lines ?? [])
    if (line.type === 'sale') {
      const day = format.dateTime(line.occurredAt).split(',')[0] ?? line.occurredAt.slice(0, 10);
      byDay.set(day, (byDay.get(day) ?? 0) + line.netPoisha);
    }
  const payouts = (s?.lines ?? []).filter((line) => line.type === 'payout');
  const figures = s
    ? ([
        ['orders', <Count key="o" value={s.orderCount} />],
        ['gross', <Money key="g" poisha={s.totals.grossSalesPoisha} />],
        ['commission', <Money key="c" poisha={s.totals.commissionPoisha} />],
        ['vat', <Money key="v" poisha={s.totals.vatPoisha} />],
        ['net', <Money key="n" poisha={s.totals.netPoisha} />],
        ['refunds', <Money key="r" poisha={s.totals.refundsPoisha} />],
        ['payouts', <Money key="p" poisha={s.totals.payoutsPoisha} />],
        ['opening', <Money key="ob" poisha={s.openingBalancePoisha} />],
        ['closing', <Money key="cb" poisha={s.closingBalancePoisha} />],
      ] as const)
    : [];

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <button type="button" className="btn-secondary" onClick={() => void download()}>
            {t('downloadCsv')}
          </button>
        }
      />
      {downloadError ? <p role="alert">{downloadError}</p> : null}
      <form className="card mb-4 flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('from')}>
          <input
            type="date"
            value={range.from}
            onChange={(e) => setRange({ ...range, from: e.target.value })}
          />
        </Field>
        <Field label={t('to')}>
          <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </Field>
      </form>
      <ProblemAlert error={statement.error} />
      {s ? (
        <>
          <dl
            className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
            data-testid="statement-totals"
          >
            {figures.map(([key, value]) => (
              <div key={key} className="card">
                <dt className="text-sm text-slate-600">{t(`totals.${key}`)}</dt>
                <dd className="text-lg font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
          {s.cod ? (
            <section aria-labelledby="cod-title" className="mb-4">
              <h2 id="cod-title" className="mb-2 font-medium">
                {t('cod.title')}
              </h2>
              <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="statement-cod">
                {(
                  [
                    ['collected', s.cod.collectedPoisha],
                    ['remitted', s.cod.remittedPoisha],
                    ['pending', s.cod.pendingPoisha],
                  ] as const
                ).map(([key, poisha]) => (
                  <div key={key} className="card">
                    <dt className="text-sm text-slate-600">{t(`cod.${key}`)}</dt>
                    <dd className="text-lg font-semibold">
                      <Money poisha={poisha} />
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="mt-1 text-sm text-slate-700">{t('cod.note')}</p>
            </section>
          ) : null}
          {byDay.size ? (
            <div className="mb-4">
              <ChartCard
                title={t('netByDay')}
                points={[...byDay].map(([label, value]) => ({ label, value }))}
                format={format.money}
              />
            </div>
          ) : null}
          <h2 className="mb-2 text-lg font-medium">{t('lines')}</h2>
          <DataTable
            caption={t('lines')}
            testId="statement-lines"
            rows={s.lines}
            rowKey={(row) => `${row.postingId}-${row.packageId ?? ''}-${row.type}`}
            empty={<EmptyState title={t('noLines')} />}
            columns={[
              { key: 'at', header: t('when'), cell: (row) => <DateTime iso={row.occurredAt} /> },
              { key: 'type', header: t('type'), cell: (row) => t(`lineType.${row.type}`) },
              { key: 'ref', header: t('reference'), cell: (row) => row.reference ?? '—' },
              {
                key: 'gross',
                header: t('totals.gross'),
                numeric: true,
                cell: (row) => <Money poisha={row.grossPoisha} />,
              },
              {
                key: 'commission',
                header: t('totals.commission'),
                numeric: true,
                cell: (row) => <Money poisha={row.commissionPoisha} />,
              },
              {
                key: 'vat',
                header: t('totals.vat'),
                numeric: true,
                cell: (row) => <Money poisha={row.vatPoisha} />,
              },
              {
                key: 'net',
                header: t('totals.net'),
                numeric: true,
                cell: (row) => <Money poisha={row.netPoisha} />,
              },
              {
                key: 'balance',
                header: t('balance'),
                numeric: true,
                cell: (row) => <Money poisha={row.balancePoisha} />,
              },
            ]}
          />
          <h2 className="mb-2 mt-6 text-lg font-medium">{t('payoutsTitle')}</h2>
          <DataTable
            caption={t('payoutsTitle')}
            rows={payouts}
            rowKey={(row) => row.postingId}
            empty={<EmptyState title={t('noPayouts')} />}
            columns={[
              { key: 'at', header: t('when'), cell: (row) => <DateTime iso={row.occurredAt} /> },
              { key: 'ref', header: t('reference'), cell: (row) => row.reference ?? '—' },
              {
                key: 'amount',
                header: t('amount'),
                numeric: true,
                cell: (row) => <Money poisha={Math.abs(row.netPoisha)} />,
              },
            ]}
          />
        </>
      ) : statement.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : null}
    </>
  );
}
