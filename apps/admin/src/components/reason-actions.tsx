import { useId, useState } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslations } from 'use-intl';
import { fieldError, ProblemAlert } from '@getit/ui/react';

export interface ReasonAction {
  key: string;
  label: string;
  /** The API refuses this action without a reason (rejections, suspensions). */
  needsReason: boolean;
  tone: 'primary' | 'danger';
  run(reason: string | undefined): Promise<unknown>;
}

/**
 * A decision with its reason: one text box and a button per action. An action that needs a reason says so before
 * calling; the API's own field error (problem+json `reason`) shows under the box either way.
 */
export function ReasonActions({
  actions,
  invalidate,
  reasonLabel,
  testId,
}: {
  actions: ReasonAction[];
  invalidate: QueryKey[];
  reasonLabel: string;
  testId?: string;
}) {
  const t = useTranslations('decisions');
  const id = useId();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const decide = useMutation({
    mutationFn: (action: ReasonAction) => action.run(reason.trim() || undefined),
    onSuccess: async () => {
      setReason('');
      for (const key of invalidate) await queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const error = (missing ? t('reasonRequired') : undefined) ?? fieldError(decide.error, 'reason');
  return (
    <div className="flex flex-col gap-2" data-testid={testId}>
      <label htmlFor={id} className="text-sm font-medium">
        {reasonLabel}
      </label>
      <textarea
        id={id}
        rows={2}
        value={reason}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
        className={`rounded border px-2 py-1.5 ${error ? 'border-red-700' : 'border-slate-400'}`}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {decide.error && !fieldError(decide.error, 'reason') ? <ProblemAlert error={decide.error} /> : null}
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <button
            key={action.key}
            type="button"
            disabled={decide.isPending}
            className={`rounded px-4 py-2 text-sm font-medium text-white disabled:opacity-60 ${action.tone === 'danger' ? 'bg-red-800' : 'bg-emerald-800'}`}
            onClick={() => {
              if (action.needsReason && !reason.trim()) return setMissing(true);
              decide.mutate(action);
            }}
          >
            {action.label}
          </button>
        ))}
      </div>
    </div>
  );
}
