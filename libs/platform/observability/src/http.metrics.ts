import { Counter, Histogram, Registry } from 'prom-client';

/** RED metrics per route: the route is the template (`/products/:id`), never the raw URL, to bound cardinality. */
export class HttpMetrics {
  private readonly requests: Counter<'method' | 'route' | 'status_code'>;
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(registry: Registry) {
    this.requests = new Counter({
      name: 'http_server_requests_total',
      help: 'HTTP requests served, by route and status code',
      labelNames: ['method', 'route', 'status_code'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'http_server_request_duration_seconds',
      help: 'HTTP request duration, by route and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
  }

  observe(method: string, route: string, statusCode: number, seconds: number): void {
    const labels = { method, route, status_code: String(statusCode) };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
  }
}
