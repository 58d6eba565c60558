import { z } from 'zod';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

export const shippingConfigSchema = z
  .object({
    ...httpServiceConfig(3005),
    ...databaseConfig,
    ...messagingConfig,
    /** Whose rate card prices the quotes (the migration seeds `getit`). */
    MARKETPLACE: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be lower-case letters, digits or hyphens')
      .default('getit'),
  })
  .superRefine(requireBrokersForKafka);

export type ShippingConfig = z.output<typeof shippingConfigSchema>;
