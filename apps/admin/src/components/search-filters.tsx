import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { fieldError, formValues } from '@getit/ui/react';
import { dhakaDayEnd, dhakaDayStart } from '../lib/taka-amount';

/**
 * A filter form kept in the address (`?status=…&from=…`): the current values (empty when unset), the form's submit,
 * "clear", and the list's error unless it names one of the filters (that one is shown at its field instead).
 */
export function useSearchFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<K, string>;
  return {
    filters,
    submit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      setParams(formValues(event.currentTarget));
    },
    clear: () => setParams({}),
    besideFields: (error: unknown) =>
      error && !keys.some((key) => fieldError(error, key)) ? error : undefined,
  };
}

/** The `from` and `to` Dhaka days of a filter as the API's instants: `to` counts the whole day. */
export function dhakaDays(filters: { from: string; to: string }): { from?: string; to?: string } {
  return {
    from: filters.from ? dhakaDayStart(filters.from) : undefined,
    to: filters.to ? dhakaDayEnd(filters.to) : undefined,
  };
}

/** A filter form's "apply" and "clear" buttons. */
export function FilterButtons({
  apply,
  clear,
  onClear,
  className = '',
}: {
  apply: string;
  clear: string;
  onClear(): void;
  className?: string;
}) {
  return (
    <div className={`flex items-end gap-2 ${className}`}>
      <button type="submit" className="rounded bg-emerald-800 px-4 py-2 text-sm font-medium text-white">
        {apply}
      </button>
      <button type="button" className="rounded px-3 py-2 text-sm underline" onClick={onClear}>
        {clear}
      </button>
    </div>
  );
}
