/** What must never reach a client, whatever it sent. */
export type Fault = '5xx' | '4xx without problem+json' | 'stack trace' | 'SQL text';

const STACK_TRACE = [
  /\n\s+at [\w.<>$]+ \(/,
  /\bat [\w.<>$]+ \(?\/[^\s)]+:\d+:\d+\)?/,
  /node:internal\//,
  /\/node_modules\//,
];
const SQL_TEXT = [
  /\b(SELECT|UPDATE|DELETE)\b[^"]{0,200}\b(FROM|SET|WHERE)\b/,
  /\bINSERT INTO\b/,
  /syntax error at or near/i,
  /violates (foreign key|unique|check|not-null) constraint/i,
  /invalid input syntax for (type|integer)/i,
  /is out of range for type/i,
  /invalid byte sequence for encoding/i,
  /prepared statement "/i,
  /relation "[^"]+" does not exist/i,
  /duplicate key value/i,
  /PrismaClient|prisma\.\w+\.\w+\(/,
];

/** The faults in one answer; an empty list is a pass. */
export function faultsOf(status: number, contentType: string | undefined, body: string): Fault[] {
  const faults: Fault[] = [];
  if (status >= 500) faults.push('5xx');
  if (status >= 400 && status < 500 && !/^application\/problem\+json\b/i.test(contentType ?? ''))
    faults.push('4xx without problem+json');
  if (STACK_TRACE.some((pattern) => pattern.test(body))) faults.push('stack trace');
  if (SQL_TEXT.some((pattern) => pattern.test(body))) faults.push('SQL text');
  return faults;
}
