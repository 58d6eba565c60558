import {
  isDatabaseUnavailable,
  isTransactionConflict,
  isUniqueViolation,
  sqlStateOf,
} from './database-errors';

/** Error shapes as the pg driver and Prisma's pg adapter really produce them. */
const pgError = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('pg failure'), { code, ...extra });
const adapterError = (originalCode: string, message = 'boom') =>
  Object.assign(new Error(`Raw query failed. Code: \`${originalCode}\`. Message: \`${message}\``), {
    code: 'P2010',
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { originalCode, kind: 'postgres' } } },
  });

describe('database errors', () => {
  it('reads the SQLSTATE from pg errors, Prisma adapter errors and their causes', () => {
    expect(sqlStateOf(pgError('40P01'))).toBe('40P01');
    expect(sqlStateOf(adapterError('40001'))).toBe('40001');
    expect(sqlStateOf(new Error('outer', { cause: pgError('23505') }))).toBe('23505');
    expect(sqlStateOf(Object.assign(new Error('x'), { code: 'P2002' }))).toBe('23505');
    expect(sqlStateOf(new Error('not a database error'))).toBeUndefined();
    expect(sqlStateOf('text')).toBeUndefined();
  });

  it('recognises a unique violation, of a named constraint when asked', () => {
    const error = adapterError(
      '23505',
      'duplicate key value violates unique constraint "orders_order_number_key"',
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, 'orders_order_number_key')).toBe(true);
    expect(isUniqueViolation(error, 'carts_pkey')).toBe(false);
    expect(isUniqueViolation(pgError('23505', { constraint: 'carts_pkey' }), 'carts_pkey')).toBe(true);
    expect(isUniqueViolation(pgError('23503'))).toBe(false);
  });

  it('recognises serialization failures and deadlocks as transaction conflicts, and nothing else', () => {
    expect(isTransactionConflict(pgError('40001'))).toBe(true);
    expect(isTransactionConflict(adapterError('40P01'))).toBe(true);
    expect(isTransactionConflict(Object.assign(new Error('x'), { code: 'P2034' }))).toBe(true);
    expect(isTransactionConflict(pgError('23505'))).toBe(false);
    expect(isTransactionConflict(new Error('timeout'))).toBe(false);
  });

  it('recognises a database that is not there: lost or refused connections, no pooled connection in time', () => {
    expect(isDatabaseUnavailable(pgError('57P01'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('08006'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('53300'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'P2028' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('outer', { cause: new Error('Connection terminated unexpectedly') })),
    ).toBe(true);
    const closed = 'database "orders" is not currently accepting connections';
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error(closed), {
          name: 'DriverAdapterError',
          cause: { originalCode: '55000', code: '55000', message: closed },
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(pgError('23505'))).toBe(false);
    expect(isDatabaseUnavailable(pgError('40001'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('a bug'))).toBe(false);
  });
});
