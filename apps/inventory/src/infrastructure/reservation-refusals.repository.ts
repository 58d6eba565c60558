import { Shortage } from '../domain/allocation.strategy';
import { InventoryTx } from './inventory-prisma';

/** Reservations the checkout saga asked for and was refused, with the shortages it was told. */
export class ReservationRefusalsRepository {
  async find(tx: InventoryTx, reservationKey: string): Promise<Shortage[] | undefined> {
    const row = await tx.reservationRefusal.findUnique({ where: { reservationKey } });
    return row ? (row.shortages as unknown as Shortage[]) : undefined;
  }

  async record(
    tx: InventoryTx,
    refusal: { reservationKey: string; shortages: readonly Shortage[]; correlationId: string },
  ): Promise<void> {
    await tx.reservationRefusal.createMany({
      data: [{ ...refusal, shortages: refusal.shortages.map((s) => ({ ...s })) }],
      skipDuplicates: true,
    });
  }
}
