import { collectDefaultMetrics, register } from 'prom-client';

export const dynamic = 'force-dynamic';
// Registered once per process (a second registration throws, e.g. on a development reload).
if (!register.getSingleMetric('storefront_process_cpu_user_seconds_total'))
  collectDefaultMetrics({ prefix: 'storefront_' });

/** Prometheus scrape: the Node process metrics (page RED metrics come from the gateway/ingress in front). */
export async function GET(): Promise<Response> {
  return new Response(await register.metrics(), { headers: { 'content-type': register.contentType } });
}
