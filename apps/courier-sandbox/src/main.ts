import { bootConfig } from '@getit/config';
import { courierSandboxConfigSchema, toCourierSandboxOptions } from './config/courier-sandbox.config';
import { startCourierSandbox } from './courier-sandbox.server';

/** `node dist/apps/courier-sandbox/src/main.js`: the courier simulators on PORT (3091) until SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = bootConfig('courier-sandbox', courierSandboxConfigSchema);
  const sandbox = await startCourierSandbox(toCourierSandboxOptions(config));
  process.stdout.write(`courier sandbox listening on ${sandbox.url}\n`);
  const stop = () => {
    sandbox.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `courier sandbox failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
