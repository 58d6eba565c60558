import { createMetricsRegistry } from './metrics-registry';
import { HttpMetrics } from './http.metrics';

describe('HttpMetrics', () => {
  it('counts requests and times them per route template, labelled with the service', async () => {
    const registry = createMetricsRegistry('catalog');
    const metrics = new HttpMetrics(registry);
    metrics.observe('GET', '/products/:id', 200, 0.004);
    metrics.observe('GET', '/products/:id', 200, 0.006);
    metrics.observe('POST', '/products', 400, 0.002);
    const text = await registry.metrics();
    expect(text).toContain(
      'http_server_requests_total{method="GET",route="/products/:id",status_code="200",service="catalog"} 2',
    );
    expect(text).toContain(
      'http_server_requests_total{method="POST",route="/products",status_code="400",service="catalog"} 1',
    );
    expect(text).toContain(
      'http_server_request_duration_seconds_bucket{le="0.005",service="catalog",method="GET",route="/products/:id",status_code="200"} 1',
    );
    expect(text).toContain('process_resident_memory_bytes');
  });
});
