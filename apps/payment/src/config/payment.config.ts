import { z } from 'zod';
import { ORDER_PAYMENT_METHODS } from '@getit/contracts';
import { positiveInt } from '@getit/config';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';
import { ledgerConfig } from './ledger.config';
import { onlinePaymentsConfig, requireNagadKeyPair } from './online-payments.config';

type Method = (typeof ORDER_PAYMENT_METHODS)[number];

/** `cod, bkash` → ['cod', 'bkash']: a comma-separated, case-insensitive list of the contract's payment methods. */
function methodList() {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== ''),
    )
    .refine(
      (methods) =>
        methods.length > 0 && methods.every((m) => (ORDER_PAYMENT_METHODS as readonly string[]).includes(m)),
      `must be a comma-separated list of ${ORDER_PAYMENT_METHODS.join(', ')}`,
    )
    .transform((methods) => [...new Set(methods)] as Method[]);
}

export const paymentConfigSchema = z
  .object({
    ...httpServiceConfig(3007),
    ...databaseConfig,
    ...messagingConfig,
    /** The largest order total accepted as cash on delivery, in poisha. Default ৳50,000. */
    COD_MAX_ORDER_POISHA: positiveInt(5_000_000),
    /** Payment methods this deployment takes; a payment request for any other fails with a clear reason. */
    PAYMENT_METHODS_ENABLED: methodList().default(['cod']),
    ...onlinePaymentsConfig,
    ...ledgerConfig,
  })
  .superRefine(requireBrokersForKafka)
  .superRefine(requireNagadKeyPair);

export type PaymentConfig = z.output<typeof paymentConfigSchema>;
