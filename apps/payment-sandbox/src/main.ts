import { bootConfig } from '@getit/config';
import { paymentSandboxConfigSchema, toSandboxOptions } from './config/payment-sandbox.config';
import { startPaymentSandbox } from './payment-sandbox.server';

/** `node dist/apps/payment-sandbox/src/main.js`: the simulators on PORT (3090) until SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const config = bootConfig('payment-sandbox', paymentSandboxConfigSchema);
  const sandbox = await startPaymentSandbox(toSandboxOptions(config));
  process.stdout.write(`payment sandbox listening on ${sandbox.url} (pages at ${sandbox.publicUrl})\n`);
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
    `payment sandbox failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
