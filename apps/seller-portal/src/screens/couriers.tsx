import { type FormEvent, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { DataTable, EmptyState, Field, fieldError, PageHeader, ProblemAlert, unwrap } from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

type Choice = 'marketplace' | 'pathao' | 'steadfast' | 'redx';

/**
 * The vendor's courier choices: its courier or the marketplace's choice, whether marking a package packed books it
 * at once or leaves it in the courier queue, and which warehouses couriers pick up from (each registered as a store
 * with the couriers that have stores). Owners and managers change them; staff see them.
 */
export function CouriersScreen() {
  const t = useTranslations('couriers');
  const { client, vendorId, can } = useVendorSession();
  const queryClient = useQueryClient();
  const [phones, setPhones] = useState<Record<string, string>>({});
  const settings = useQuery({
    queryKey: ['courier-preference', vendorId],
    enabled: Boolean(vendorId),
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/courier-preference', {
          params: { path: { vendorId: vendorId! } },
        }),
      ),
  });
  const warehouses = useQuery({
    queryKey: ['warehouses', vendorId],
    enabled: Boolean(vendorId),
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/warehouses', { params: { path: { vendorId: vendorId! } } }),
      ),
  });
  const save = useMutation({
    mutationFn: async (form: FormData) =>
      unwrap(
        await client.PUT('/api/vendors/{vendorId}/courier-preference', {
          params: { path: { vendorId: vendorId! } },
          body: {
            courier: String(form.get('courier')) as Choice,
            bookOnPacking: form.get('bookOnPacking') === 'on',
            pickupWarehouseId: String(form.get('pickupWarehouseId') ?? '') || null,
          },
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(['courier-preference', vendorId], data),
  });
  const register = useMutation({
    mutationFn: async (warehouseId: string) => {
      const warehouse = warehouses.data!.items.find((item) => item.id === warehouseId)!;
      const address = [warehouse.address.line1, warehouse.address.area, warehouse.address.district]
        .filter(Boolean)
        .join(', ');
      return unwrap(
        await client.PUT('/api/vendors/{vendorId}/pickup-points/{warehouseId}', {
          params: { path: { vendorId: vendorId!, warehouseId } },
          body: {
            name: warehouse.name,
            contactPhone: phones[warehouseId] ?? warehouse.contactPhone ?? '',
            address,
            ...(warehouse.address.area ? { area: warehouse.address.area } : {}),
            district: warehouse.address.district,
          },
        }),
      );
    },
    onSuccess: (data) => queryClient.setQueryData(['courier-preference', vendorId], data),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(new FormData(event.currentTarget));
  };
  const view = settings.data;
  const points = new Map((view?.pickupPoints ?? []).map((point) => [point.warehouseId, point]));

  return (
    <>
      <PageHeader title={t('title')} />
      <ProblemAlert error={settings.error ?? save.error} />
      {view ? (
        <form className="card mb-6 grid max-w-xl gap-3" onSubmit={submit} aria-labelledby="courier-choice">
          <h2 id="courier-choice" className="text-lg font-medium">
            {t('choiceTitle')}
          </h2>
          <Field label={t('courier')} hint={t('courierHint')} error={fieldError(save.error, 'courier')}>
            <select
              name="courier"
              className="input"
              defaultValue={view.courier}
              disabled={!can.manageCouriers}
            >
              <option value="marketplace">{t('marketplace')}</option>
              {view.offered.map((courier) => (
                <option key={courier} value={courier}>
                  {t(`courierName.${courier}`)}
                </option>
              ))}
            </select>
          </Field>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="bookOnPacking"
              defaultChecked={view.bookOnPacking}
              disabled={!can.manageCouriers}
            />
            {t('bookOnPacking')}
          </label>
          <Field
            label={t('pickupWarehouse')}
            hint={t('pickupWarehouseHint')}
            error={fieldError(save.error, 'pickupWarehouseId')}
          >
            <select
              name="pickupWarehouseId"
              className="input"
              defaultValue={view.pickupWarehouseId ?? ''}
              disabled={!can.manageCouriers}
            >
              <option value="">{t('hub')}</option>
              {view.pickupPoints.map((point) => (
                <option key={point.warehouseId} value={point.warehouseId}>
                  {point.name}
                </option>
              ))}
            </select>
          </Field>
          {can.manageCouriers ? (
            <div>
              <button type="submit" className="btn-primary" disabled={save.isPending}>
                {t('save')}
              </button>
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t('ownersOnly')}</p>
          )}
          {save.isSuccess ? (
            <p role="status" className="text-sm text-emerald-800">
              {t('saved')}
            </p>
          ) : null}
        </form>
      ) : null}
      <h2 className="mb-2 text-lg font-medium">{t('pickupTitle')}</h2>
      <p className="mb-3 text-sm text-slate-600">{t('pickupIntro')}</p>
      <ProblemAlert error={register.error ?? warehouses.error} />
      <DataTable
        caption={t('pickupTitle')}
        testId="pickup-points"
        rows={warehouses.data?.items ?? []}
        rowKey={(row) => row.id}
        loading={warehouses.isPending}
        empty={<EmptyState title={t('noWarehouses')} />}
        columns={[
          { key: 'name', header: t('warehouse'), cell: (row) => row.name },
          {
            key: 'address',
            header: t('address'),
            cell: (row) =>
              [row.address.line1, row.address.area, row.address.district].filter(Boolean).join(', '),
          },
          {
            key: 'phone',
            header: t('phone'),
            cell: (row) =>
              can.manageCouriers ? (
                <input
                  className="input"
                  inputMode="tel"
                  aria-label={t('phoneFor', { warehouse: row.name })}
                  aria-invalid={
                    register.variables === row.id && Boolean(fieldError(register.error, 'contactPhone'))
                  }
                  value={phones[row.id] ?? points.get(row.id)?.contactPhone ?? row.contactPhone ?? ''}
                  onChange={(event) => setPhones((now) => ({ ...now, [row.id]: event.target.value }))}
                />
              ) : (
                (points.get(row.id)?.contactPhone ?? row.contactPhone ?? '')
              ),
          },
          {
            key: 'stores',
            header: t('stores'),
            cell: (row) => {
              const point = points.get(row.id);
              if (!point) return t('notRegistered');
              return (
                <span data-testid="courier-stores">
                  {point.stores.length === 0
                    ? t('registeredNoStores')
                    : point.stores
                        .map((store) =>
                          t('store', { courier: t(`courierName.${store.courier}`), id: store.storeId }),
                        )
                        .join(' · ')}
                </span>
              );
            },
          },
          ...(can.manageCouriers
            ? [
                {
                  key: 'register',
                  header: t('actions'),
                  cell: (row: { id: string; name: string }) => (
                    <button
                      type="button"
                      className="btn-secondary"
                      disabled={register.isPending}
                      onClick={() => register.mutate(row.id)}
                    >
                      {points.has(row.id)
                        ? t('update', { warehouse: row.name })
                        : t('register', { warehouse: row.name })}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
