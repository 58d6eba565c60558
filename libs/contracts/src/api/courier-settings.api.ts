import { z } from 'zod';

const courier = z.enum(['pathao', 'steadfast', 'redx']);
/** A named courier, or `marketplace`: the marketplace chooses per package (district, price, success rate). */
export const courierChoice = z.enum(['marketplace', 'pathao', 'steadfast', 'redx']);
export type CourierChoice = z.infer<typeof courierChoice>;

/**
 * PUT /api/vendors/:vendorId/courier-preference: the vendor's stored choice. `bookOnPacking` false keeps packed
 * packages in the vendor's booking queue until the vendor books them (singly or the whole queue).
 */
export const courierPreferenceRequest = z
  .object({
    courier: courierChoice,
    bookOnPacking: z.boolean(),
    /** The warehouse couriers pick up from (a registered pickup point); null: the marketplace's hub. */
    pickupWarehouseId: z.uuid().nullable().optional(),
  })
  .strict();
export type CourierPreferenceRequest = z.infer<typeof courierPreferenceRequest>;

/** PUT /api/vendors/:vendorId/pickup-points/:warehouseId: a vendor warehouse as the address couriers collect from. */
export const pickupPointRequest = z
  .object({
    name: z.string().trim().min(3).max(60),
    /** 11 digits, 01XXXXXXXXX, as couriers take it. */
    contactPhone: z.string().regex(/^01[3-9]\d{8}$/),
    address: z.string().trim().min(15).max(120),
    area: z.string().trim().min(1).max(60).optional(),
    district: z.string().trim().min(2).max(40),
  })
  .strict();
export type PickupPointRequest = z.infer<typeof pickupPointRequest>;

export const pickupPointView = z.object({
  warehouseId: z.uuid(),
  name: z.string(),
  contactPhone: z.string(),
  address: z.string(),
  area: z.string().nullable(),
  district: z.string(),
  /** The courier's own store id per courier that has stores (Steadfast has none); made when first needed. */
  stores: z.array(z.object({ courier, storeId: z.string() })),
});
export type PickupPointView = z.infer<typeof pickupPointView>;

/** GET /api/vendors/:vendorId/courier-preference: the stored choice, the couriers offered, the pickup points. */
export const courierSettingsView = z.object({
  courier: courierChoice,
  bookOnPacking: z.boolean(),
  pickupWarehouseId: z.uuid().nullable(),
  offered: z.array(courier),
  pickupPoints: z.array(pickupPointView),
});
export type CourierSettingsView = z.infer<typeof courierSettingsView>;

/** One courier's price for a package, from its published tariff by district and weight. */
export const courierOfferView = z.object({ courier, feePoisha: z.number().int().nonnegative() });

/** One package in the vendor's courier queue. */
export const courierQueueItemView = z.object({
  packageId: z.uuid(),
  orderId: z.uuid(),
  orderNumber: z.string(),
  recipientName: z.string(),
  destinationDistrict: z.string(),
  codAmountPoisha: z.number().int().nonnegative(),
  weightGrams: z.number().int().positive(),
  packedAt: z.iso.datetime({ offset: true }).nullable(),
  /** `awaiting` (packed, the vendor books), `booking` (with the courier, retried while it is down), `booked`. */
  state: z.enum(['awaiting', 'booking', 'booked']),
  courier: courier.nullable(),
  consignmentId: z.string().nullable(),
  deliveryFeePoisha: z.number().int().nonnegative().nullable(),
  /** Why the last booking attempt failed, and when it is tried again (booking only). */
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime({ offset: true }).nullable(),
  handoverDueAt: z.iso.datetime({ offset: true }).nullable(),
  /** Each offered courier's price, and the one the marketplace would choose (awaiting only). */
  offers: z.array(courierOfferView),
  marketplaceChoice: courier.nullable(),
});
export type CourierQueueItemView = z.infer<typeof courierQueueItemView>;

/** GET /api/vendors/:vendorId/courier-queue: packed packages awaiting a courier, being booked, or booked. */
export const courierQueueView = z.object({ items: z.array(courierQueueItemView) });
export type CourierQueueView = z.infer<typeof courierQueueView>;

/**
 * POST /api/vendors/:vendorId/courier-bookings: book packed packages now, with a courier or the marketplace's
 * choice. Without `packageIds`, the vendor's whole awaiting queue (up to 100).
 */
export const courierBookingRequest = z
  .object({
    courier: courierChoice,
    packageIds: z.array(z.uuid()).min(1).max(100).optional(),
  })
  .strict();
export type CourierBookingRequest = z.infer<typeof courierBookingRequest>;

/** What happened to each package: booked with its consignment, or retrying (the courier is down or refused). */
export const courierBookingResultView = z.object({
  results: z.array(
    z.object({
      packageId: z.uuid(),
      courier,
      state: z.enum(['booked', 'retrying']),
      consignmentId: z.string().nullable(),
      deliveryFeePoisha: z.number().int().nonnegative().nullable(),
      error: z.string().nullable(),
    }),
  ),
});
export type CourierBookingResultView = z.infer<typeof courierBookingResultView>;
