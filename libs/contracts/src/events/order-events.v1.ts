import { z } from 'zod';
import { currencySchema, poishaSchema } from '../money.schema';

/** How the shopper pays. `cod` is cash on delivery; the others are online providers (payment service). */
export const ORDER_PAYMENT_METHODS = ['cod', 'bkash', 'nagad', 'sslcommerz'] as const;
export const orderPaymentMethod = z.enum(ORDER_PAYMENT_METHODS);

export const PACKAGE_STATUSES = [
  'pending',
  'confirmed',
  'packed',
  'handed_to_courier',
  'delivered',
  'returned',
  'cancelled',
] as const;
export const packageStatus = z.enum(PACKAGE_STATUSES);

export const ORDER_CANCEL_REASONS = [
  'shopper_requested',
  'stock_unavailable',
  'payment_failed',
  'checkout_timed_out',
  'admin_decision',
  'all_packages_failed',
] as const;
export const orderCancelReason = z.enum(ORDER_CANCEL_REASONS);

const orderLine = z.object({
  lineId: z.uuid(),
  productId: z.uuid(),
  variantId: z.uuid(),
  sku: z.string().min(1),
  title: z.string().min(1),
  quantity: z.number().int().positive(),
  unitPricePoisha: poishaSchema,
  lineTotalPoisha: poishaSchema,
  /** The product's leaf category when the line was sold (commission rules are per category). */
  categorySlug: z.string().min(1).optional(),
});

const orderPackage = z.object({
  packageId: z.uuid(),
  vendorId: z.uuid(),
  subtotalPoisha: poishaSchema,
  deliveryChargePoisha: poishaSchema,
  totalPoisha: poishaSchema,
  /** The package's shipping weight as checkout priced it (couriers book by weight). */
  weightGrams: z.number().int().positive().optional(),
  lines: z.array(orderLine).min(1),
});

/** Who receives the parcels and where, for the courier's label (added in v1, so optional). */
const orderRecipient = z.object({
  name: z.string().min(1).max(100),
  street: z.string().min(1).max(300),
  area: z.string().min(1).max(100),
  district: z.string().min(1).max(50),
  postcode: z.string().regex(/^\d{4}$/),
});

/**
 * A shopper placed an order: the saga's first step. Inventory reserves every line on it, all or nothing, with the
 * order id as the reservation key. Keyed by orderId on `order.orders`, like every order event, so one order's
 * events arrive in order.
 */
export const orderPlacedV1 = z.object({
  orderId: z.uuid(),
  /** Human-readable, e.g. GI-20261121-4F7K2Q. */
  orderNumber: z.string().min(1),
  /** Null for a guest order; `guestPhone` then says who placed it. */
  shopperId: z.uuid().nullable(),
  /** E.164, the delivery contact. */
  phone: z.string().regex(/^\+8801[3-9]\d{8}$/),
  paymentMethod: orderPaymentMethod,
  currency: currencySchema,
  itemsTotalPoisha: poishaSchema,
  deliveryTotalPoisha: poishaSchema,
  totalPoisha: poishaSchema,
  destinationDistrict: z.string().min(1),
  recipient: orderRecipient.optional(),
  packages: z.array(orderPackage).min(1),
  placedAt: z.iso.datetime({ offset: true }),
});

/** The saga's payment step: stock is held, now take (or, for cash on delivery, accept) the payment. */
export const orderPaymentRequestedV1 = z.object({
  orderId: z.uuid(),
  orderNumber: z.string().min(1),
  shopperId: z.uuid().nullable(),
  phone: z.string().regex(/^\+8801[3-9]\d{8}$/),
  method: orderPaymentMethod,
  amountPoisha: poishaSchema,
  currency: currencySchema,
  packages: z.array(z.object({ packageId: z.uuid(), vendorId: z.uuid(), amountPoisha: poishaSchema })),
  /** When the payment step gives up and the order is cancelled. */
  deadlineAt: z.iso.datetime({ offset: true }),
});

/** Stock held and payment taken or accepted: the reservation is committed and vendors start packing. */
export const orderConfirmedV1 = z.object({
  orderId: z.uuid(),
  orderNumber: z.string().min(1),
  reservationId: z.uuid(),
  paymentId: z.uuid(),
  paymentMethod: orderPaymentMethod,
  totalPoisha: poishaSchema,
  packages: z.array(z.object({ packageId: z.uuid(), vendorId: z.uuid(), totalPoisha: poishaSchema })),
  confirmedAt: z.iso.datetime({ offset: true }),
});

/**
 * The order will not go ahead: inventory releases the order's reservation (by its key, the order id) and payment
 * cancels or refunds the order's payments. `shortages` says which lines had too little stock.
 */
export const orderCancelledV1 = z.object({
  orderId: z.uuid(),
  orderNumber: z.string().min(1),
  reason: orderCancelReason,
  /** The step that failed or timed out, when the saga cancelled it. */
  failedStep: z.enum(['reserve_stock', 'take_payment', 'confirm_order']).optional(),
  reservationId: z.uuid().nullable(),
  paymentId: z.uuid().nullable(),
  shortages: z
    .array(z.object({ variantId: z.uuid(), requested: z.number().int(), available: z.number().int() }))
    .optional(),
  cancelledAt: z.iso.datetime({ offset: true }),
});

/** A compensation for a reservation that succeeded after the saga had given up (or twice): release it. */
export const orderStockReleaseRequestedV1 = z.object({
  orderId: z.uuid(),
  reservationId: z.uuid(),
});

/** A compensation for a payment authorized after the saga had given up (or a second one): cancel or refund it. */
export const orderPaymentCancelRequestedV1 = z.object({
  orderId: z.uuid(),
  paymentId: z.uuid(),
});

/** A vendor package moved on (packed, handed to courier, delivered, returned or cancelled). */
export const orderPackageStatusChangedV1 = z.object({
  orderId: z.uuid(),
  packageId: z.uuid(),
  vendorId: z.uuid(),
  from: packageStatus,
  to: packageStatus,
  /** Who moved it: the vendor's staff, the shopper (cancel), an admin or the system. */
  actor: z.object({ kind: z.enum(['shopper', 'vendor', 'admin', 'system']), id: z.string().min(1) }),
  totalPoisha: poishaSchema,
  reason: z.string().max(500).optional(),
  changedAt: z.iso.datetime({ offset: true }),
});
