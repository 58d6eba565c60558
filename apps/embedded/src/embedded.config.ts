import { z } from 'zod';
import { logLevel, port, sensitive, url } from '@getit/config';

/** The embedded mode asks for nothing: every variable has a default. */
export const embeddedConfigSchema = z.object({
  PORT: port(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: sensitive(url({ protocols: ['postgres:', 'postgresql:'] })).optional(),
  /** Unset: a free port, like every other internal listener of the host. */
  EMBEDDED_PG_PORT: port().optional(),
  LOG_LEVEL: logLevel('warn'),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
});
export type EmbeddedConfig = z.output<typeof embeddedConfigSchema>;
