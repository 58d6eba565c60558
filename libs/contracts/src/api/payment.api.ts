import { z } from 'zod';
import { orderPaymentMethod } from '../events/order-events.v1';
import { currencySchema, poishaSchema } from '../money.schema';

// ---- path and query ---------------------------------------------------------------------------------------

/** GET /payments/:paymentId */
export const paymentPath = z.object({ paymentId: z.uuid() });

/** GET /payments?orderId=: the payments of one order (today at most one). */
export const paymentListQuery = z.object({ orderId: z.uuid() }).strict();
export type PaymentListQuery = z.infer<typeof paymentListQuery>;

// ---- views (admin API) ------------------------------------------------------------------------------------

export const PAYMENT_INTENT_STATUSES = [
  'requires_action',
  'authorized',
  'captured',
  'partially_refunded',
  'refunded',
  'cancelled',
  'failed',
  'expired',
] as const;
export type PaymentIntentStatus = (typeof PAYMENT_INTENT_STATUSES)[number];

/** Cash on delivery is collected per vendor package: pending until its courier delivers it, or cancelled. */
export const PAYMENT_PACKAGE_STATUSES = ['pending', 'collected', 'cancelled'] as const;

export const paymentPackageView = z.object({
  packageId: z.uuid(),
  vendorId: z.uuid(),
  amountPoisha: poishaSchema,
  status: z.enum(PAYMENT_PACKAGE_STATUSES),
  collectedAt: z.string().optional(),
  cancelledAt: z.string().optional(),
});

export const paymentStatusChangeView = z.object({
  from: z.enum(PAYMENT_INTENT_STATUSES).nullable(),
  to: z.enum(PAYMENT_INTENT_STATUSES),
  reason: z.string().nullable(),
  correlationId: z.string(),
  at: z.string(),
});

export const paymentView = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  orderNumber: z.string(),
  method: orderPaymentMethod,
  amountPoisha: poishaSchema,
  currency: currencySchema,
  status: z.enum(PAYMENT_INTENT_STATUSES),
  /** Captured so far: for cash on delivery, set once every package was delivered or cancelled. */
  capturedPoisha: poishaSchema,
  /** Cash on delivery: the cash couriers collected so far, package by package. */
  collectedPoisha: poishaSchema,
  providerRef: z.string().nullable(),
  failureReason: z.string().nullable(),
  packages: z.array(paymentPackageView),
  /** Oldest first. */
  history: z.array(paymentStatusChangeView),
  deadlineAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  authorizedAt: z.string().optional(),
  capturedAt: z.string().optional(),
  cancelledAt: z.string().optional(),
  failedAt: z.string().optional(),
});
export type PaymentView = z.infer<typeof paymentView>;

export const paymentList = z.object({ items: z.array(paymentView) });
export type PaymentList = z.infer<typeof paymentList>;

// ---- shopper checkout (public: the order id is the bearer secret, as for guest orders) -------------------

/** GET /payments/checkout/:orderId */
export const paymentCheckoutPath = z.object({ orderId: z.uuid() });

/**
 * Where the shopper pays an online order: the provider's page (`redirectUrl`) while the payment waits for them
 * (`requires_action`), null once it ended. The storefront polls this after placing the order.
 */
export const paymentCheckoutView = z.object({
  paymentId: z.uuid(),
  method: orderPaymentMethod,
  status: z.enum(PAYMENT_INTENT_STATUSES),
  redirectUrl: z.string().nullable(),
  amountPoisha: poishaSchema,
});
export type PaymentCheckoutView = z.infer<typeof paymentCheckoutView>;
