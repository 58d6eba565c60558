import { z } from 'zod';
import { checkAddress } from '../bangladesh/bangladesh-geography';
import { ORDER_CANCEL_REASONS, orderPaymentMethod, PACKAGE_STATUSES } from '../events/order-events.v1';
import { currencySchema, poishaSchema } from '../money.schema';
import { bdMobileNumber } from './auth.api';
import { districtName } from './shipping.api';

/** Most units of one variant a cart line holds (the order domain's MAX_QUANTITY_PER_LINE). */
export const CART_LINE_MAX_QUANTITY = 100;

/** The header that makes `POST /orders` safe to retry: the same key returns the same order. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const idempotencyKey = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7e]+$/, 'must be 1 to 64 visible ASCII characters, e.g. a UUID');

export const ORDER_STATUSES = ['pending_payment', 'confirmed', 'completed', 'cancelled'] as const;
export const orderStatus = z.enum(ORDER_STATUSES);
export const PACKAGE_ACTIONS = ['pack', 'hand_to_courier', 'deliver', 'return', 'cancel'] as const;

// ---- path parameters --------------------------------------------------------------------------------------

export const cartPath = z.object({ cartId: z.uuid() });
export const cartLinePath = cartPath.extend({ variantId: z.uuid() });
export const orderPath = z.object({ orderId: z.uuid() });
export const vendorPackagesPath = z.object({ vendorId: z.uuid() });
export const vendorPackagePath = vendorPackagesPath.extend({ packageId: z.uuid() });

// ---- carts --------------------------------------------------------------------------------------------------

/** PUT /carts/:cartId/lines/:variantId — 0 removes the line. */
export const setCartLineRequest = z
  .object({ quantity: z.number().int().min(0).max(CART_LINE_MAX_QUANTITY) })
  .strict();
export type SetCartLineRequest = z.infer<typeof setCartLineRequest>;

export const cartLineView = z.object({
  variantId: z.uuid(),
  productId: z.uuid().nullable(),
  sku: z.string(),
  title: z.string(),
  quantity: z.number().int(),
  /** Today's price; null when the catalog no longer sells the variant. */
  unitPricePoisha: poishaSchema.nullable(),
  /** The price the shopper last saw for this line. */
  seenPricePoisha: poishaSchema,
  priceChanged: z.boolean(),
  lineTotalPoisha: poishaSchema,
  available: z.number().int(),
  outOfStock: z.boolean(),
  /** False when the product was withdrawn or its vendor suspended: the line cannot be checked out. */
  purchasable: z.boolean(),
  weightGrams: z.number().int(),
});
export type CartLineView = z.infer<typeof cartLineView>;

export const cartView = z.object({
  id: z.uuid(),
  shopperId: z.uuid().nullable(),
  status: z.enum(['active', 'merged', 'checked_out', 'expired']),
  currency: currencySchema,
  vendors: z.array(
    z.object({
      vendorId: z.uuid(),
      shopName: z.string().nullable(),
      lines: z.array(cartLineView),
      subtotalPoisha: poishaSchema,
    }),
  ),
  itemsTotalPoisha: poishaSchema,
  /** True when any line's price differs from what the shopper last saw. */
  priceChanged: z.boolean(),
  /** The cart expires after this much inactivity; every change pushes it back. */
  expiresAt: z.iso.datetime({ offset: true }),
  orderId: z.uuid().nullable(),
});
export type CartView = z.infer<typeof cartView>;

/** POST /carts/:cartId/delivery-quote: what each vendor package will cost to deliver, before confirming. */
export const deliveryQuoteRequest = z
  .object({ destinationDistrict: districtName, paymentMethod: orderPaymentMethod })
  .strict();
export type DeliveryQuoteRequest = z.infer<typeof deliveryQuoteRequest>;

export const deliveryQuoteView = z.object({
  currency: currencySchema,
  destinationDistrict: z.string(),
  paymentMethod: orderPaymentMethod,
  packages: z.array(
    z.object({
      vendorId: z.uuid(),
      shopName: z.string().nullable(),
      originDistrict: z.string(),
      weightGrams: z.number().int(),
      itemsSubtotalPoisha: poishaSchema,
      deliveryChargePoisha: poishaSchema,
      totalPoisha: poishaSchema,
      breakdown: z.object({ en: z.string(), bn: z.string() }),
    }),
  ),
  itemsTotalPoisha: poishaSchema,
  deliveryTotalPoisha: poishaSchema,
  totalPoisha: poishaSchema,
});
export type DeliveryQuoteView = z.infer<typeof deliveryQuoteView>;

// ---- placing an order ---------------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1).max(max);

/** A Bangladesh delivery address; division and district come back in today's spelling (Chittagong → Chattogram). */
export const deliveryAddress = z
  .object({
    name: text(100),
    phone: bdMobileNumber,
    division: text(50),
    district: text(50),
    area: text(100),
    postcode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'must be a 4-digit Bangladesh postcode'),
    street: text(300),
  })
  .strict()
  .transform((address, context) => {
    const checked = checkAddress(address);
    if (checked.ok) return { ...address, division: checked.division, district: checked.district };
    for (const problem of checked.problems)
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.reason });
    return z.NEVER;
  });
export type DeliveryAddress = z.output<typeof deliveryAddress>;

/** POST /orders, with the Idempotency-Key header. */
export const placeOrderRequest = z
  .object({
    cartId: z.uuid(),
    address: deliveryAddress,
    paymentMethod: orderPaymentMethod,
    /** The total the shopper was shown; a different computed total is refused with 409 instead of charged. */
    expectedTotalPoisha: poishaSchema.optional(),
  })
  .strict();
export type PlaceOrderRequest = z.output<typeof placeOrderRequest>;

/** POST /orders/:orderId/cancel — a shopper cancelling before any package was handed to a courier. */
export const cancelOrderRequest = z.object({ reason: text(500).optional() }).strict();
export type CancelOrderRequest = z.infer<typeof cancelOrderRequest>;

/** POST /vendors/:vendorId/packages/:packageId/transitions */
export const packageTransitionRequest = z
  .object({ action: z.enum(PACKAGE_ACTIONS), reason: text(500).optional() })
  .strict();
export type PackageTransitionRequest = z.infer<typeof packageTransitionRequest>;

// ---- order views --------------------------------------------------------------------------------------------

const instant = z.iso.datetime({ offset: true });

export const orderLineView = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  variantId: z.uuid(),
  sku: z.string(),
  title: z.string(),
  categorySlug: z.string().nullable(),
  quantity: z.number().int(),
  unitPricePoisha: poishaSchema,
  lineTotalPoisha: poishaSchema,
});
export type OrderLineView = z.infer<typeof orderLineView>;

export const orderPackageView = z.object({
  id: z.uuid(),
  vendorId: z.uuid(),
  status: z.enum(PACKAGE_STATUSES),
  originDistrict: z.string(),
  weightGrams: z.number().int(),
  subtotalPoisha: poishaSchema,
  deliveryChargePoisha: poishaSchema,
  totalPoisha: poishaSchema,
  /** What the courier collects for this package (cash on delivery); null when prepaid. */
  codAmountPoisha: poishaSchema.nullable(),
  lines: z.array(orderLineView),
  /** Once the vendor confirmed a returned or partially delivered package came back: which lines, how many. */
  returned: z
    .object({
      receivedAt: instant,
      returnedGoodsPoisha: poishaSchema,
      items: z.array(z.object({ lineId: z.uuid(), quantity: z.number().int().positive() })),
    })
    .nullable()
    .optional(),
});
export type OrderPackageView = z.infer<typeof orderPackageView>;

export const orderCancellationView = z.object({
  reason: z.enum(ORDER_CANCEL_REASONS),
  by: z.string().nullable(),
  note: z.string().nullable(),
  failedStep: z.string().nullable(),
  shortages: z
    .array(z.object({ variantId: z.uuid(), requested: z.number().int(), available: z.number().int() }))
    .nullable(),
});

export const orderView = z.object({
  id: z.uuid(),
  orderNumber: z.string(),
  status: orderStatus,
  shopperId: z.uuid().nullable(),
  phone: z.string(),
  address: z.object({
    name: z.string(),
    phone: z.string(),
    division: z.string(),
    district: z.string(),
    area: z.string(),
    postcode: z.string(),
    street: z.string(),
  }),
  paymentMethod: orderPaymentMethod,
  currency: currencySchema,
  itemsTotalPoisha: poishaSchema,
  deliveryTotalPoisha: poishaSchema,
  totalPoisha: poishaSchema,
  placedAt: instant,
  confirmedAt: instant.nullable(),
  completedAt: instant.nullable(),
  cancelledAt: instant.nullable(),
  cancellation: orderCancellationView.nullable(),
  packages: z.array(orderPackageView),
});
export type OrderView = z.infer<typeof orderView>;

export const orderSummaryView = z.object({
  id: z.uuid(),
  orderNumber: z.string(),
  status: orderStatus,
  shopperId: z.uuid().nullable(),
  phone: z.string(),
  paymentMethod: orderPaymentMethod,
  totalPoisha: poishaSchema,
  placedAt: instant,
  cancelReason: z.enum(ORDER_CANCEL_REASONS).nullable(),
  packages: z.array(z.object({ id: z.uuid(), vendorId: z.uuid(), status: z.enum(PACKAGE_STATUSES) })),
});
export type OrderSummaryView = z.infer<typeof orderSummaryView>;

export const orderPage = z.object({ items: z.array(orderSummaryView), nextCursor: z.string().nullable() });
export type OrderPage = z.infer<typeof orderPage>;

export const vendorPackageView = orderPackageView.extend({
  orderId: z.uuid(),
  orderNumber: z.string(),
  paymentMethod: orderPaymentMethod,
  deliveryAddress: orderView.shape.address,
  createdAt: instant,
  updatedAt: instant,
});
export type VendorPackageView = z.infer<typeof vendorPackageView>;

export const vendorPackagePage = z.object({
  items: z.array(vendorPackageView),
  nextCursor: z.string().nullable(),
});
export type VendorPackagePage = z.infer<typeof vendorPackagePage>;

// ---- list queries -------------------------------------------------------------------------------------------

const pageCursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, 'is not a cursor this API handed out')
  .optional();
const pageLimit = z.coerce.number().int().min(1).max(100).default(20);

/**
 * GET /orders/:orderId?waitMs=: while the checkout is still `pending_payment`, answer when it settles or after
 * `waitMs` (at most 8 s, under the gateway's upstream timeout), so a checkout page need not poll.
 */
export const orderQuery = z.object({ waitMs: z.coerce.number().int().min(0).max(8_000).optional() }).strict();
export type OrderQuery = z.infer<typeof orderQuery>;

export const myOrdersQuery = z.object({ cursor: pageCursor, limit: pageLimit }).strict();
export type MyOrdersQuery = z.infer<typeof myOrdersQuery>;

export const vendorPackagesQuery = z
  .object({ status: z.enum(PACKAGE_STATUSES).optional(), cursor: pageCursor, limit: pageLimit })
  .strict();
export type VendorPackagesQuery = z.infer<typeof vendorPackagesQuery>;

export const adminOrdersQuery = z
  .object({
    /** An order number (or its start), or a phone number in any common form. */
    q: z.string().trim().min(1).max(64).optional(),
    status: orderStatus.optional(),
    vendorId: z.uuid().optional(),
    from: instant.optional(),
    to: instant.optional(),
    cursor: pageCursor,
    limit: pageLimit,
  })
  .strict();
export type AdminOrdersQuery = z.infer<typeof adminOrdersQuery>;

// ---- the checkout saga (admins) -----------------------------------------------------------------------------

export const CHECKOUT_SAGA_STEPS = ['reserve_stock', 'take_payment', 'confirm_order'] as const;

/**
 * GET /admin/orders/:orderId/saga: where an order's checkout saga stands. `step` is the step awaiting an answer while
 * running, the step that failed once cancelled, null once completed; `undoneLate` lists compensations that ran after
 * a late answer (a reservation or payment that arrived after the saga had given up).
 */
export const checkoutSagaView = z.object({
  orderId: z.uuid(),
  status: z.enum(['running', 'completed', 'cancelled']),
  step: z.enum(CHECKOUT_SAGA_STEPS).nullable(),
  cancelReason: z.string().nullable(),
  reservationId: z.uuid().nullable(),
  paymentId: z.uuid().nullable(),
  undoneLate: z.array(z.string()),
  deadlineAt: instant.nullable(),
  startedAt: instant,
  finishedAt: instant.nullable(),
  updatedAt: instant,
});
export type CheckoutSagaView = z.infer<typeof checkoutSagaView>;
