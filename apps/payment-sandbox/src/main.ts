import { bootConfig } from '@getit/config';
import { runSandboxMain } from '@getit/sandbox-kit';
import { paymentSandboxConfigSchema, toSandboxOptions } from './config/payment-sandbox.config';
import { startPaymentSandbox } from './payment-sandbox.server';

/** `node dist/apps/payment-sandbox/src/main.js`: the simulators on PORT (3090) until SIGTERM/SIGINT. */
runSandboxMain(
  'payment sandbox',
  () => startPaymentSandbox(toSandboxOptions(bootConfig('payment-sandbox', paymentSandboxConfigSchema))),
  (sandbox) => `${sandbox.url} (pages at ${sandbox.publicUrl})`,
);
