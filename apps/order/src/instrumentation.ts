import { startTracing } from '@getit/observability';

// Imported first by main.ts so the HTTP instrumentation patches Node's http before Fastify loads it.
startTracing({ serviceName: 'order', otlpEndpoint: process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] });
