import { Pool } from 'pg';

export interface SingleSessionPoolOptions {
  url: string;
  /** Called when the idle connection fails (the server went away); the pool reconnects on the next query. */
  onIdleError?: (error: Error) => void;
}

/**
 * A one-connection pg pool for a server that is ONE Postgres session behind its socket (PGlite in the embedded
 * mode), shared by every service in the process so that each query's protocol messages and each transaction
 * stay together.
 *
 * On such a server the session outlives the connection, and with it every named prepared statement. pg-pool
 * discards its client after any failed query (bad encoding, constraint violation, cast error, timeout) and opens
 * a new one, whose prepared-statement cache is empty: the next named statement then collided with the one the
 * session still held ("prepared statement … already exists") and every read using it failed until a restart.
 * So each new connection first forgets the session's prepared statements (`DEALLOCATE ALL`), before the pool
 * hands it out. Only that: a broader `DISCARD ALL` would also reset `search_path` and release advisory locks that
 * a migration, connected to the same session at the same time, relies on. A transaction the discarded client left
 * open is rolled back by the server when its socket closes.
 */
export function createSingleSessionPool({ url, onIdleError }: SingleSessionPoolOptions): Pool {
  const pool = new Pool({
    connectionString: url,
    max: 1,
    // pg-pool awaits this before the connection serves any query; if it fails, the connection is dropped
    onConnect: async (client) => {
      await client.query('DEALLOCATE ALL');
    },
  });
  // Without a listener, an error on the idle connection would end the process.
  pool.on('error', (error) => onIdleError?.(error));
  return pool;
}
