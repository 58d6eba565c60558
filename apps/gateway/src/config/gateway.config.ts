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
export type UpstreamName = 'catalog' | 'search';
