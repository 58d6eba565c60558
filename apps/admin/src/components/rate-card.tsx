import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { formatTakaDecimal, takaToPoisha } from '@getit/contracts';
import { DateTime, fieldError, formValues, ProblemAlert, unwrap } from '@getit/ui/react';
import { percentToBasisPoints } from '../lib/taka-amount';
import { useApi } from '../session/admin-session';

const ZONES = ['same_city', 'suburb', 'outside_dhaka'] as const;
const SLABS = ['upTo500gPoisha', 'upTo1kgPoisha', 'upTo2kgPoisha', 'perExtraKgPoisha'] as const;
type Zone = (typeof ZONES)[number];
type Slab = (typeof SLABS)[number];

const taka = (poisha: number) => formatTakaDecimal(poisha).replace(/\.00$/, '');

/** The delivery rate card: a price per zone and weight slab, and the COD fee; saving replaces it for the next quote. */
export function RateCard() {
  const t = useTranslations('rateCard');
  const api = useApi();
  const queryClient = useQueryClient();
  const card = useQuery({
    queryKey: ['rate-card'],
    queryFn: async () => unwrap(await api.GET('/api/admin/rate-card')),
  });
  const [invalid, setInvalid] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: async (body: { zones: Record<Zone, Record<Slab, number>>; codFeeBasisPoints: number }) =>
      unwrap(await api.PUT('/api/admin/rate-card', { body })),
    onSuccess: (data) => queryClient.setQueryData(['rate-card'], data),
  });
  if (card.error) return <ProblemAlert error={card.error} />;
  const c = card.data;
  if (!c) return <p role="status">{t('loading')}</p>;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const bad: string[] = [];
    const zones = Object.fromEntries(
      ZONES.map((zone) => [
        zone,
        Object.fromEntries(
          SLABS.map((slab) => {
            const poisha = takaToPoisha(values[`${zone}.${slab}`] ?? '');
            if (poisha === undefined) bad.push(`zones.${zone}.${slab}`);
            return [slab, poisha ?? 0];
          }),
        ),
      ]),
    ) as Record<Zone, Record<Slab, number>>;
    const codFeeBasisPoints = percentToBasisPoints(values['codFee'] ?? '');
    if (codFeeBasisPoints === undefined) bad.push('codFeeBasisPoints');
    setInvalid(bad);
    if (bad.length === 0) save.mutate({ zones, codFeeBasisPoints: codFeeBasisPoints! });
  };
  const errorFor = (field: string) =>
    invalid.includes(field)
      ? t('invalid')
      : (fieldError(save.error, field) ?? fieldError(save.error, field.split('.').slice(0, 2).join('.')));

  return (
    <form onSubmit={submit} noValidate aria-label={t('title')} key={c.version}>
      <p className="mb-2 text-sm text-slate-800">
        {t('version', { version: c.version })} · <DateTime iso={c.updatedAt} />
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="rate-card">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t('zone')}
              </th>
              {SLABS.map((slab) => (
                <th key={slab} scope="col" className="px-3 py-2 font-medium">
                  {t(`slabs.${slab}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ZONES.map((zone) => (
              <tr key={zone} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {t(`zones.${zone}`)}
                </th>
                {SLABS.map((slab) => {
                  const field = `zones.${zone}.${slab}`;
                  const error = errorFor(field);
                  return (
                    <td key={slab} className="px-3 py-2 align-top">
                      <input
                        name={`${zone}.${slab}`}
                        aria-label={t('cellLabel', { zone: t(`zones.${zone}`), slab: t(`slabs.${slab}`) })}
                        aria-invalid={error ? true : undefined}
                        defaultValue={taka(c.zones[zone][slab])}
                        inputMode="decimal"
                        className={`w-24 rounded border px-2 py-1 ${error ? 'border-red-700' : 'border-slate-400'}`}
                      />
                      {error ? <p className="text-xs text-red-800">{error}</p> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('codFee')}
          <input
            name="codFee"
            inputMode="decimal"
            aria-invalid={errorFor('codFeeBasisPoints') ? true : undefined}
            defaultValue={String(c.codFeeBasisPoints / 100)}
            className="w-24 rounded border border-slate-400 px-2 py-1"
          />
        </label>
        <button
          type="submit"
          disabled={save.isPending}
          className="rounded bg-emerald-800 px-4 py-2 text-sm font-medium text-white"
        >
          {t('save')}
        </button>
        {save.isSuccess ? (
          <p role="status" className="text-sm text-emerald-900">
            {t('saved')}
          </p>
        ) : null}
      </div>
      {errorFor('codFeeBasisPoints') ? (
        <p className="text-sm text-red-800">{errorFor('codFeeBasisPoints')}</p>
      ) : null}
      {save.error && !save.error.message.includes('zones') ? <ProblemAlert error={save.error} /> : null}
    </form>
  );
}
