import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import type { ApiClient } from '@getit/api-client';
import { Count, Money, PageHeader, ProblemAlert, unwrap, useFormatters } from '@getit/ui/react';
import { ChartCard } from '@getit/ui/react/chart';
import { changePercent, dayKpis, type KpiOrder } from '../lib/order-kpis';
import { dhakaDate, dhakaDayStart } from '../lib/taka-amount';
import { useApi } from '../session/admin-session';

const PAGES = 5;
const WEEK = 7 * 86_400_000;

/** Every order placed between two instants (up to 500; `truncated` when there were more). */
async function ordersBetween(api: ApiClient, from: string, to: string) {
  const orders: KpiOrder[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < PAGES; page += 1) {
    const result = unwrap(
      await api.GET('/api/admin/orders', { params: { query: { from, to, limit: 100, cursor } } }),
    );
    orders.push(...result.items);
    cursor = result.nextCursor ?? undefined;
    if (!cursor) return { orders, truncated: false };
  }
  return { orders, truncated: true };
}

/**
 * Today so far against the same stretch of the same weekday last week: orders, GMV and cancellations, from the
 * admin order search (the analytics service will serve these from aggregates).
 */
export function DashboardScreen() {
  const t = useTranslations('dashboard');
  const api = useApi();
  const format = useFormatters();
  const kpis = useQuery({
    queryKey: ['kpis'],
    refetchInterval: 60_000,
    queryFn: async () => {
      const now = new Date();
      const todayStart = Date.parse(dhakaDayStart(dhakaDate(now)));
      const [today, lastWeek] = await Promise.all([
        ordersBetween(api, new Date(todayStart).toISOString(), now.toISOString()),
        ordersBetween(
          api,
          new Date(todayStart - WEEK).toISOString(),
          new Date(now.getTime() - WEEK).toISOString(),
        ),
      ]);
      return {
        today: dayKpis(today.orders),
        lastWeek: dayKpis(lastWeek.orders),
        truncated: today.truncated || lastWeek.truncated,
        hour: new Date(now.getTime() + 6 * 3_600_000).getUTCHours(),
      };
    },
  });
  if (kpis.error) return <ProblemAlert error={kpis.error} />;
  const k = kpis.data;
  const cards = k
    ? [
        {
          key: 'orders',
          now: <Count value={k.today.orders} />,
          change: changePercent(k.today.orders, k.lastWeek.orders),
          before: <Count value={k.lastWeek.orders} />,
        },
        {
          key: 'gmv',
          now: <Money poisha={k.today.gmvPoisha} />,
          change: changePercent(k.today.gmvPoisha, k.lastWeek.gmvPoisha),
          before: <Money poisha={k.lastWeek.gmvPoisha} />,
        },
        {
          key: 'cancellations',
          now: <Count value={k.today.cancellations} />,
          change: changePercent(k.today.cancellations, k.lastWeek.cancellations),
          before: <Count value={k.lastWeek.cancellations} />,
        },
      ]
    : [];
  const hours = (byHour: number[]) =>
    byHour.slice(0, (k?.hour ?? 23) + 1).map((value, hour) => ({ label: format.count(hour), value }));
  return (
    <>
      <PageHeader title={t('title')} />
      <p className="mb-4 text-sm text-slate-800">{t('intro')}</p>
      {!k ? <p role="status">{t('loading')}</p> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <section
            key={card.key}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`kpi-${card.key}`}
          >
            <h2 className="text-sm font-medium text-slate-800">{t(`kpis.${card.key}`)}</h2>
            <p className="mt-1 text-2xl font-semibold">{card.now}</p>
            <p className="mt-1 text-sm text-slate-800">
              {t('lastWeek')} {card.before}
              {card.change !== undefined ? (
                <span className={card.change >= 0 ? 'text-emerald-900' : 'text-red-900'}>
                  {' '}
                  ({t('change', { value: card.change })})
                </span>
              ) : null}
            </p>
          </section>
        ))}
      </div>
      {k?.truncated ? <p className="mt-2 text-sm text-amber-900">{t('truncated')}</p> : null}
      {k ? (
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          <ChartCard title={t('ordersByHourToday')} points={hours(k.today.byHour)} format={format.count} />
          <ChartCard
            title={t('ordersByHourLastWeek')}
            points={hours(k.lastWeek.byHour)}
            format={format.count}
          />
        </div>
      ) : null}
    </>
  );
}
