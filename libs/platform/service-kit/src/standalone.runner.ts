import { GracefulShutdown } from '@getit/observability';
import { RunningService } from './running-service';

/**
 * The `main` of a service in its own process: `migrate` as the first argument only migrates (the Kubernetes
 * pre-upgrade Job); otherwise it starts, then stops in order on SIGTERM/SIGINT.
 */
export async function runStandalone(
  start: () => Promise<RunningService>,
  migrateOnly: () => Promise<void>,
): Promise<void> {
  if (process.argv[2] === 'migrate') {
    await migrateOnly();
    return;
  }
  const service = await start();
  new GracefulShutdown({ timeoutMs: 25_000 }).add(service.name, () => service.stop()).listen();
}
