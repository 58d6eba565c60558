import { z } from 'zod';
import { poishaSchema } from '../money.schema';

/** The couriers the shipping service books with. */
export const COURIER_NAMES = ['pathao', 'steadfast', 'redx'] as const;
export const courierName = z.enum(COURIER_NAMES);

/**
 * Where a shipment is, in the marketplace's words (each courier's own statuses map onto these). It only moves
 * forward: booked → picked → in_transit → out_for_delivery → delivered | partially_delivered | delivery_failed
 * (attempt n, then out for delivery again or returning) | returning → returned.
 */
export const SHIPMENT_STATUSES = [
  'booked',
  'picked',
  'in_transit',
  'out_for_delivery',
  'delivery_failed',
  'delivered',
  'partially_delivered',
  'returning',
  'returned',
] as const;
export const shipmentStatus = z.enum(SHIPMENT_STATUSES);

/** A package was booked with a courier: it now has a consignment id and a label can be printed. */
export const shippingShipmentBookedV1 = z.object({
  shipmentId: z.uuid(),
  orderId: z.uuid(),
  orderNumber: z.string().min(1),
  packageId: z.uuid(),
  vendorId: z.uuid(),
  courier: courierName,
  consignmentId: z.string().min(1),
  /** What the rider collects; 0 when prepaid. */
  codAmountPoisha: poishaSchema,
  /** The courier's delivery fee as it quoted it at booking. */
  deliveryFeePoisha: poishaSchema,
  bookedAt: z.iso.datetime({ offset: true }),
});

/**
 * A shipment moved on, as a courier reported it (webhook or polling). Duplicates and out-of-order reports never
 * produce this event; `collectedPoisha` is set on delivered and partially delivered.
 */
export const shippingShipmentStatusChangedV1 = z.object({
  shipmentId: z.uuid(),
  orderId: z.uuid(),
  packageId: z.uuid(),
  vendorId: z.uuid(),
  courier: courierName,
  consignmentId: z.string().min(1),
  from: shipmentStatus,
  to: shipmentStatus,
  /** Delivery attempts so far (a failed attempt counts). */
  attempt: z.number().int().nonnegative(),
  codAmountPoisha: poishaSchema,
  collectedPoisha: poishaSchema.optional(),
  /** The courier's own status word, e.g. `order.partial-delivery`, `partial_delivered`. */
  courierStatus: z.string().min(1).max(100),
  reason: z.string().max(500).optional(),
  changedAt: z.iso.datetime({ offset: true }),
});
