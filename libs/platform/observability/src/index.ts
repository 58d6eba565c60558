export { createMetricsRegistry } from './metrics-registry';
export { HttpMetrics } from './http.metrics';
export { HealthRegistry, type HealthCheck, type ReadinessReport } from './health.registry';
export { GracefulShutdown, type GracefulShutdownOptions, type ShutdownStep } from './graceful-shutdown';
export { startTracing, type Tracing, type TracingOptions } from './tracing';
