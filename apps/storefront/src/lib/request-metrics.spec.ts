import { SpanKind } from '@opentelemetry/api';
import { AlwaysOnSampler, TracerProvider } from '@opentelemetry/sdk-trace';
import { createMetricsRegistry, HttpMetrics } from '@getit/observability';
import { RequestMetricsProcessor } from './request-metrics';

/** Ends spans shaped as Next 16 ends its request spans (attributes as seen from `next start`). */
function nextServer() {
  const registry = createMetricsRegistry('storefront');
  const provider = new TracerProvider({
    sampler: new AlwaysOnSampler(),
    spanProcessors: [new RequestMetricsProcessor(new HttpMetrics(registry))],
  });
  const tracer = provider.getTracer('next.js');
  const span = (type: string, attributes: Record<string, string | number | boolean>) =>
    tracer
      .startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'next.span_type': type, ...attributes } })
      .end();
  const request = (attributes: Record<string, string | number | boolean>) =>
    span('BaseServer.handleRequest', attributes);
  return { registry, request, span };
}

describe('storefront request metrics from Next request spans', () => {
  it('counts each page answer once, by route template and status, with service="storefront"', async () => {
    const { registry, request } = nextServer();
    // The proxy's pass (next.bubble, always 200) and then the render pass of the same request.
    request({ 'http.method': 'GET', 'http.status_code': 200, 'next.bubble': true });
    request({ 'http.method': 'GET', 'http.status_code': 200, 'next.route': '/[locale]/p/[slug]' });
    request({ 'http.method': 'GET', 'http.status_code': 500, 'next.route': '/[locale]/cart' });
    request({ 'http.method': 'GET', 'http.status_code': 404 });
    const text = await registry.metrics();
    expect(text).toContain(
      'http_server_requests_total{method="GET",route="/[locale]/p/[slug]",status_code="200",service="storefront"} 1',
    );
    expect(text).toContain(
      'http_server_requests_total{method="GET",route="/[locale]/cart",status_code="500",service="storefront"} 1',
    );
    expect(text).toContain(
      'http_server_requests_total{method="GET",route="unmatched",status_code="404",service="storefront"} 1',
    );
    expect(text).toMatch(
      /http_server_request_duration_seconds_bucket\{le="1",service="storefront",method="GET",route="\/\[locale\]\/cart",status_code="500"\} 1/,
    );
    expect(text).toContain('process_cpu_seconds_total{service="storefront"}');
  });

  it('ignores Next spans that are not the request span', async () => {
    const { registry, span } = nextServer();
    span('AppRender.getBodyResult', { 'next.route': '/[locale]' });
    span('Middleware.execute', { 'http.method': 'GET' });
    expect(await registry.metrics()).not.toContain('http_server_requests_total{');
  });
});
