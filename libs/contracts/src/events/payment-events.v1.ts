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
