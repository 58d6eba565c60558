import { join } from 'node:path';
import { createPrismaClient, runMigrations } from '@getit/database';
import { createTestDatabase, TestDatabase } from '@getit/testing';
import { migrateMessagingTables } from '../src';
import { PrismaClient } from './generated/client';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface MessagingTestDatabase {
  db: TestDatabase;
  prisma: PrismaClient;
  close(): Promise<void>;
}

/** A fresh database migrated as a service's is: its own migrations, then the library's outbox and inbox. */
export async function messagingTestDatabase(name = 'messaging'): Promise<MessagingTestDatabase> {
  const db = await createTestDatabase(name);
  await runMigrations({ databaseUrl: db.url, migrationsDir: join(__dirname, 'migrations') });
  await migrateMessagingTables({ databaseUrl: db.url });
  const prisma = createPrismaClient(PrismaClient, { url: db.url, poolMax: 5 });
  return {
    db,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
