import 'reflect-metadata';
import { ServiceEntry } from '@getit/service-kit';
import { startShipping } from './shipping.host';

/** Loaded by apps/embedded, which runs every service in one process. */
export const entry: ServiceEntry = {
  start: ({ env, ...shared }) => startShipping(env, shared),
};
