import { ErrorCode } from './error-code';
import { FieldError } from './field-error';

export interface DomainExceptionOptions {
  fieldErrors?: readonly FieldError[];
  /** Extra members for the problem body (RFC 9457 extensions); must be safe to show the client. */
  extensions?: Readonly<Record<string, unknown>>;
  /** The underlying error, for logs; never shown to the client. */
  cause?: unknown;
}

/** The one error type domain and application code throws; `toProblem` turns it into an HTTP response. */
export class DomainException extends Error {
  readonly fieldErrors?: readonly FieldError[];
  readonly extensions?: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    options: DomainExceptionOptions = {},
  ) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options.extensions) this.extensions = options.extensions;
  }
}
