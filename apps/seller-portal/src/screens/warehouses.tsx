import { type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { DIVISIONS, placeName } from '@getit/contracts';
import {
  DataTable,
  EmptyState,
  Field,
  fieldError,
  PageHeader,
  ProblemAlert,
  unwrap,
  useUiLocale,
} from '@getit/ui/react';
import { useVendorSession } from '../vendor-context';

const DISTRICTS = Object.values(DIVISIONS).flat().sort();

/** The vendor's warehouses (pickup addresses); owners and managers open and archive them. */
export function WarehousesScreen() {
  const t = useTranslations('warehouses');
  const { locale } = useUiLocale();
  const { client, vendorId, can } = useVendorSession();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['warehouses', vendorId],
    queryFn: async () =>
      unwrap(
        await client.GET('/api/vendors/{vendorId}/warehouses', { params: { path: { vendorId: vendorId! } } }),
      ),
  });
  const create = useMutation({
    mutationFn: async (form: FormData) => {
      const value = (name: string) => String(form.get(name) ?? '').trim();
      return unwrap(
        await client.POST('/api/vendors/{vendorId}/warehouses', {
          params: { path: { vendorId: vendorId! } },
          body: {
            code: value('code'),
            name: value('name'),
            address: {
              line1: value('line1'),
              ...(value('area') ? { area: value('area') } : {}),
              district: value('district'),
              ...(value('postcode') ? { postcode: value('postcode') } : {}),
            },
            ...(value('contactPhone') ? { contactPhone: value('contactPhone') } : {}),
          },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['warehouses', vendorId] }),
  });
  const archive = useMutation({
    mutationFn: async (warehouseId: string) =>
      unwrap(
        await client.DELETE('/api/vendors/{vendorId}/warehouses/{warehouseId}', {
          params: { path: { vendorId: vendorId!, warehouseId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['warehouses', vendorId] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(new FormData(event.currentTarget));
  };
  const error = create.error;

  return (
    <>
      <PageHeader title={t('title')} />
      <DataTable
        caption={t('title')}
        testId="warehouses"
        rows={list.data?.items ?? []}
        rowKey={(row) => row.id}
        loading={list.isPending}
        error={list.error}
        empty={<EmptyState title={t('empty')} />}
        columns={[
          { key: 'code', header: t('code'), cell: (row) => row.code },
          { key: 'name', header: t('name'), cell: (row) => row.name },
          {
            key: 'address',
            header: t('address'),
            cell: (row) =>
              [row.address.line1, row.address.area, row.address.district].filter(Boolean).join(', '),
          },
          ...(can.manageWarehouses
            ? [
                {
                  key: 'actions',
                  header: t('actions'),
                  cell: (row: { id: string; code: string }) => (
                    <button
                      type="button"
                      className="btn-secondary"
                      disabled={archive.isPending}
                      onClick={() => archive.mutate(row.id)}
                    >
                      {t('archive', { code: row.code })}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ProblemAlert error={archive.error} />
      {can.manageWarehouses ? (
        <form className="card mt-4 grid gap-3 sm:grid-cols-2" onSubmit={submit} noValidate>
          <h2 className="font-medium sm:col-span-2">{t('open')}</h2>
          <Field label={t('code')} hint={t('codeHint')} error={fieldError(error, 'code')}>
            <input name="code" required />
          </Field>
          <Field label={t('name')} error={fieldError(error, 'name')}>
            <input name="name" required />
          </Field>
          <Field label={t('line1')} error={fieldError(error, 'address.line1')}>
            <input name="line1" required />
          </Field>
          <Field label={t('area')} error={fieldError(error, 'address.area')}>
            <input name="area" />
          </Field>
          <Field label={t('district')} error={fieldError(error, 'address.district')}>
            <select name="district" defaultValue="Dhaka">
              {DISTRICTS.map((d) => (
                <option key={d} value={d}>
                  {placeName(d, locale)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('postcode')} error={fieldError(error, 'address.postcode')}>
            <input name="postcode" inputMode="numeric" maxLength={4} />
          </Field>
          <Field label={t('contactPhone')} error={fieldError(error, 'contactPhone')}>
            <input name="contactPhone" type="tel" />
          </Field>
          <div className="sm:col-span-2">
            <ProblemAlert error={error} />
            <button type="submit" className="btn-primary mt-2" disabled={create.isPending}>
              {t('create')}
            </button>
          </div>
        </form>
      ) : (
        <p className="mt-4 text-sm text-slate-700">{t('managersOnly')}</p>
      )}
    </>
  );
}
