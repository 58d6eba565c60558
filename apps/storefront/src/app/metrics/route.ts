import { storefrontMetrics } from '../../lib/metrics-registry';

export const dynamic = 'force-dynamic';

/** Prometheus scrape: page RED metrics (`http_server_*`, by route template) and the Node process metrics. */
export async function GET(): Promise<Response> {
  const { registry } = storefrontMetrics();
  return new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } });
}
