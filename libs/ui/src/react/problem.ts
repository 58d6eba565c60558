import { toProblem, type Problem } from '@getit/api-client';

/** One invalid input field as services name it: `{ field: 'variants.0.price', reason: 'must be at least 1' }`. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** A failed API call as an Error carrying its RFC 9457 problem (thrown by `unwrap`, shown by forms). */
export class ProblemError extends Error {
  constructor(readonly problem: Omit<Problem, 'errors'> & { errors?: FieldProblem[]; detail?: string }) {
    super(problem.detail ?? problem.title);
  }

  get status(): number {
    return this.problem.status;
  }

  /** The reason a field was refused, matched exactly or as the parent of a nested field (`payout` ← `payout.walletNumber`). */
  fieldError(field: string): string | undefined {
    const errors = this.problem.errors ?? [];
    return (
      errors.find((error) => error.field === field)?.reason ??
      errors.find((error) => (error.field ?? '').startsWith(`${field}.`))?.reason
    );
  }
}

/** The data of an openapi-fetch answer, or a thrown ProblemError (so TanStack Query sees the failure). */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ProblemError(toProblem(result.error, result.response.status) as ProblemError['problem']);
}
