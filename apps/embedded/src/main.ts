import { startTracing } from '@getit/observability';

startTracing({ serviceName: 'getit-embedded', otlpEndpoint: process.env['OTEL_EXPORTER_OTLP_ENDPOINT'] });

import { GracefulShutdown } from '@getit/observability';
import { bannerLines, PublicUrl } from './banner';
import { startEmbeddedHost } from './embedded.host';
import { webAppUrls } from './web-apps';

/**
 * `npm start`: every service in one process. The console holds the banner, warnings and errors only (services log
 * at LOG_LEVEL, `warn` by default).
 */
async function main(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const warn = (line: string) => process.stderr.write(`warning: ${line}\n`);
  out('GetIt Marketplace (embedded mode): starting…');
  const host = await startEmbeddedHost(process.env, warn);

  let stopping = false;
  const shutdown = new GracefulShutdown({ timeoutMs: 20_000 });
  shutdown.add('services', async () => {
    stopping = true;
    await host.stop();
    out('Stopped.');
  });
  shutdown.listen();

  const seed = host.config.SEED_DEMO_DATA === 'true';
  // Stopping while seeding is not a failure; seeding again on the next start finishes the job.
  const seeded = seed
    ? await host.seedDemoData().catch((error: unknown) => {
        if (stopping) return { products: 0, variants: 0 };
        throw error;
      })
    : { products: 0, variants: 0 };
  if (stopping) return;

  const facts = [
    host.embeddedDatabaseUrl
      ? `embedded Postgres (PGlite) in ${host.config.DATA_DIR}/pglite, at ${host.embeddedDatabaseUrl}`
      : 'Postgres from DATABASE_URL',
    ...(seed
      ? [
          seeded.products > 0
            ? `seeded ${seeded.products} demo products from two vendors`
            : 'catalog already has data; not seeding',
        ]
      : []),
    ...(seeded.variants > 0
      ? [`stocked ${seeded.variants} demo variants in the two vendors' warehouses`]
      : []),
  ];
  for (const line of bannerLines({
    publicUrls: publicUrls(host.gatewayUrl),
    facts,
    notes: [
      'Checkout: see README.md "Try a checkout": cash on delivery, or bKash/Nagad/SSLCommerz against the',
      'payment sandbox (open the redirectUrl of GET /api/payments/checkout/<orderId> and approve).',
      ...(seed ? ['', ...host.demoLoginLines()] : []),
    ],
  }))
    out(line);
}

/** What a newcomer opens, first things first. */
function publicUrls(gatewayUrl: string): PublicUrl[] {
  return [
    { label: 'Storefront', url: `${gatewayUrl}/` },
    ...webAppUrls(gatewayUrl),
    { label: 'Marketplace API', url: `${gatewayUrl}/api/products` },
    { label: 'Search', url: `${gatewayUrl}/api/search?q=jamdani`, hint: '(or ?q=শাড়ি)' },
    { label: 'OpenAPI document', url: `${gatewayUrl}/api/docs` },
    { label: 'Health / metrics', url: `${gatewayUrl}/readyz`, hint: `${gatewayUrl}/metrics` },
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`GetIt embedded mode failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
