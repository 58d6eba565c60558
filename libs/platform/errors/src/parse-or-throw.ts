import { z } from 'zod';
import { FieldError } from './field-error';
import { ValidationException } from './validation.exception';
import { zodIssueReason } from './zod-issue-reason';

export type RequestPart = 'body' | 'query' | 'params';

const INVALID_DETAIL: Readonly<Record<RequestPart | 'input', string>> = {
  body: 'The request body is invalid.',
  query: 'The query string is invalid.',
  params: 'The path parameters are invalid.',
  input: 'The input is invalid.',
};

const MISSING_DETAIL: Readonly<Record<RequestPart | 'input', string>> = {
  body: 'The request body is missing.',
  query: 'The query string is missing.',
  params: 'The path parameters are missing.',
  input: 'The input is missing.',
};

/**
 * Validates `input` and returns the parsed value, or throws a ValidationException with one field error
 * per problem, e.g. `{ field: 'variants.0.price', reason: 'must be at least 1' }`.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where?: RequestPart,
): z.output<S> {
  const result = schema.safeParse(input, { error: zodIssueReason });
  if (result.success) return result.data;
  const part = where ?? 'input';
  const missing = input === undefined || input === null;
  throw new ValidationException(
    missing ? MISSING_DETAIL[part] : INVALID_DETAIL[part],
    result.error.issues.flatMap((issue) => toFieldErrors(issue, part)),
  );
}

/** An issue at the root (a missing body) is reported against the part itself: `body`. */
function toFieldErrors(issue: z.core.$ZodIssue, part: string): FieldError[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: [...path, key].join('.'), reason: issue.message }));
  }
  return [{ field: path.length ? path.join('.') : part, reason: issue.message }];
}
