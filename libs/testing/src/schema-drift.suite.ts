import { join } from 'node:path';
import { findPrismaDrift } from './prisma-drift.checker';
import { createTestDatabase, TestDatabase } from './test-database';

export type Migrate = (databaseUrl: string, direction: 'up' | 'down') => Promise<unknown>;

/**
 * The test every service with a database carries: its SQL migrations, applied to a fresh database, produce exactly
 * what `prisma/schema.prisma` describes, and the newest one rolls back and re-applies cleanly. The caller passes
 * how to migrate, so this library stays free of the platform's database code.
 */
export function describeSchemaDrift(service: string, serviceRoot: string, migrate: Migrate): void {
  const schema = join(serviceRoot, 'prisma/schema.prisma');

  describe(`${service} database schema`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(`${service}_drift`);
      await migrate(db.url, 'up');
    });
    afterAll(() => db.drop());

    it('the SQL migrations produce exactly what prisma/schema.prisma describes', async () => {
      expect(await findPrismaDrift(schema, db.url)).toEqual([]);
    });

    it('the newest migration can be rolled back and re-applied', async () => {
      await migrate(db.url, 'down');
      await migrate(db.url, 'up');
      expect(await findPrismaDrift(schema, db.url)).toEqual([]);
    });
  });
}
