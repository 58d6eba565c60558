import { z } from 'zod';
import { durationMs, positiveInt } from '@getit/config';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

export const catalogConfigSchema = z
  .object({
    ...httpServiceConfig(3001),
    ...databaseConfig,
    ...messagingConfig,
    /** How long this process serves a public read from memory; 0 turns the cache off. Writes empty it at once. */
    PUBLIC_CACHE_TTL_MS: durationMs(5_000),
    PUBLIC_CACHE_MAX_ENTRIES: positiveInt(1_000),
    /** Largest CSV import: rows (one per variant) and bytes. */
    IMPORT_MAX_ROWS: positiveInt(5_000),
    IMPORT_MAX_BYTES: positiveInt(8 * 1_048_576),
  })
  .superRefine(requireBrokersForKafka);

export type CatalogConfig = z.output<typeof catalogConfigSchema>;
