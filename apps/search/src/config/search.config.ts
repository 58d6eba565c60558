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
    /**
     * Where the index lives (ADR 0017): `opensearch` (distributed mode; needs OPENSEARCH_URL) or `postgres` (the
     * embedded mode). Chosen explicitly, so an OPENSEARCH_URL merely present in the environment (test runs export
     * one) never moves a service onto a shared cluster.
     */
    SEARCH_ENGINE: z.enum(['postgres', 'opensearch']).default('postgres'),
    OPENSEARCH_URL: z.url().optional(),
    /** Prefixes the alias and index names, so test runs and environments can share one cluster. */
    OPENSEARCH_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]*$/, 'lowercase letters, digits, - and _ only')
      .default(''),
  })
  .superRefine(requireBrokersForKafka)
  .superRefine((config, ctx) => {
    if (config.SEARCH_ENGINE === 'opensearch' && !config.OPENSEARCH_URL) {
      ctx.addIssue({ code: 'custom', path: ['OPENSEARCH_URL'], message: 'required when SEARCH_ENGINE=opensearch' });
    }
  });

export type SearchConfig = z.output<typeof searchConfigSchema>;
