import { useSearchParams } from 'react-router';

/** The `?status=` a list is filtered by: one of `options`, else `fallback`; and how to choose another. */
export function useStatusParam<S extends string>(
  options: readonly S[],
  fallback: S,
): [S, (status: S) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') ?? '';
  const status = (options as readonly string[]).includes(asked) ? (asked as S) : fallback;
  return [status, (next) => setParams({ status: next })];
}

/** A row of tabs, one per status, the current one selected. */
export function StatusTabs<S extends string>({
  label,
  options,
  current,
  name,
  onSelect,
}: {
  label: string;
  options: readonly S[];
  current: S;
  name(status: S): string;
  onSelect(status: S): void;
}) {
  return (
    <div role="tablist" aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {options.map((s) => (
        <button
          key={s}
          type="button"
          role="tab"
          aria-selected={s === current}
          className={`rounded-full px-3 py-1 text-sm ${s === current ? 'bg-emerald-800 text-white' : 'bg-white text-slate-900 ring-1 ring-slate-300'}`}
          onClick={() => onSelect(s)}
        >
          {name(s)}
        </button>
      ))}
    </div>
  );
}
