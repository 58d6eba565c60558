import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  AlwaysOnSampler,
  TracerProvider,
  type ReadableSpan,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';
import type { HttpMetrics } from '@getit/observability';
import { storefrontMetrics } from './metrics-registry';

/**
 * RED metrics from Next's own request span (`BaseServer.handleRequest`): it ends with the status code and the route
 * template (`/[locale]/p/[slug]`), which no URL-level hook knows. The proxy's pass of a request (marked
 * `next.bubble`, always 200) is skipped: the render pass that follows carries the page's real answer. Requests the
 * proxy answers alone (the locale redirect of `/`) and static files are not counted.
 */
export class RequestMetricsProcessor implements SpanProcessor {
  constructor(private readonly http: HttpMetrics) {}

  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    const attributes = span.attributes;
    if (attributes['next.span_type'] !== 'BaseServer.handleRequest' || attributes['next.bubble']) return;
    const [seconds, nanos] = span.duration;
    this.http.observe(
      String(attributes['http.method'] ?? 'GET'),
      // A request no page matched (Next's 404) has no route: one label for all of them bounds the cardinality.
      String(attributes['next.route'] ?? 'unmatched'),
      Number(attributes['http.status_code'] ?? 0),
      seconds + nanos / 1e9,
    );
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}

/** Lets Next's spans record (no exporter: the storefront sends no traces) so their ends feed the metrics. */
export function startRequestMetrics(): void {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(
    new TracerProvider({
      sampler: new AlwaysOnSampler(),
      spanProcessors: [new RequestMetricsProcessor(storefrontMetrics().http)],
    }),
  );
}
