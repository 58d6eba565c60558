import { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;
type SizeIssue = Extract<RawIssue, { code: 'too_small' | 'too_big' }>;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  bigint: 'an integer',
  boolean: 'true or false',
  date: 'a date',
  array: 'an array',
  tuple: 'an array',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

const FORMAT_REASONS: Readonly<Record<string, string>> = {
  email: 'must be a valid email address',
  url: 'must be a valid URL',
  uuid: 'must be a valid UUID',
  guid: 'must be a valid UUID',
  datetime: 'must be an ISO 8601 date-time',
  date: 'must be a date in YYYY-MM-DD form',
  time: 'must be a time in HH:MM[:SS] form',
  e164: 'must be a phone number in international form, e.g. +8801712345678',
  lowercase: 'must be lowercase',
  uppercase: 'must be uppercase',
  regex: 'has an invalid format',
};

/**
 * A zod error map that speaks to API clients: "is required", "must be an integer", "must be at least 1".
 * Messages a schema sets itself still win: zod prefers schema-level messages over this one.
 */
export function zodIssueReason(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.expected === 'nonoptional') return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? `of type ${issue.expected}`}`;
    case 'too_small':
    case 'too_big':
      return sizeReason(issue);
    case 'invalid_format':
      return formatReason(issue);
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return 'is not allowed';
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'does not match any of the accepted forms';
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid element';
    default:
      return 'is invalid';
  }
}

function sizeReason(issue: SizeIssue): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const bound = small ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'string':
      if (small && limit === 1) return 'must not be empty';
      return `must be ${issue.exact ? 'exactly' : bound} ${count(limit, 'character')}`;
    case 'array':
    case 'set':
      if (small && limit === 1) return 'must not be empty';
      return `must have ${issue.exact ? 'exactly' : bound} ${count(limit, 'item')}`;
    case 'date':
      return `must be ${small ? 'on or after' : 'on or before'} ${new Date(Number(limit)).toISOString()}`;
    case 'file':
      return `must be ${bound} ${count(limit, 'byte')}`;
    default:
      if (issue.inclusive === false) return `must be ${small ? 'greater' : 'less'} than ${limit}`;
      return `must be ${bound} ${limit}`;
  }
}

function formatReason(issue: Extract<RawIssue, { code: 'invalid_format' }>): string {
  const { prefix, suffix, includes } = issue as { prefix?: string; suffix?: string; includes?: string };
  if (issue.format === 'starts_with') return `must start with ${JSON.stringify(prefix)}`;
  if (issue.format === 'ends_with') return `must end with ${JSON.stringify(suffix)}`;
  if (issue.format === 'includes') return `must contain ${JSON.stringify(includes)}`;
  return FORMAT_REASONS[issue.format] ?? `must be a valid ${issue.format.replaceAll('_', ' ')}`;
}

function count(amount: number | bigint, unit: string): string {
  return `${amount} ${unit}${amount === 1 || amount === 1n ? '' : 's'}`;
}
