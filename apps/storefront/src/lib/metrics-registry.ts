import type { Registry } from 'prom-client';
import { createMetricsRegistry, HttpMetrics } from '@getit/observability';

export interface StorefrontMetrics {
  registry: Registry;
  http: HttpMetrics;
}

// Next loads instrumentation and each route handler as separate module graphs; the process holds one registry.
const KEY = Symbol.for('getit.storefront.metrics');

/** The storefront process's metrics: `service="storefront"`, Node's process metrics, and RED metrics per page. */
export function storefrontMetrics(): StorefrontMetrics {
  const holder = globalThis as { [KEY]?: StorefrontMetrics };
  if (!holder[KEY]) {
    const registry = createMetricsRegistry('storefront');
    holder[KEY] = { registry, http: new HttpMetrics(registry) };
  }
  return holder[KEY];
}
