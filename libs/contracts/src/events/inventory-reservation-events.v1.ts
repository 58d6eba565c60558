import { z } from 'zod';

/** One variant of a reservation: how many units, held in which of the vendor's warehouses. */
const reservationLine = z.object({
  variantId: z.uuid(),
  vendorId: z.uuid(),
  quantity: z.number().int().positive(),
  allocations: z.array(z.object({ warehouseId: z.uuid(), quantity: z.number().int().positive() })).min(1),
});

const reservation = z.object({
  reservationId: z.uuid(),
  /** The caller's idempotency key, e.g. the checkout or order id. */
  reservationKey: z.string().min(1),
  lines: z.array(reservationLine).min(1),
});

/** Stock was set aside for a checkout until `expiresAt`. Keyed by reservationId on `inventory.reservations`. */
export const inventoryStockReservedV1 = reservation.extend({ expiresAt: z.iso.datetime({ offset: true }) });

/** The order was confirmed: the reserved units left on-hand stock for good. */
export const inventoryReservationCommittedV1 = reservation;

/** The units went back to available stock: the checkout was cancelled, or the hold expired unconfirmed. */
export const inventoryReservationReleasedV1 = reservation.extend({
  reason: z.enum(['cancelled', 'expired']),
});

/**
 * A reservation asked for by an event (the order saga's `order.placed.v1`) could not be made: nothing was held.
 * Keyed by the reservation key (the order id) on `inventory.reservations`.
 */
export const inventoryReservationFailedV1 = z.object({
  reservationKey: z.string().min(1),
  shortages: z
    .array(z.object({ variantId: z.uuid(), requested: z.number().int(), available: z.number().int() }))
    .min(1),
});
