import { z } from 'zod';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

export const searchConfigSchema = z
  .object({ ...httpServiceConfig(3002), ...databaseConfig, ...messagingConfig })
  .superRefine(requireBrokersForKafka);

export type SearchConfig = z.output<typeof searchConfigSchema>;
