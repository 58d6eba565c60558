import { z } from 'zod';
import { durationMs, positiveInt, sensitive, url } from '@getit/config';
import { httpServiceConfig } from '@getit/service-kit';

/** Requests per minute; 0 turns that limit off. */
function perMinute(defaultValue: number) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, 'must be a whole number of requests per minute (0 turns the limit off)')
    .transform(Number)
    .default(defaultValue);
}

export const gatewayConfigSchema = z.object({
  ...httpServiceConfig(3000),
  CATALOG_URL: url({ protocols: ['http:', 'https:'] }),
  SEARCH_URL: url({ protocols: ['http:', 'https:'] }),
  /** Optional: without it no token can be verified, so only public routes answer (bench, catalog-only runs). */
  AUTH_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  /** Optional: unset, the inventory routes answer 503 (bench, catalog-only runs). */
  INVENTORY_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  /** Optional: unset, the shipping routes (delivery quotes, rate card) answer 503. */
  SHIPPING_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  /** Optional: unset, the order routes (carts, checkout, orders, vendor packages) answer 503. */
  ORDER_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  /** Optional: unset, the payment routes (admin payment reads) answer 503. */
  PAYMENT_URL: url({ protocols: ['http:', 'https:'] }).optional(),
  UPSTREAM_TIMEOUT_MS: durationMs(10_000),
  UPSTREAM_CONNECTIONS: positiveInt(64),
  BODY_LIMIT_BYTES: positiveInt(1_048_576),
  /**
   * The longest the gateway serves a public answer (`Cache-Control: public`, with an ETag) to anonymous readers
   * without asking the upstream, which it then does with If-None-Match; 0 turns the gateway's cache off (ADR 0016).
   */
  PUBLIC_CACHE_TTL_MS: durationMs(1_000),
  PUBLIC_CACHE_MAX_ENTRIES: positiveInt(2_000),
  /** Rate-limit counters live here when set, shared by every gateway replica; in memory otherwise. */
  REDIS_URL: sensitive(url({ protocols: ['redis:', 'rediss:'] })).optional(),
  RATE_LIMIT_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{0,64}$/, 'may hold up to 64 letters, digits, ":", ".", "_" and "-"')
    .default('gateway:rl:'),
  /**
   * Per-address limits are high on purpose: behind carrier-grade NAT one address is thousands of subscribers
   * (docs/adr/0014-rate-limits-behind-carrier-nat.md). Accounts are protected per identifier by auth.
   */
  RATE_LIMIT_IP_PER_MINUTE: perMinute(6_000),
  RATE_LIMIT_ACCOUNT_PER_MINUTE: perMinute(600),
  RATE_LIMIT_AUTH_PER_MINUTE: perMinute(600),
  TRUSTED_PROXY_HOPS: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'must be a whole number of proxies, e.g. 0 or 1')
    .transform(Number)
    .default(0),
});

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

/** The services behind the gateway and the variable holding each one's base URL: one line per service. */
export const UPSTREAM_URL_VARIABLES = {
  catalog: 'CATALOG_URL',
  search: 'SEARCH_URL',
  auth: 'AUTH_URL',
  inventory: 'INVENTORY_URL',
  shipping: 'SHIPPING_URL',
  order: 'ORDER_URL',
  payment: 'PAYMENT_URL',
} as const satisfies Record<string, keyof GatewayConfig>;

export type UpstreamName = keyof typeof UPSTREAM_URL_VARIABLES;
