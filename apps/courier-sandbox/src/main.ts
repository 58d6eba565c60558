import { bootConfig } from '@getit/config';
import { runSandboxMain } from '@getit/sandbox-kit';
import { courierSandboxConfigSchema, toCourierSandboxOptions } from './config/courier-sandbox.config';
import { startCourierSandbox } from './courier-sandbox.server';

/** `node dist/apps/courier-sandbox/src/main.js`: the courier simulators on PORT (3091) until SIGTERM/SIGINT. */
runSandboxMain('courier sandbox', () =>
  startCourierSandbox(toCourierSandboxOptions(bootConfig('courier-sandbox', courierSandboxConfigSchema))),
);
