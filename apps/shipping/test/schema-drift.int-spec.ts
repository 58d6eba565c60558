import { join } from 'node:path';
import { runMigrations } from '@getit/database';
import { createTestDatabase, findPrismaDrift, TestDatabase } from '@getit/testing';

const serviceRoot = join(__dirname, '..');

describe('shipping database schema', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('shipping_drift');
    await runMigrations({ databaseUrl: db.url, migrationsDir: join(serviceRoot, 'migrations') });
  });
  afterAll(() => db.drop());

  it('the SQL migrations produce exactly what prisma/schema.prisma describes', async () => {
    expect(await findPrismaDrift(join(serviceRoot, 'prisma/schema.prisma'), db.url)).toEqual([]);
  });

  it('migrations can be rolled back and re-applied', async () => {
    await runMigrations({
      databaseUrl: db.url,
      migrationsDir: join(serviceRoot, 'migrations'),
      direction: 'down',
    });
    await runMigrations({ databaseUrl: db.url, migrationsDir: join(serviceRoot, 'migrations') });
    expect(await findPrismaDrift(join(serviceRoot, 'prisma/schema.prisma'), db.url)).toEqual([]);
  });
});
