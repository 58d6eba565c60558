import { z } from 'zod';
import {
  databaseConfig,
  httpServiceConfig,
  messagingConfig,
  requireBrokersForKafka,
} from '@getit/service-kit';

export const catalogConfigSchema = z
  .object({ ...httpServiceConfig(3001), ...databaseConfig, ...messagingConfig })
  .superRefine(requireBrokersForKafka);

export type CatalogConfig = z.output<typeof catalogConfigSchema>;
