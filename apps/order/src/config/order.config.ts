import { z } from 'zod';
import { durationMs, url } from '@getit/config';
import { ORDER_PAYMENT_METHODS } from '@getit/contracts';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

type PaymentMethod = (typeof ORDER_PAYMENT_METHODS)[number];

/** A comma-separated list of payment methods, e.g. `cod` or `cod,bkash`; unknown names stop the boot. */
function paymentMethodList(defaultValue: string) {
  const rule = `must be a comma-separated list of ${ORDER_PAYMENT_METHODS.join(', ')}`;
  return z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value.split(',').map((method) => method.trim()))
    .refine(
      (methods) =>
        methods.length > 0 && methods.every((m) => (ORDER_PAYMENT_METHODS as readonly string[]).includes(m)),
      rule,
    )
    .transform((methods) => [...new Set(methods)] as PaymentMethod[])
    .default(defaultValue.split(',') as PaymentMethod[]);
}

export const orderConfigSchema = z
  .object({
    ...httpServiceConfig(3006),
    ...databaseConfig,
    ...messagingConfig,
    /** The shipping service, asked for delivery charges per vendor package (POST /quotes). */
    SHIPPING_URL: url({ protocols: ['http:', 'https:'] }).default('http://127.0.0.1:3005'),
    /** A cart untouched this long expires (guest and signed-in). */
    CART_TTL_MS: durationMs(30 * 24 * 3_600_000),
    /** How often each replica looks for checkout steps past their deadline. */
    SAGA_SWEEP_INTERVAL_MS: durationMs(1_000),
    /** How long the saga waits for inventory to reserve the order's stock. */
    RESERVE_STOCK_TIMEOUT_MS: durationMs(15_000),
    /**
     * How long the saga waits for the payment (bKash/Nagad need the shopper's approval on their phone). Longer than
     * payment's ONLINE_PAYMENT_TTL_MS (10m), so payment's own last check with the provider comes first; shorter than
     * inventory's RESERVATION_TTL_MS (15m), so the stock is still held when the order confirms.
     */
    PAYMENT_TIMEOUT_MS: durationMs(12 * 60_000),
    /** How long the saga waits for the order's own confirmation step. */
    CONFIRM_ORDER_TIMEOUT_MS: durationMs(15_000),
    /** Payment methods checkout accepts; the others are refused with 422 until their provider is wired up. */
    PAYMENT_METHODS_ENABLED: paymentMethodList('cod'),
  })
  .superRefine(requireBrokersForKafka);

export type OrderConfig = z.output<typeof orderConfigSchema>;
