import 'reflect-metadata';
import { ServiceEntry } from '@getit/service-kit';
import { demoLoginLines } from './application/demo-accounts';
import { startAuth } from './auth.host';

/**
 * Loaded by apps/embedded, which runs every service in one process. `demoLoginLines` is what the host prints
 * when it starts auth with SEED_DEMO_DATA=true.
 */
export const entry: ServiceEntry & { demoLoginLines(authUrl: string): string[] } = {
  start: ({ env, ...shared }) => startAuth(env, shared),
  demoLoginLines,
};
