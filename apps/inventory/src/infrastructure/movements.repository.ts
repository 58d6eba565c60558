import { MovementReason } from '@getit/contracts';
import { InventoryPrismaClient, InventoryTx, StockMovementRow } from './inventory-prisma';

export interface NewMovement {
  vendorId: string;
  warehouseId: string;
  variantId: string;
  delta: number;
  reason: MovementReason;
  note?: string;
  onHandAfter: number;
  reservedAfter: number;
  actorId: string;
  reservationId?: string;
  correlationId: string;
}

/** The audit trail of on-hand stock: appended in the transaction of the change, never updated. */
export class MovementsRepository {
  constructor(private readonly prisma: InventoryPrismaClient) {}

  insert(tx: InventoryTx, movement: NewMovement): Promise<StockMovementRow> {
    return tx.stockMovement.create({ data: movement });
  }

  async insertMany(tx: InventoryTx, movements: NewMovement[]): Promise<void> {
    if (movements.length > 0) await tx.stockMovement.createMany({ data: movements });
  }

  /** Newest first, keyset on the sequence number. */
  list(vendorId: string, variantId: string, limit: number, before?: bigint): Promise<StockMovementRow[]> {
    return this.prisma.stockMovement.findMany({
      where: { vendorId, variantId, ...(before ? { seq: { lt: before } } : {}) },
      orderBy: { seq: 'desc' },
      take: limit,
    });
  }
}
