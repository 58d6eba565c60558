import { FieldError, ValidationException } from '@getit/errors';

export type InvalidPostingProblem = 'empty' | 'unbalanced' | 'malformed';

/**
 * 400: a posting breaks double-entry rules: no entries, debits ≠ credits, or an entry that is not a positive whole
 * number of poisha on a known account. From a posting rule it is a bug; from a manual journal it is bad input.
 */
export class InvalidPostingException extends ValidationException {
  constructor(
    readonly problem: InvalidPostingProblem,
    detail: string,
    fieldErrors: readonly FieldError[],
    extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail, fieldErrors, { extensions: { problem, ...extensions } });
  }
}
