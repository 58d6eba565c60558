import { z } from 'zod';

/** One step of a package's journey, worded in both languages. */
export const trackingStepView = z.object({
  status: z.string(),
  at: z.iso.datetime({ offset: true }),
  en: z.string(),
  bn: z.string(),
});

/** GET /api/orders/:orderId/tracking: each package of the order with its courier and timeline. */
export const shipmentTrackingView = z.object({
  orderId: z.uuid(),
  packages: z.array(
    z.object({
      packageId: z.uuid(),
      vendorId: z.uuid(),
      /** `awaiting_packing`, `booking`, or a shipment status (booked … returned). */
      status: z.string(),
      courier: z.enum(['pathao', 'steadfast', 'redx']).nullable(),
      consignmentId: z.string().nullable(),
      attempt: z.number().int().nonnegative(),
      handoverDueAt: z.iso.datetime({ offset: true }).nullable(),
      deliveryDueAt: z.iso.datetime({ offset: true }).nullable(),
      timeline: z.array(trackingStepView),
    }),
  ),
});
export type ShipmentTrackingView = z.infer<typeof shipmentTrackingView>;

/** GET /api/admin/shipments/late: packages past (or within `withinHours` of) a handover or delivery deadline. */
export const lateShipmentsView = z.object({
  items: z.array(
    z.object({
      packageId: z.uuid(),
      orderId: z.uuid(),
      orderNumber: z.string(),
      vendorId: z.uuid(),
      courier: z.enum(['pathao', 'steadfast', 'redx']).nullable(),
      status: z.string(),
      deadline: z.enum(['handover', 'delivery']),
      dueAt: z.iso.datetime({ offset: true }),
      late: z.boolean(),
    }),
  ),
});
export type LateShipmentsView = z.infer<typeof lateShipmentsView>;
