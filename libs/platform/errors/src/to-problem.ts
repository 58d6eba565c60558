import { DomainException } from './domain.exception';
import { ERROR_CATALOG } from './error-catalog';
import { ErrorCode } from './error-code';
import { FieldError } from './field-error';
import { classifyHttpStatusError } from './http-status-error';
import { PROBLEM_CONTENT_TYPE, ProblemDetails, problemType } from './problem-details';
import { RateLimitedException } from './rate-limited.exception';

export interface ProblemOptions {
  /** The request path, e.g. `/v1/products/42`. */
  instance?: string;
  correlationId?: string;
}

export interface Problem {
  status: number;
  headers: Record<string, string>;
  body: ProblemDetails;
}

interface ProblemSource {
  code: ErrorCode;
  detail: string;
  fieldErrors?: readonly FieldError[];
  extensions?: Readonly<Record<string, unknown>>;
}

/**
 * Any thrown value → status, headers and problem+json body. Unknown errors become a bare 500: their
 * message and stack belong in the log, never in the response.
 */
export function toProblem(error: unknown, options: ProblemOptions = {}): Problem {
  const source = sourceOf(error);
  const { status, title } = ERROR_CATALOG[source.code];
  const body: ProblemDetails = {
    type: problemType(source.code),
    title,
    status,
    detail: source.detail,
    code: source.code,
  };
  if (options.instance !== undefined) body.instance = options.instance;
  if (source.fieldErrors?.length) body.errors = [...source.fieldErrors];
  if (options.correlationId !== undefined) body.correlationId = options.correlationId;
  for (const [key, value] of Object.entries(source.extensions ?? {})) {
    if (!(key in body)) body[key] = value;
  }
  return { status, headers: headersFor(error), body };
}

function sourceOf(error: unknown): ProblemSource {
  // An INTERNAL detail is written for developers and may name internals; clients get the generic one.
  if (error instanceof DomainException && error.code !== ErrorCode.INTERNAL) return error;
  return (
    classifyHttpStatusError(error) ?? {
      code: ErrorCode.INTERNAL,
      detail: ERROR_CATALOG.INTERNAL.defaultDetail,
    }
  );
}

function headersFor(error: unknown): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': PROBLEM_CONTENT_TYPE };
  if (error instanceof RateLimitedException) headers['Retry-After'] = String(error.retryAfterSeconds);
  return headers;
}
