import { join } from 'node:path';
import { runMigrations } from '@getit/database';

/** Where the library records which of its migrations a schema has had (beside the service's `pgmigrations`). */
export const MESSAGING_MIGRATIONS_TABLE = 'messaging_migrations';

/**
 * The library's SQL migrations, `libs/platform/messaging/migrations`, whether this module runs from source or
 * from the build (`dist/libs/…`: the SQL is not compiled, so the folder is the source one; images copy it there).
 */
export const MESSAGING_MIGRATIONS_DIR = join(__dirname, '..', 'migrations').replace(
  /\/dist\/libs\//,
  '/libs/',
);

/**
 * Applies the outbox/inbox migrations to one service's schema. Run after the service's own migrations: services
 * whose first migration still creates the tables itself would otherwise fail on a new database.
 */
export function migrateMessagingTables(options: {
  databaseUrl: string;
  schema?: string;
  direction?: 'up' | 'down';
}): Promise<string[]> {
  return runMigrations({
    databaseUrl: options.databaseUrl,
    schema: options.schema ?? 'public',
    direction: options.direction ?? 'up',
    migrationsDir: MESSAGING_MIGRATIONS_DIR,
    migrationsTable: MESSAGING_MIGRATIONS_TABLE,
  });
}
