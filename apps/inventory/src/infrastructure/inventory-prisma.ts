export { PrismaClient as InventoryPrismaClient } from './prisma/generated/client';
export type {
  Warehouse as WarehouseRow,
  InventoryItem as InventoryItemRow,
  StockLevel as StockLevelRow,
  StockMovement as StockMovementRow,
  Reservation as ReservationRow,
  ReservationAllocation as AllocationRow,
} from './prisma/generated/client';
import type { PrismaClient } from './prisma/generated/client';

/** The transaction client Prisma hands to interactive transactions. */
export type InventoryTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
