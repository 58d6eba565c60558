import type { Pool, QueryConfig } from 'pg';
import { createSingleSessionPool } from '../src';
import { PgliteServerProcess } from './pglite-server.process';

/**
 * The embedded mode's connection layer on the server it exists for: PGlite, one Postgres session behind a socket.
 * Every kind of failed query makes pg-pool drop its client; the next one must find a clean session.
 */
describe('single-session pool on PGlite', () => {
  let server: PgliteServerProcess;
  let pool: Pool;

  beforeAll(async () => {
    server = await PgliteServerProcess.start();
    pool = createSingleSessionPool({ url: server.url });
    await pool.query('CREATE TABLE shop (id int PRIMARY KEY, district text NOT NULL)');
    await pool.query(`INSERT INTO shop VALUES (1, 'Tangail'), (2, 'Dhaka')`);
  }, 180_000);
  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  /** A named (prepared) statement, as catalog's hot reads use. */
  const districtOf = async (id: number) =>
    (await pool.query({ name: 'district_of', text: 'SELECT district FROM shop WHERE id = $1', values: [id] }))
      .rows[0]?.district;
  const failure = (query: Promise<unknown>) =>
    query.then(
      () => 'no error',
      (error: { code?: string; message: string }) => error.code ?? error.message,
    );

  const failingQueries: [string, () => Promise<unknown>, string][] = [
    [
      'a NUL byte (bad encoding)',
      () => pool.query('SELECT * FROM shop WHERE district = $1', ['\u0000']),
      '22021',
    ],
    ['a constraint violation', () => pool.query(`INSERT INTO shop VALUES (1, 'Sylhet')`), '23505'],
    ['a cast error', () => pool.query('SELECT * FROM shop WHERE id = $1::int', ['abc']), '22P02'],
    ['a number out of range', () => pool.query('SELECT $1::int', ['2147483648']), '22003'],
    [
      // PGlite does not enforce statement_timeout: the client's own timeout is the one that fires
      'a timeout',
      () => pool.query({ text: 'SELECT pg_sleep(0.5)', query_timeout: 100 } as QueryConfig),
      'Query read timeout',
    ],
  ];

  it.each(failingQueries)('keeps named statements working after %s', async (_kind, fail, expected) => {
    expect(await districtOf(1)).toBe('Tangail');
    expect(await failure(fail())).toBe(expected);
    expect(await districtOf(2)).toBe('Dhaka');
    expect(await districtOf(1)).toBe('Tangail');
  });

  it('rolls back what a failed transaction left behind', async () => {
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query(`INSERT INTO shop VALUES (3, 'Khulna')`);
    expect(await failure(client.query(`INSERT INTO shop VALUES (3, 'Khulna')`))).toBe('23505');
    client.release(new Error('transaction failed')); // what a caller does with a client in an unknown state

    expect(await districtOf(1)).toBe('Tangail');
    expect((await pool.query('SELECT count(*)::int AS n FROM shop')).rows[0].n).toBe(2);
  });
});
