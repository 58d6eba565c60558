import { z } from 'zod';
import { durationMs, positiveInt, url } from '@getit/config';
import { httpServiceConfig } from '@getit/service-kit';

export const gatewayConfigSchema = z.object({
  ...httpServiceConfig(3000),
  CATALOG_URL: url({ protocols: ['http:', 'https:'] }),
  SEARCH_URL: url({ protocols: ['http:', 'https:'] }),
  UPSTREAM_TIMEOUT_MS: durationMs(10_000),
  UPSTREAM_CONNECTIONS: positiveInt(64),
  BODY_LIMIT_BYTES: positiveInt(1_048_576),
});

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

/** The services behind the gateway and the variable holding each one's base URL: one line per service. */
export const UPSTREAM_URL_VARIABLES = {
  catalog: 'CATALOG_URL',
  search: 'SEARCH_URL',
} as const satisfies Record<string, keyof GatewayConfig>;

export type UpstreamName = keyof typeof UPSTREAM_URL_VARIABLES;
