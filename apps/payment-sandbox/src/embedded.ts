import { loadConfig } from '@getit/config';
import type { ServiceEntry } from '@getit/service-kit';
import { paymentSandboxConfigSchema, toSandboxOptions } from './config/payment-sandbox.config';
import { startPaymentSandbox } from './payment-sandbox.server';

/** Loadable by apps/embedded (by path, like every service); nothing shared is needed. */
export const entry: ServiceEntry = {
  start: ({ env }) =>
    startPaymentSandbox(
      toSandboxOptions(loadConfig(paymentSandboxConfigSchema, env, { service: 'payment-sandbox' })),
    ),
};
