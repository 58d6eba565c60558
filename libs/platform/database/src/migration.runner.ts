import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface MigrationOptions {
  databaseUrl: string;
  /** Folder of `NNNN_name.sql` files with `-- Up Migration` / `-- Down Migration` sections. */
  migrationsDir: string;
  direction?: 'up' | 'down';
  /** Schema to migrate (created when missing); the migrations table lives there too. */
  schema?: string;
  /** The table recording applied migrations; a library's own migrations keep theirs apart (default pgmigrations). */
  migrationsTable?: string;
}

/**
 * Applies a service's SQL migrations with node-pg-migrate, in one transaction under its advisory lock, so two
 * replicas starting at once cannot both migrate. It runs as a child process: node-pg-migrate is an ES module and
 * the CLI is the interface its authors keep stable.
 */
export async function runMigrations({
  databaseUrl,
  migrationsDir,
  direction = 'up',
  schema = 'public',
  migrationsTable = 'pgmigrations',
}: MigrationOptions): Promise<string[]> {
  const cli = join(dirname(require.resolve('node-pg-migrate/package.json')), 'bin/node-pg-migrate.js');
  const args = [cli, direction, '--migrations-dir', migrationsDir, '--migrations-table', migrationsTable];
  args.push('--single-transaction', '--no-verbose', '--schema', schema, '--create-schema');
  if (direction === 'down') args.push('--count', '1');
  try {
    const { stdout } = await run(process.execPath, args, {
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
      timeout: 120_000,
    });
    return stdout
      .split('\n')
      .filter((line) => line.startsWith('> Migrating files:') || line.startsWith('> - '))
      .map((line) => line.replace(/^> -?\s*/, ''));
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    const detail = (stderr || stdout || String(error)).trim().split('\n').slice(-8).join('\n');
    throw new Error(`Migrations in ${migrationsDir} failed:\n${detail}`);
  }
}
