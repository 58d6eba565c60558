/** Next calls this once per server process, before the first request. */
export async function register(): Promise<void> {
  if (process.env['NEXT_RUNTIME'] !== 'nodejs') return;
  const { startRequestMetrics } = await import('./lib/request-metrics');
  startRequestMetrics();
}
