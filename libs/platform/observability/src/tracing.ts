import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace';

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP collector base URL; without it (and without processors) tracing stays off. */
  otlpEndpoint?: string;
  spanProcessors?: SpanProcessor[];
}

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry for the process: W3C trace context on HTTP (instrumented) and on Kafka headers (injected
 * by @getit/messaging). Call it before the HTTP server module is loaded so the instrumentation can patch it.
 */
export function startTracing({ serviceName, otlpEndpoint, spanProcessors = [] }: TracingOptions): Tracing {
  // No collector, no tracing: spans nobody exports would cost the gateway a fifth of its CPU (measured with
  // `npm run bench`). Logs still carry the request and correlation ids.
  if (!otlpEndpoint && spanProcessors.length === 0) return { shutdown: async () => undefined };
  const processors = [...spanProcessors];
  if (otlpEndpoint) {
    const exporter = new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/$/, '')}/v1/traces` });
    processors.push(new BatchSpanProcessor({ exporter }));
  }
  const sdk = new NodeSDK({
    serviceName,
    spanProcessors: processors,
    textMapPropagator: new W3CTraceContextPropagator(),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(healthz|readyz|metrics)/.test(request.url ?? ''),
      }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
