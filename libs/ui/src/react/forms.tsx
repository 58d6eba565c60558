import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { ProblemError } from './problem';

/** The field error for `name` from a failed mutation's problem+json, if any. */
export function fieldError(error: unknown, name: string): string | undefined {
  return error instanceof ProblemError ? error.fieldError(name) : undefined;
}

/**
 * A labelled control with its error: the label names the control, the error is tied to it with
 * aria-describedby and aria-invalid, so a screen reader reads the reason with the field.
 */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
        className: `rounded border px-2 py-1.5 ${error ? 'border-red-700' : 'border-slate-400'} ${String(children.props['className'] ?? '')}`,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A failed request as a person reads it: the problem's detail, "correct the fields" when fields were named, or
 * "your role may not do this" for 403.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const t = useTranslations('ui');
  if (!error) return null;
  let text: ReactNode;
  if (error instanceof ProblemError) {
    if (error.status === 403) text = t('forbidden');
    else if (error.problem.errors?.length) text = t('formProblem');
    else text = error.problem.detail ?? error.problem.title;
  } else text = t('unexpected', { detail: error instanceof Error ? error.message : String(error) });
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      {text}
    </div>
  );
}

/** Reads a form's named inputs as strings (empty ones left out). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries())
    if (typeof value === 'string' && value.trim() !== '') values[key] = value.trim();
  return values;
}
