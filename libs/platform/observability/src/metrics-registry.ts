import { collectDefaultMetrics, Registry } from 'prom-client';

/** A service's own registry: every metric on it carries `service`, and Node's process metrics come along. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  return registry;
}
