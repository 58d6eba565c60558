import { ErrorCode } from './error-code';
import { FieldError } from './field-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://docs.getit.com.bd/problems/';

/** An RFC 9457 problem body, plus our `code`, field `errors` and `correlationId`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: ErrorCode;
  errors?: FieldError[];
  correlationId?: string;
  [extension: string]: unknown;
}

/** `NOT_FOUND` → `https://docs.getit.com.bd/problems/not-found` */
export function problemType(code: ErrorCode): string {
  return PROBLEM_TYPE_BASE + code.toLowerCase().replaceAll('_', '-');
}
