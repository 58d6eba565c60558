import { Client } from 'pg';

/** The same server, another database: `postgres://u@h/postgres` + `catalog` → `postgres://u@h/catalog`. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database when it does not exist (local distributed runs; in Kubernetes the operator does it). */
export async function ensureDatabaseExists(adminUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Refusing unusual database name "${database}"`);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } catch (error) {
    // Two processes creating the same database race; the loser's "already exists" is success.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}
