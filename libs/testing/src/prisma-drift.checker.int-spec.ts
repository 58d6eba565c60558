import { join } from 'node:path';
import { Client } from 'pg';
import { findPrismaDrift } from './prisma-drift.checker';
import { createTestDatabase, TestDatabase } from './test-database';

const schema = join(__dirname, '__fixtures__/drift.prisma');

describe('findPrismaDrift', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase('drift');
  });
  afterEach(() => db.drop());

  async function sql(statement: string): Promise<void> {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(statement);
    await client.end();
  }

  it('reports nothing when the database matches the schema', async () => {
    await sql(`CREATE TABLE shops (id uuid PRIMARY KEY, name text NOT NULL, district text,
               created_at timestamptz(3) NOT NULL DEFAULT now());
               CREATE INDEX shops_district_idx ON shops (district);`);
    expect(await findPrismaDrift(schema, db.url)).toEqual([]);
  });

  it('names a missing index, a wrong nullability, a wrong type and an extra column', async () => {
    await sql(`CREATE TABLE shops (id uuid PRIMARY KEY, name text, district varchar(40),
               created_at timestamptz(3) NOT NULL, logo text)`);
    expect(await findPrismaDrift(schema, db.url)).toEqual([
      'column shops.district: schema says text null, database has varchar null',
      'column shops.logo: schema says nothing, database has text null',
      'column shops.name: schema says text not null, database has text null',
      'index shops(district): schema says exists, database has nothing',
    ]);
  });

  it('names a table the migrations never created', async () => {
    expect(await findPrismaDrift(schema, db.url)).toContain(
      'table shops: schema says exists, database has nothing',
    );
  });
});
