import { z } from 'zod';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

export const searchConfigSchema = z
  .object({
    ...httpServiceConfig(3002),
    ...databaseConfig,
    ...messagingConfig,
    /** OpenSearch's URL: set, the index lives there (distributed mode); unset, in Postgres (ADR 0017). */
    OPENSEARCH_URL: z.url().optional(),
    /** Prefixes the alias and index names, so test runs and environments can share one cluster. */
    OPENSEARCH_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]*$/, 'lowercase letters, digits, - and _ only')
      .default(''),
  })
  .superRefine(requireBrokersForKafka);

export type SearchConfig = z.output<typeof searchConfigSchema>;
