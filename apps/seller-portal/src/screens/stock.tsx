import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslations } from 'use-intl';
import {
  Count,
  DataTable,
  DateTime,
  EmptyState,
  Field,
  fieldError,
  PageHeader,
  ProblemAlert,
  StatusBadge,
  unwrap,
  useCursorList,
  useUiLocale,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

const REASONS = ['received', 'returned', 'damaged', 'lost', 'correction'] as const;

function useWarehouses() {
  const { client, vendorId } = useVendorSession();
  return useQuery({
    queryKey: ['warehouses', vendorId],
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/warehouses', { params: { path: { vendorId: vendorId! } } }),
      ),
  });
}

/** Stock per variant and warehouse: counts, adjustments with a reason, movement history, low-stock alerts. */
export function StockScreen() {
  const t = useTranslations('stock');
  const { client, vendorId } = useVendorSession();
  const [lowOnly, setLowOnly] = useState(false);
  const [selected, setSelected] = useState<{ variantId: string; sku: string } | undefined>();
  const warehouses = useWarehouses();
  const list = useCursorList(['stock', vendorId, lowOnly], async (cursor) =>
    unwrap(
      await client.GET('/api/vendors/{vendorId}/stock', {
        params: {
          path: { vendorId: vendorId! },
          query: { cursor, limit: 50, ...(lowOnly ? { lowOnly: 'true' } : {}) },
        },
      }),
    ),
  );
  const noWarehouse = warehouses.data && warehouses.data.items.length === 0;

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <Link className="btn-secondary" to="/warehouses">
            {t('warehouses')}
          </Link>
        }
      />
      {noWarehouse ? (
        <EmptyState
          title={t('noWarehouse')}
          action={
            <Link className="btn-primary" to="/warehouses">
              {t('openWarehouse')}
            </Link>
          }
        />
      ) : (
        <>
          <CountForm />
          <label className="mb-3 flex items-center gap-2 text-sm">
            <input type="checkbox" checked={lowOnly} onChange={(e) => setLowOnly(e.target.checked)} />
            {t('lowOnly')}
          </label>
          <DataTable
            caption={t('title')}
            testId="stock"
            list={list}
            rowKey={(row) => row.variantId}
            error={list.error}
            empty={<EmptyState title={t('empty')} />}
            columns={[
              { key: 'sku', header: t('sku'), cell: (row) => row.sku },
              {
                key: 'warehouses',
                header: t('perWarehouse'),
                cell: (row) => (
                  <ul>
                    {row.warehouses.map((w) => (
                      <li key={w.warehouseId}>
                        {t.rich('warehouseCount', {
                          code: w.warehouseCode,
                          count: () => <Count value={w.available} />,
                        })}
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                key: 'onHand',
                header: t('onHand'),
                numeric: true,
                cell: (row) => <Count value={row.onHand} />,
              },
              {
                key: 'reserved',
                header: t('reserved'),
                numeric: true,
                cell: (row) => <Count value={row.reserved} />,
              },
              {
                key: 'available',
                header: t('available'),
                numeric: true,
                cell: (row) => (
                  <span data-testid="available">
                    <Count value={row.available} />{' '}
                    {row.lowStock ? <StatusBadge label={t('low')} tone="warn" /> : null}
                  </span>
                ),
              },
              {
                key: 'actions',
                header: t('actions'),
                cell: (row) => (
                  <button
                    type="button"
                    className="btn-secondary"
                    aria-expanded={selected?.variantId === row.variantId}
                    onClick={() =>
                      setSelected(
                        selected?.variantId === row.variantId
                          ? undefined
                          : { variantId: row.variantId, sku: row.sku },
                      )
                    }
                  >
                    {t('manage', { sku: row.sku })}
                  </button>
                ),
              },
            ]}
          />
          {selected ? (
            <VariantPanel
              key={selected.variantId}
              variantId={selected.variantId}
              sku={selected.sku}
              threshold={list.rows.find((r) => r.variantId === selected.variantId)?.lowStockThreshold ?? null}
            />
          ) : null}
        </>
      )}
    </>
  );
}

/** A stock count for one product's variants in one warehouse: how a new product gets its first stock. */
function CountForm() {
  const t = useTranslations('stock');
  const { locale } = useUiLocale();
  const { client, vendorId } = useVendorSession();
  const queryClient = useQueryClient();
  const warehouses = useWarehouses();
  const [productId, setProductId] = useState('');
  const products = useQuery({
    queryKey: ['products', vendorId, 'for-count'],
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/products', {
          params: { path: { vendorId: vendorId! }, query: { limit: 100 } },
        }),
      ),
  });
  const product = useQuery({
    queryKey: ['product', vendorId, productId],
    enabled: productId !== '',
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/products/{productId}', {
          params: { path: { vendorId: vendorId!, productId } },
        }),
      ),
  });
  const count = useMutation({
    mutationFn: async (form: FormData) => {
      const variants = product.data?.variants ?? [];
      return unwrap(
        await client.PUT('/api/vendors/{vendorId}/warehouses/{warehouseId}/stock', {
          params: { path: { vendorId: vendorId!, warehouseId: String(form.get('warehouseId')) } },
          body: {
            counts: variants
              .filter((v) => String(form.get(`count-${v.id}`) ?? '') !== '')
              .map((v) => ({ variantId: v.id, sku: v.sku, onHand: Number(form.get(`count-${v.id}`)) })),
          },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['stock', vendorId] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    count.mutate(new FormData(event.currentTarget));
  };
  return (
    <details className="card mb-4">
      <summary className="cursor-pointer font-medium">{t('countTitle')}</summary>
      <form className="mt-3 grid gap-3 sm:grid-cols-2" onSubmit={submit}>
        <Field label={t('product')}>
          <select value={productId} onChange={(e) => setProductId(e.target.value)} required>
            <option value="">—</option>
            {(products.data?.items ?? [])
              .filter((p) => p.status !== 'archived')
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {(locale === 'bn' ? p.title.bn : undefined) ?? p.title.en}
                </option>
              ))}
          </select>
        </Field>
        <Field label={t('warehouse')}>
          <select name="warehouseId" required>
            {(warehouses.data?.items ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.code} — {w.name}
              </option>
            ))}
          </select>
        </Field>
        {(product.data?.variants ?? []).map((v, index) => (
          <Field
            key={v.id}
            label={t('countOf', { sku: v.sku })}
            error={fieldError(count.error, `counts.${index}.onHand`)}
          >
            <input name={`count-${v.id}`} inputMode="numeric" />
          </Field>
        ))}
        <div className="sm:col-span-2">
          <ProblemAlert error={count.error} />
          {count.isSuccess ? (
            <p role="status" className="text-emerald-800">
              {t('counted', { changed: count.data.changed })}
            </p>
          ) : null}
          <button type="submit" className="btn-primary mt-2" disabled={count.isPending || !product.data}>
            {t('saveCount')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** One variant: adjust on hand with a reason, set its low-stock threshold, read its movements. */
function VariantPanel({
  variantId,
  sku,
  threshold,
}: {
  variantId: string;
  sku: string;
  threshold: number | null;
}) {
  const t = useTranslations('stock');
  const { client, vendorId } = useVendorSession();
  const queryClient = useQueryClient();
  const warehouses = useWarehouses();
  const movements = useCursorList(['movements', vendorId, variantId], async (cursor) =>
    unwrap(
      await client.GET('/api/vendors/{vendorId}/stock/{variantId}/movements', {
        params: { path: { vendorId: vendorId!, variantId }, query: { cursor, limit: 20 } },
      }),
    ),
  );
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['stock', vendorId] });
    await queryClient.invalidateQueries({ queryKey: ['movements', vendorId, variantId] });
  };
  const adjust = useMutation({
    mutationFn: async (form: FormData) =>
      unwrap(
        await client.POST('/api/vendors/{vendorId}/warehouses/{warehouseId}/stock/{variantId}/adjustments', {
          params: { path: { vendorId: vendorId!, warehouseId: String(form.get('warehouseId')), variantId } },
          body: {
            sku,
            delta: Number(form.get('delta')),
            reason: String(form.get('reason')) as (typeof REASONS)[number],
            ...(form.get('note') ? { note: String(form.get('note')) } : {}),
          },
        }),
      ),
    onSuccess: refresh,
  });
  const setThreshold = useMutation({
    mutationFn: async (value: string) =>
      unwrap(
        await client.PUT('/api/vendors/{vendorId}/stock/{variantId}/low-stock-threshold', {
          params: { path: { vendorId: vendorId!, variantId } },
          body: { threshold: value === '' ? null : Number(value) },
        }),
      ),
    onSuccess: refresh,
  });
  const warehouseCode = (id: string) => warehouses.data?.items.find((w) => w.id === id)?.code ?? id;

  return (
    <section className="mt-4 grid gap-4 lg:grid-cols-2" aria-label={t('manage', { sku })}>
      <form
        className="card flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          adjust.mutate(new FormData(e.currentTarget));
        }}
      >
        <h2 className="font-medium">{t('adjustTitle', { sku })}</h2>
        <Field label={t('warehouse')}>
          <select name="warehouseId">
            {(warehouses.data?.items ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.code}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('delta')} hint={t('deltaHint')} error={fieldError(adjust.error, 'delta')}>
          <input name="delta" inputMode="numeric" required />
        </Field>
        <Field label={t('reason')} error={fieldError(adjust.error, 'reason')}>
          <select name="reason" required defaultValue="">
            <option value="" disabled>
              {t('chooseReason')}
            </option>
            {REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reasons.${reason}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('note')} error={fieldError(adjust.error, 'note')}>
          <input name="note" />
        </Field>
        <ProblemAlert error={adjust.error} />
        <button type="submit" className="btn-primary self-start" disabled={adjust.isPending}>
          {t('adjust')}
        </button>
        <hr className="my-2 border-slate-200" />
        <Field
          label={t('threshold')}
          hint={t('thresholdHint')}
          error={fieldError(setThreshold.error, 'threshold')}
        >
          <input
            inputMode="numeric"
            defaultValue={threshold ?? ''}
            onBlur={(e) =>
              e.target.value !== String(threshold ?? '') && setThreshold.mutate(e.target.value.trim())
            }
          />
        </Field>
        {setThreshold.isSuccess ? (
          <p role="status" className="text-sm text-emerald-800">
            {t('thresholdSaved')}
          </p>
        ) : null}
      </form>
      <div>
        <h2 className="mb-2 font-medium">{t('history', { sku })}</h2>
        <DataTable
          caption={t('history', { sku })}
          testId="movements"
          list={movements}
          rowKey={(row) => row.id}
          error={movements.error}
          columns={[
            { key: 'at', header: t('when'), cell: (row) => <DateTime iso={row.createdAt} /> },
            { key: 'warehouse', header: t('warehouse'), cell: (row) => warehouseCode(row.warehouseId) },
            {
              key: 'delta',
              header: t('change'),
              numeric: true,
              cell: (row) => (
                <>
                  {row.delta > 0 ? '+' : '−'}
                  <Count value={Math.abs(row.delta)} />
                </>
              ),
            },
            { key: 'reason', header: t('reason'), cell: (row) => t(`reasons.${row.reason}`) },
            {
              key: 'after',
              header: t('onHandAfter'),
              numeric: true,
              cell: (row) => <Count value={row.onHandAfter} />,
            },
          ]}
        />
      </div>
    </section>
  );
}
