import { z } from 'zod';
import { durationMs, positiveInt } from '@getit/config';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

export const inventoryConfigSchema = z
  .object({
    ...httpServiceConfig(3004),
    ...databaseConfig,
    ...messagingConfig,
    /** How long a reservation holds stock when the caller does not say. */
    RESERVATION_TTL_MS: durationMs(15 * 60_000),
    /** How often each replica looks for expired reservations. */
    RESERVATION_SWEEP_INTERVAL_MS: durationMs(5_000),
    /** Reservations released per sweep transaction. */
    RESERVATION_SWEEP_BATCH: positiveInt(100),
  })
  .superRefine(requireBrokersForKafka);

export type InventoryConfig = z.output<typeof inventoryConfigSchema>;
