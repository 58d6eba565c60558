import { useSearchParams } from 'react-router';

/** The `?status=` a list is filtered by, when it is one of `options`; and how to choose another (undefined: all). */
export function useStatusFilter<S extends string>(
  options: readonly S[],
): [S | undefined, (status: S | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') ?? '';
  const status = (options as readonly string[]).includes(asked) ? (asked as S) : undefined;
  return [status, (next) => setParams(next ? { status: next } : {})];
}

/** "All" and one button per status, the chosen one pressed. */
export function StatusFilter<S extends string>({
  label,
  all,
  options,
  current,
  name,
  onSelect,
}: {
  label: string;
  all: string;
  options: readonly S[];
  current: S | undefined;
  name(status: S): string;
  onSelect(status: S | undefined): void;
}) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {[undefined, ...options].map((option) => (
        <button
          key={option ?? 'all'}
          type="button"
          aria-pressed={current === option}
          className={current === option ? 'btn-primary' : 'btn-secondary'}
          onClick={() => onSelect(option)}
        >
          {option ? name(option) : all}
        </button>
      ))}
    </nav>
  );
}
