import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { infraEnv, testRunId } from './infra-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export const TEST_DATABASE_PREFIX = 'getit_t_';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: infraEnv().databaseAdminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database on the real Postgres, named after the run so teardown can find it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 20);
  const name = `${TEST_DATABASE_PREFIX}${testRunId()}_${safeLabel}_${randomBytes(3).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(infraEnv().databaseAdminUrl, name),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Drops every database a test run left behind (all runs when no run id is given). */
export async function dropTestDatabases(runId?: string): Promise<string[]> {
  const prefix = `${TEST_DATABASE_PREFIX}${runId ? `${runId}_` : ''}`;
  return admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.map((row) => row.datname);
  });
}
