import { z } from 'zod';
import { poishaSchema } from '../money.schema';
import { courierName } from './shipping-events.v1';

/** One order line that came back to the vendor, with the quantity the vendor counted. */
export const returnedLine = z.object({
  lineId: z.uuid(),
  variantId: z.uuid(),
  quantity: z.number().int().positive(),
  /** The line's unit price at sale, so the value of what came back needs no other service. */
  unitPricePoisha: poishaSchema,
});

/**
 * The vendor confirmed that a returned (or partially delivered) parcel came back to them, with what it held.
 * Published once per package by shipping on `shipping.shipments`, keyed by package id. Inventory restocks the
 * items into the package's warehouse, payment refunds the prepaid goods that came back or reverses the cash on
 * delivery the courier never collected, and order records the return on the package.
 */
export const shippingReturnReceivedV1 = z
  .object({
    receiptId: z.uuid(),
    shipmentId: z.uuid(),
    orderId: z.uuid(),
    packageId: z.uuid(),
    vendorId: z.uuid(),
    courier: courierName,
    consignmentId: z.string().min(1),
    /** How the courier's trip ended: the whole parcel came back, or what the shopper did not take. */
    shipmentStatus: z.enum(['returned', 'partially_delivered']),
    items: z.array(returnedLine).max(500),
    /** Σ quantity × unit price of `items`. */
    returnedGoodsPoisha: poishaSchema,
    codAmountPoisha: poishaSchema,
    /** What the courier reported collected at the door (partial deliveries). */
    collectedPoisha: poishaSchema.optional(),
    receivedBy: z.string().min(1).max(100),
    receivedAt: z.iso.datetime({ offset: true }),
  })
  .refine(
    (r) => r.items.reduce((sum, i) => sum + i.quantity * i.unitPricePoisha, 0) === r.returnedGoodsPoisha,
    { path: ['returnedGoodsPoisha'], message: 'must equal the sum of quantity × unitPricePoisha of the items' },
  );
