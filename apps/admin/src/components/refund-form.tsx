import { takaToPoisha } from '@getit/contracts';
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { Field, fieldError, formValues, ProblemAlert, unwrap, useFormatters } from '@getit/ui/react';
import { useApi } from '../session/admin-session';

export const REFUND_REASONS = [
  'shopper_cancelled',
  'vendor_cancelled',
  'out_of_stock',
  'undelivered',
  'returned',
  'damaged_or_wrong_item',
  'other',
] as const;
type RefundReason = (typeof REFUND_REASONS)[number];

/** Refund one package: all of it, or an amount in taka, with a reason. The API caps it at what was paid. */
export function RefundForm({
  orderId,
  packageId,
  label,
}: {
  orderId: string;
  packageId: string;
  label: string;
}) {
  const t = useTranslations('refunds');
  const api = useApi();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const [scope, setScope] = useState<'partial' | 'full'>('partial');
  const [amountError, setAmountError] = useState<string>();
  const refund = useMutation({
    mutationFn: async (body: { amountPoisha: number | 'full'; reason: RefundReason; note?: string }) =>
      unwrap(
        await api.POST('/api/admin/refunds', {
          body: { orderId, packageId, refundId: crypto.randomUUID(), ...body },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['refunds'] });
      await queryClient.invalidateQueries({ queryKey: ['payments', orderId] });
      await queryClient.invalidateQueries({ queryKey: ['ledger'] });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = formValues(event.currentTarget);
    const amount = scope === 'full' ? 'full' : takaToPoisha(values['amount'] ?? '');
    if (amount === undefined) return setAmountError(t('amountInvalid'));
    setAmountError(undefined);
    refund.mutate({ amountPoisha: amount, reason: values['reason'] as RefundReason, note: values['note'] });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={label}
      className="mt-3 grid gap-3 rounded border border-slate-200 p-3 sm:grid-cols-2"
    >
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">{label}</legend>
        <div className="mt-1 flex gap-4 text-sm">
          {(['partial', 'full'] as const).map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input
                type="radio"
                name="scope"
                value={option}
                checked={scope === option}
                onChange={() => setScope(option)}
              />
              {t(`scope.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {scope === 'partial' ? (
        <Field
          label={t('amount')}
          hint={t('amountHint')}
          error={amountError ?? fieldError(refund.error, 'amountPoisha')}
        >
          <input name="amount" inputMode="decimal" />
        </Field>
      ) : null}
      <Field label={t('reason')} error={fieldError(refund.error, 'reason')}>
        <select name="reason" defaultValue="damaged_or_wrong_item">
          {REFUND_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {t(`reasons.${reason}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Field label={t('note')} error={fieldError(refund.error, 'note')}>
          <input name="note" maxLength={500} />
        </Field>
      </div>
      {refund.error && !['amountPoisha', 'reason', 'note'].some((f) => fieldError(refund.error, f)) ? (
        <div className="sm:col-span-2">
          <ProblemAlert error={refund.error} />
        </div>
      ) : null}
      {refund.data ? (
        <p role="status" className="text-sm text-emerald-900 sm:col-span-2" data-testid="refund-created">
          {t(refund.data.manual ? 'createdManual' : 'created', {
            amount: format.money(refund.data.amountPoisha),
          })}
        </p>
      ) : null}
      <div className="sm:col-span-2">
        <button
          type="submit"
          disabled={refund.isPending}
          className="rounded bg-red-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
        >
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
