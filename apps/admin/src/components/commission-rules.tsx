import { takaToPoisha } from '@getit/contracts';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import type { ApiResponse } from '@getit/api-client';
import {
  DataTable,
  DateTime,
  Field,
  fieldError,
  formValues,
  Money,
  ProblemAlert,
  unwrap,
  useUiLocale,
  type Column,
} from '@getit/ui/react';
import { percentToBasisPoints } from '../lib/taka-amount';
import { useApi } from '../session/admin-session';
import { useVendorNames } from './vendor-names';

type Rule = ApiResponse<'/api/admin/commission-rules', 'get'>['items'][number];

/**
 * Commission rules in force, most specific first (vendor × category, vendor, category, the marketplace default),
 * and a form for a new one, which replaces the rule of the same scope. Sold lines keep the terms they sold under.
 */
export function CommissionRules() {
  const t = useTranslations('rules');
  const api = useApi();
  const { locale } = useUiLocale();
  const vendors = useVendorNames();
  const queryClient = useQueryClient();
  const rules = useQuery({
    queryKey: ['commission-rules'],
    queryFn: async () => unwrap(await api.GET('/api/admin/commission-rules')),
  });
  const categories = useQuery({
    queryKey: ['categories'],
    staleTime: 300_000,
    queryFn: async () => unwrap(await api.GET('/api/categories')),
  });
  const [inputError, setInputError] = useState<{ rate?: string; minimum?: string }>({});
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['commission-rules'] });
  const create = useMutation({
    mutationFn: async (body: {
      vendorId?: string;
      categorySlug?: string;
      rateBps: number;
      minimumPoisha?: number;
    }) => unwrap(await api.POST('/api/admin/commission-rules', { body })),
    onSuccess: refresh,
  });
  const deactivate = useMutation({
    mutationFn: async (ruleId: string) =>
      unwrap(await api.DELETE('/api/admin/commission-rules/{ruleId}', { params: { path: { ruleId } } })),
    onSuccess: refresh,
  });
  const categoryName = (slug: string | null) => {
    const category = categories.data?.items.find((c) => c.slug === slug);
    return category ? (locale === 'bn' ? category.name.bn : category.name.en) : (slug ?? '');
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const rateBps = percentToBasisPoints(values['rate'] ?? '');
    const minimumPoisha = values['minimum'] ? takaToPoisha(values['minimum']) : 0;
    setInputError({
      rate: rateBps === undefined ? t('rateInvalid') : undefined,
      minimum: minimumPoisha === undefined ? t('minimumInvalid') : undefined,
    });
    if (rateBps === undefined || minimumPoisha === undefined) return;
    create.mutate({
      vendorId: values['vendorId'],
      categorySlug: values['categorySlug'],
      rateBps,
      minimumPoisha,
    });
  };
  const columns: Column<Rule>[] = [
    { key: 'scope', header: t('scope'), cell: (r) => t(`scopes.${r.scope}`) },
    { key: 'vendor', header: t('vendor'), cell: (r) => (r.vendorId ? vendors.name(r.vendorId) : '—') },
    {
      key: 'category',
      header: t('category'),
      cell: (r) => (r.categorySlug ? categoryName(r.categorySlug) : '—'),
    },
    { key: 'rate', header: t('rate'), numeric: true, cell: (r) => t('percent', { value: r.rateBps / 100 }) },
    { key: 'minimum', header: t('minimum'), numeric: true, cell: (r) => <Money poisha={r.minimumPoisha} /> },
    { key: 'since', header: t('since'), cell: (r) => <DateTime iso={r.createdAt} /> },
    {
      key: 'actions',
      header: t('actions'),
      cell: (r) =>
        r.scope === 'marketplace' ? (
          t('defaultStays')
        ) : (
          <button
            type="button"
            className="rounded border border-red-800 px-3 py-1 text-sm text-red-900"
            disabled={deactivate.isPending}
            onClick={() => deactivate.mutate(r.id)}
          >
            {t('deactivate')}
          </button>
        ),
    },
  ];
  const order = ['vendor_category', 'vendor', 'category', 'marketplace'];
  const rows = [...(rules.data?.items ?? [])].sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope));
  return (
    <>
      {rules.data ? (
        <p className="mb-2 text-sm text-slate-800">{t('vat', { rate: rules.data.vatRateBps / 100 })}</p>
      ) : null}
      <DataTable
        caption={t('commissionTitle')}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        loading={rules.isLoading}
        error={rules.error}
        testId="commission-rules"
      />
      {deactivate.error ? <ProblemAlert error={deactivate.error} /> : null}
      <form
        onSubmit={submit}
        noValidate
        aria-label={t('newRule')}
        className="mt-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
      >
        <h3 className="font-semibold sm:col-span-2 lg:col-span-5">{t('newRule')}</h3>
        <Field label={t('vendor')} error={fieldError(create.error, 'vendorId')}>
          <select name="vendorId" defaultValue="">
            <option value="">{t('anyVendor')}</option>
            {vendors.list.map((v) => (
              <option key={v.id} value={v.id}>
                {v.shopName}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('category')} error={fieldError(create.error, 'categorySlug')}>
          <select name="categorySlug" defaultValue="">
            <option value="">{t('anyCategory')}</option>
            {(categories.data?.items ?? []).map((c) => (
              <option key={c.slug} value={c.slug}>
                {'\u00a0'.repeat((c.path.length - 1) * 2)}
                {locale === 'bn' ? c.name.bn : c.name.en}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('ratePercent')} error={inputError.rate ?? fieldError(create.error, 'rateBps')}>
          <input name="rate" inputMode="decimal" />
        </Field>
        <Field
          label={t('minimumTaka')}
          error={inputError.minimum ?? fieldError(create.error, 'minimumPoisha')}
        >
          <input name="minimum" inputMode="decimal" />
        </Field>
        <div className="flex items-end">
          <button
            type="submit"
            disabled={create.isPending}
            className="rounded bg-emerald-800 px-4 py-2 text-sm font-medium text-white"
          >
            {t('save')}
          </button>
        </div>
        {create.error &&
        !['vendorId', 'categorySlug', 'rateBps', 'minimumPoisha'].some((f) => fieldError(create.error, f)) ? (
          <div className="sm:col-span-2 lg:col-span-5">
            <ProblemAlert error={create.error} />
          </div>
        ) : null}
      </form>
    </>
  );
}
