import { Counter } from 'prom-client';
import { bootConfig } from '@getit/config';
import {
  migrateService,
  RunningService,
  ServiceHost,
  serviceMigrationsDir,
  SharedInfrastructure,
  systemContext,
} from '@getit/service-kit';
import { InventoryModule } from './app.module';
import { createInventoryServices } from './application/inventory-services.factory';
import { inventoryConfigSchema } from './config/inventory.config';
import { InventoryPrismaClient, InventoryTx } from './infrastructure/inventory-prisma';
import { CHECKOUT_SAGA_GROUP } from './messaging/order-events.controller';

/** Migrations ship beside the compiled code: <root>/apps/inventory/migrations from src or dist. */
export const INVENTORY_MIGRATIONS = serviceMigrationsDir(__dirname, 'inventory');

/**
 * Inventory adds its use cases, the reservation expiry sweeper and its metric, and the checkout-saga and catalog
 * event handlers (groups `inventory.checkout-saga` and `inventory.catalog-variants`).
 */
export async function startInventory(
  env: NodeJS.ProcessEnv,
  shared: SharedInfrastructure = {},
): Promise<RunningService> {
  const config = bootConfig('inventory', inventoryConfigSchema, env);
  const host = await ServiceHost.open<InventoryPrismaClient, InventoryTx>({
    name: 'inventory',
    config,
    prisma: InventoryPrismaClient,
    migrationsDir: INVENTORY_MIGRATIONS,
    shared,
  });
  const services = createInventoryServices({
    prisma: host.db,
    unitOfWork: host.unitOfWork,
    schema: config.DATABASE_SCHEMA,
    reservationTtlMs: config.RESERVATION_TTL_MS,
    log: host.log,
  });
  const expired = new Counter({
    name: 'inventory_reservations_expired_total',
    help: 'Reservations released because they were not confirmed in time',
    registers: [host.runtime.registry],
  });
  // Releases reservations that expired unconfirmed; SKIP LOCKED keeps replicas from releasing one twice.
  host.sweeper({
    name: 'reservation expiry',
    intervalMs: config.RESERVATION_SWEEP_INTERVAL_MS,
    batchSize: config.RESERVATION_SWEEP_BATCH,
    sweepBatch: (limit) => services.reservations.expireDue(systemContext(), limit),
    onSwept: (count) => expired.inc(count),
  });
  return host.serve({ module: InventoryModule.register(services), eventGroupId: CHECKOUT_SAGA_GROUP });
}

export async function migrateInventory(env: NodeJS.ProcessEnv): Promise<void> {
  await migrateService(
    'inventory',
    bootConfig('inventory', inventoryConfigSchema, env),
    INVENTORY_MIGRATIONS,
  );
}
