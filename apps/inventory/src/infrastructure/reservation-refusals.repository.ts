import { Shortage } from '../domain/allocation.strategy';
import { InventoryTx } from './inventory-prisma';

/**
 * Reservations the checkout saga asked for and was refused, with the shortages it was told. The saga reads a refusal
 * in the first statement of its reservation (`ReservationsRepository.openReservation`), not here.
 */
export class ReservationRefusalsRepository {
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
