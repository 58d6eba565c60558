import { z } from 'zod';
import { currencySchema, poishaSchema } from '../money.schema';
import { orderPaymentMethod } from './order-events.v1';

const payment = z.object({
  paymentId: z.uuid(),
  orderId: z.uuid(),
  method: orderPaymentMethod,
  amountPoisha: poishaSchema,
  currency: currencySchema,
});

/**
 * The order may go ahead: an online payment was verified server-to-server, or cash on delivery was accepted (to be
 * collected by the courier). Payment events are keyed by orderId on `payment.payments`, so the order service sees
 * one order's payment events in order.
 */
export const paymentAuthorizedV1 = payment.extend({
  /** Cash on delivery: `false` until the courier collects it. */
  collected: z.boolean(),
  authorizedAt: z.iso.datetime({ offset: true }),
});

/** The payment did not happen: declined, cancelled by the shopper, expired, or the provider was unreachable. */
export const paymentFailedV1 = z.object({
  paymentId: z.uuid().nullable(),
  orderId: z.uuid(),
  method: orderPaymentMethod,
  reason: z.string().min(1).max(500),
  failedAt: z.iso.datetime({ offset: true }),
});

/** A payment was voided before any money moved (cash on delivery, or an online payment not yet captured). */
export const paymentCancelledV1 = payment.extend({
  reason: z.string().min(1).max(500),
  cancelledAt: z.iso.datetime({ offset: true }),
});

/**
 * An online payment's money was taken (bKash, Nagad, SSLCommerz): the ledger holds each package's share in escrow
 * until that package is delivered. `packages` splits the amount per vendor package and adds up to it.
 */
export const paymentCapturedV1 = payment.extend({
  providerRef: z.string().min(1).max(200),
  packages: z.array(z.object({ packageId: z.uuid(), vendorId: z.uuid(), amountPoisha: poishaSchema })).min(1),
  capturedAt: z.iso.datetime({ offset: true }),
});

/** Why money goes back to a shopper (the admin's choice, or the event that refunded it automatically). */
export const PAYMENT_REFUND_REASONS = [
  'shopper_cancelled',
  'vendor_cancelled',
  'out_of_stock',
  'undelivered',
  'returned',
  'damaged_or_wrong_item',
  'other',
] as const;
export const paymentRefundReason = z.enum(PAYMENT_REFUND_REASONS);

/**
 * Money reached the shopper again for one package: through the provider's refund API, or by hand (`manual`: Nagad,
 * cash on delivery, or a provider that refused) once finance recorded the transfer.
 */
export const paymentRefundedV1 = z.object({
  refundId: z.uuid(),
  paymentId: z.uuid(),
  orderId: z.uuid(),
  packageId: z.uuid(),
  amountPoisha: poishaSchema,
  reason: paymentRefundReason,
  manual: z.boolean(),
  refundedAt: z.iso.datetime({ offset: true }),
});
