/**
 * What kind of Postgres failure an error is, however it reached us: a `pg` error (`code` is the SQLSTATE), a
 * Prisma error over the pg driver adapter (`P2002`, `P2034`, or `P2010` with the SQLSTATE in
 * `meta.driverAdapterError.cause.originalCode` and in the message), or anything wrapping one as its `cause`.
 */
type Inspectable = {
  code?: unknown;
  message?: unknown;
  meta?: Record<string, unknown>;
  cause?: unknown;
  constraint?: unknown;
};

const PRISMA_CODES: Record<string, string> = { P2002: '23505', P2034: '40001' };

/** The SQLSTATE of a database error, or undefined when it is not one. */
export function sqlStateOf(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const e = error as Inspectable;
  const prisma = typeof e.code === 'string' && /^P\d{4}$/.test(e.code);
  if (prisma && PRISMA_CODES[e.code as string]) return PRISMA_CODES[e.code as string];
  if (!prisma && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  const adapter = e.meta?.['driverAdapterError'] as { cause?: { originalCode?: unknown } } | undefined;
  const original = adapter?.cause?.originalCode ?? e.meta?.['code'];
  if (typeof original === 'string' && /^[0-9A-Z]{5}$/.test(original)) return original;
  const fromMessage = typeof e.message === 'string' ? /\bCode: `([0-9A-Z]{5})`/.exec(e.message) : null;
  if (fromMessage) return fromMessage[1];
  return sqlStateOf(e.cause, depth + 1);
}

/** Everything an error says about itself, for finding a constraint name. */
function textOf(error: unknown, depth = 0): string {
  if (!error || typeof error !== 'object' || depth > 4) return '';
  const e = error as Inspectable;
  let meta = '';
  try {
    meta = e.meta ? JSON.stringify(e.meta) : '';
  } catch {
    meta = '';
  }
  return `${String(e.message ?? '')} ${String(e.constraint ?? '')} ${meta} ${textOf(e.cause, depth + 1)}`;
}

/** A unique violation (23505), optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const state = sqlStateOf(error);
  const unique = state === '23505' || (state === undefined && /unique constraint/i.test(textOf(error)));
  return unique && (constraint === undefined || textOf(error).includes(constraint));
}

/**
 * Two transactions collided and Postgres chose this one to lose: a serialization failure (40001) or a deadlock
 * (40P01). Nothing was written; the same request may succeed if sent again.
 */
export function isTransactionConflict(error: unknown): boolean {
  const state = sqlStateOf(error);
  return state === '40001' || state === '40P01';
}

/** Prisma codes meaning the database could not be reached or gave us no connection in time. */
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
/** Node socket errors of a lost or refused connection. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * The database was not there for this request: a connection lost, refused or terminated (SQLSTATE class 08,
 * 57P01–57P03), a database closed to connections (55000 "not currently accepting connections"), too many
 * connections (53300), or no pooled connection or transaction slot within the wait
 * (Prisma P2024/P2028). Nothing was committed; the client may try again, so this is a 503, never a 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as Inspectable;
  if (typeof e.code === 'string' && (PRISMA_UNAVAILABLE.has(e.code) || SOCKET_CODES.has(e.code))) return true;
  const state = sqlStateOf(error);
  if (state && (state.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(state))) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (
    /Connection terminated|timeout exceeded when trying to connect|Unable to start a transaction in the given time|is not currently accepting connections/i.test(
      message,
    )
  )
    return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
