import { join } from 'node:path';
import { runMigrations } from '@getit/database';
import { describeSchemaDrift } from '@getit/testing';

const serviceRoot = join(__dirname, '..');

describeSchemaDrift('order', serviceRoot, (databaseUrl, direction) =>
  runMigrations({ databaseUrl, migrationsDir: join(serviceRoot, 'migrations'), direction }),
);
