import { join } from 'node:path';
import { runMigrations } from '@getit/database';
import { migrateMessagingTables } from '@getit/messaging';
import { describeSchemaDrift } from '@getit/testing';

const serviceRoot = join(__dirname, '..');

// As the service host migrates: the catalog's own migrations, then the messaging library's outbox and inbox.
describeSchemaDrift('catalog', serviceRoot, async (databaseUrl, direction) => {
  await runMigrations({ databaseUrl, migrationsDir: join(serviceRoot, 'migrations'), direction });
  if (direction === 'up') await migrateMessagingTables({ databaseUrl });
});
