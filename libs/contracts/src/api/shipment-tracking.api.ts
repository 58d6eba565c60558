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
      /**
       * For the package's vendor and admins only: the courier refused or was down when booking, and shipping
       * retries by itself at `retryAt` (`attempts` so far); absent once booked.
       */
      bookingDelay: z
        .object({
          attempts: z.number().int().positive(),
          retryAt: z.iso.datetime({ offset: true }),
          en: z.string(),
          bn: z.string(),
        })
        .optional(),
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

/** A calendar day in Bangladesh time (UTC+6, no daylight saving), as `YYYY-MM-DD`. */
const dhakaDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * GET /api/admin/shipments/performance: per courier × destination district, the shipments booked from `from` to
 * `to` (Bangladesh days, both included) and how they went. Days are counted from the courier's first step after
 * booking (the handover) to delivery; `deliveredShare` is delivered ÷ finished (delivered, partially delivered,
 * returning or returned), null while none finished.
 */
export const courierPerformanceView = z.object({
  from: dhakaDay,
  to: dhakaDay,
  rows: z.array(
    z.object({
      courier: z.enum(['pathao', 'steadfast', 'redx']),
      district: z.string(),
      shipments: z.number().int().nonnegative(),
      delivered: z.number().int().nonnegative(),
      deliveredShare: z.number().min(0).max(1).nullable(),
      partiallyDelivered: z.number().int().nonnegative(),
      /** Returning or returned to the vendor. */
      returned: z.number().int().nonnegative(),
      /** Shipments with at least one failed delivery attempt. */
      failed: z.number().int().nonnegative(),
      /** Median and 90th percentile of handover → delivery, in days (one decimal); null with no delivery. */
      medianDays: z.number().nonnegative().nullable(),
      p90Days: z.number().nonnegative().nullable(),
      /** Delivered after the delivery deadline, or not delivered (nor returning) and past it now. */
      late: z.number().int().nonnegative(),
    }),
  ),
});
export type CourierPerformanceView = z.infer<typeof courierPerformanceView>;
