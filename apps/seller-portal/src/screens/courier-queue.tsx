import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslations } from 'use-intl';
import { placeName } from '@getit/contracts';
import {
  DataTable,
  DateTime,
  EmptyState,
  Money,
  ProblemAlert,
  StatusBadge,
  unwrap,
  useFormatters,
  useUiLocale,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

type Choice = 'marketplace' | 'pathao' | 'steadfast' | 'redx';
const TONES = { awaiting: 'warn', booking: 'neutral', booked: 'good' } as const;
const DUE_SOON_MS = 12 * 3_600_000;

/**
 * The vendor's courier queue (shipping): packed packages awaiting a courier with each courier's price, being booked
 * (and why the courier is tried again), or booked with their consignment. Book one with a chosen courier or the
 * marketplace's choice, book the whole queue at once, and print the labels of the chosen packages on A4 sheets.
 */
export function CourierQueue() {
  const t = useTranslations('courierQueue');
  const { locale } = useUiLocale();
  const { client, vendorId } = useVendorSession();
  const { money } = useFormatters();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [queueChoice, setQueueChoice] = useState<Choice>('marketplace');
  const [selected, setSelected] = useState<string[]>([]);
  const queue = useQuery({
    queryKey: ['courier-queue', vendorId],
    enabled: Boolean(vendorId),
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/courier-queue', {
          params: { path: { vendorId: vendorId! } },
        }),
      ),
    // a booking the courier did not take yet is retried: look again soon; packages packed elsewhere show up too
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.state === 'booking') ? 3_000 : 15_000,
  });
  const book = useMutation({
    mutationFn: async (request: { courier: Choice; packageIds?: string[] }) =>
      unwrap(
        await client.POST('/api/vendors/{vendorId}/courier-bookings', {
          params: { path: { vendorId: vendorId! } },
          body: request,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['courier-queue', vendorId] }),
  });
  const print = useMutation({
    mutationFn: async (packageIds: string[]) => {
      // one package: its A6 label; several: A4 sheets of four
      const response =
        packageIds.length === 1
          ? await client.GET('/api/vendors/{vendorId}/packages/{packageId}/label', {
              params: { path: { vendorId: vendorId!, packageId: packageIds[0]! } },
              parseAs: 'blob',
            })
          : await client.GET('/api/vendors/{vendorId}/labels', {
              params: { path: { vendorId: vendorId! }, query: { packageIds: packageIds.join(',') } },
              parseAs: 'blob',
            });
      const blob = unwrap(response) as Blob;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download =
        packageIds.length === 1
          ? `getit-label-${orderOf(packageIds[0]!)}.pdf`
          : `getit-labels-${packageIds.length}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
  const items = queue.data?.items ?? [];
  const awaiting = items.filter((item) => item.state === 'awaiting');
  const printable = selected.filter((id) =>
    items.some((item) => item.packageId === id && item.state === 'booked'),
  );
  const retrying = book.data?.results.filter((result) => result.state === 'retrying') ?? [];
  const booked = book.data?.results.filter((result) => result.state === 'booked') ?? [];
  const orderOf = (packageId: string) =>
    items.find((item) => item.packageId === packageId)?.orderNumber ?? '';
  const toggle = (packageId: string) =>
    setSelected((now) =>
      now.includes(packageId) ? now.filter((id) => id !== packageId) : [...now, packageId],
    );

  if (!queue.isPending && items.length === 0 && !queue.error) return null;
  return (
    <section className="card mb-4" aria-labelledby="courier-queue" data-testid="courier-queue">
      <h2 id="courier-queue" className="mb-1 text-lg font-medium">
        {t('title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        {t('intro')}{' '}
        <Link className="text-emerald-800 underline" to="/couriers">
          {t('settings')}
        </Link>
      </p>
      <div className="mb-3 flex flex-wrap items-end gap-2">
        {awaiting.length > 0 ? (
          <>
            <label className="text-sm">
              <span className="block text-slate-600">{t('queueCourier')}</span>
              <select
                className="input"
                value={queueChoice}
                onChange={(event) => setQueueChoice(event.target.value as Choice)}
              >
                <option value="marketplace">{t('marketplace')}</option>
                {awaiting[0]!.offers.map((offer) => (
                  <option key={offer.courier} value={offer.courier}>
                    {t(`courier.${offer.courier}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="btn-primary"
              disabled={book.isPending}
              onClick={() => book.mutate({ courier: queueChoice })}
            >
              {t('bookAll', { count: awaiting.length })}
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="btn-secondary"
          disabled={printable.length === 0 || print.isPending}
          onClick={() => print.mutate(printable)}
        >
          {t('printSelected', { count: printable.length })}
        </button>
      </div>
      <ProblemAlert error={book.error ?? print.error ?? queue.error} />
      {booked.length > 0 ? (
        <p role="status" className="mb-2 text-sm text-emerald-800" data-testid="booking-result">
          {t('booked', { count: booked.length })}
        </p>
      ) : null}
      {retrying.map((result) => (
        <p key={result.packageId} role="alert" className="mb-2 text-sm text-amber-800">
          {t('retrying', { order: orderOf(result.packageId), courier: t(`courier.${result.courier}`) })}
        </p>
      ))}
      <DataTable
        caption={t('title')}
        testId="courier-queue-table"
        rows={items}
        rowKey={(row) => row.packageId}
        loading={queue.isPending}
        empty={<EmptyState title={t('empty')} />}
        columns={[
          {
            key: 'select',
            header: t('select'),
            cell: (row) =>
              row.state === 'booked' ? (
                <input
                  type="checkbox"
                  aria-label={t('selectOne', { order: row.orderNumber })}
                  checked={selected.includes(row.packageId)}
                  onChange={() => toggle(row.packageId)}
                />
              ) : null,
          },
          { key: 'order', header: t('order'), cell: (row) => row.orderNumber },
          {
            key: 'to',
            header: t('to'),
            cell: (row) => t('recipient', { name: row.recipientName, district: placeName(row.destinationDistrict, locale) }),
          },
          {
            key: 'cod',
            header: t('cod'),
            numeric: true,
            cell: (row) => (row.codAmountPoisha > 0 ? <Money poisha={row.codAmountPoisha} /> : t('prepaid')),
          },
          {
            key: 'handover',
            header: t('handoverBy'),
            cell: (row) =>
              row.handoverDueAt ? (
                <>
                  <DateTime iso={row.handoverDueAt} />
                  <HandoverWarning dueAt={row.handoverDueAt} booked={row.state === 'booked'} />
                </>
              ) : null,
          },
          {
            key: 'state',
            header: t('state'),
            cell: (row) => (
              <StatusBadge label={t(`states.${row.state}`)} tone={TONES[row.state]} testId="courier-state" />
            ),
          },
          {
            key: 'courier',
            header: t('courierHeader'),
            cell: (row) =>
              row.state === 'awaiting' ? (
                <select
                  className="input"
                  aria-label={t('courierFor', { order: row.orderNumber })}
                  value={choices[row.packageId] ?? 'marketplace'}
                  onChange={(event) =>
                    setChoices((now) => ({ ...now, [row.packageId]: event.target.value as Choice }))
                  }
                >
                  <option value="marketplace">
                    {row.marketplaceChoice
                      ? t('marketplaceOffer', {
                          courier: t(`courier.${row.marketplaceChoice}`),
                          price: money(
                            row.offers.find((o) => o.courier === row.marketplaceChoice)?.feePoisha ?? 0,
                          ),
                        })
                      : t('marketplace')}
                  </option>
                  {row.offers.map((offer) => (
                    <option key={offer.courier} value={offer.courier}>
                      {t('offer', { courier: t(`courier.${offer.courier}`), price: money(offer.feePoisha) })}
                    </option>
                  ))}
                </select>
              ) : (
                <span data-testid="consignment">
                  {row.courier ? t(`courier.${row.courier}`) : ''}
                  {row.consignmentId ? ` · ${row.consignmentId}` : ''}
                  {row.deliveryFeePoisha !== null ? (
                    <>
                      {' · '}
                      <Money poisha={row.deliveryFeePoisha} />
                    </>
                  ) : null}
                  {row.state === 'booking' && row.lastError ? (
                    <span className="block text-xs text-amber-800">{t('tryingAgain')}</span>
                  ) : null}
                </span>
              ),
          },
          {
            key: 'actions',
            header: t('actions'),
            cell: (row) =>
              row.state === 'awaiting' ? (
                <button
                  type="button"
                  className="btn-primary"
                  disabled={book.isPending}
                  onClick={() =>
                    book.mutate({
                      courier: choices[row.packageId] ?? 'marketplace',
                      packageIds: [row.packageId],
                    })
                  }
                >
                  {t('book', { order: row.orderNumber })}
                </button>
              ) : row.state === 'booked' ? (
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={print.isPending}
                  onClick={() => print.mutate([row.packageId])}
                >
                  {t('printOne', { order: row.orderNumber })}
                </button>
              ) : null,
          },
        ]}
      />
    </section>
  );
}

/** Marks a handover deadline that has passed, or falls within 12 hours (the admins' "due soon"), before pickup. */
function HandoverWarning({ dueAt, booked }: { dueAt: string; booked: boolean }) {
  const t = useTranslations('courierQueue');
  const left = Date.parse(dueAt) - Date.now();
  if (left > DUE_SOON_MS) return null;
  return (
    <span
      className={`block text-xs ${left <= 0 ? 'text-red-800' : 'text-amber-800'}`}
      data-testid="handover-warning"
    >
      {left <= 0 ? t('handoverLate') : booked ? t('handoverSoonBooked') : t('handoverSoon')}
    </span>
  );
}
