import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { createPrismaClient, runMigrations } from '@getit/database';
import { migrateMessagingTables, UnitOfWork } from '@getit/messaging';
import { RequestContext } from '@getit/service-kit';
import { createTestDatabase, TestDatabase } from '@getit/testing';
import { createInventoryServices, InventoryServices } from '../src/application/inventory-services.factory';
import { InventoryPrismaClient, InventoryTx } from '../src/infrastructure/inventory-prisma';

export const MIGRATIONS = join(__dirname, '..', 'migrations');

/**
 * The inventory's use cases on a fresh real Postgres database (migrated as the host does), without HTTP. The unit
 * of work has no relay, so every recorded event stays in the outbox table for the test to count.
 */
export class InventoryFixture {
  db!: TestDatabase;
  prisma!: InventoryPrismaClient;
  services!: InventoryServices;
  sql!: Client;

  async start(label: string, poolMax = 10): Promise<this> {
    this.db = await createTestDatabase(label);
    await runMigrations({ databaseUrl: this.db.url, migrationsDir: MIGRATIONS });
    await migrateMessagingTables({ databaseUrl: this.db.url });
    this.prisma = createPrismaClient(InventoryPrismaClient, { url: this.db.url, poolMax });
    this.services = createInventoryServices({
      prisma: this.prisma,
      unitOfWork: new UnitOfWork<InventoryTx>({ db: this.prisma }),
      schema: 'public',
      reservationTtlMs: 15 * 60_000,
    });
    this.sql = new Client({ connectionString: this.db.url });
    await this.sql.connect();
    return this;
  }

  async stop(): Promise<void> {
    await this.sql?.end();
    await this.prisma?.$disconnect();
    await this.db?.drop();
  }

  async one<T>(query: string, values: unknown[] = []): Promise<T> {
    return (await this.sql.query(query, values)).rows[0] as T;
  }

  /** A vendor with one warehouse per stock figure, each holding that many units of a fresh variant. */
  async stockedVariant(
    units: number[],
  ): Promise<{ vendor: RequestContext; vendorId: string; variantId: string }> {
    const vendorId = randomUUID();
    const variantId = randomUUID();
    const vendor = vendorContext(vendorId);
    for (const [index, onHand] of units.entries()) {
      const warehouse = await this.services.warehouses.create(vendor, vendorId, {
        code: `WH-${index + 1}`,
        name: `Warehouse ${index + 1}`,
        address: { line1: `House ${index + 1}, Road 7`, district: index % 2 ? 'Dhaka' : 'Tangail' },
      });
      await this.services.stock.count(
        vendor,
        { vendorId, warehouseId: warehouse.id, variantId },
        { sku: 'TTG-JAMDANI-RED', onHand },
      );
    }
    return { vendor, vendorId, variantId };
  }
}

export function vendorContext(vendorId: string, roles = ['vendor:owner']): RequestContext {
  const id = randomUUID();
  return { correlationId: id, requestId: id, actor: { id: randomUUID(), roles }, vendorId, locale: 'en' };
}

export function buyerContext(): RequestContext {
  const id = randomUUID();
  return { correlationId: id, requestId: id, locale: 'en' };
}
