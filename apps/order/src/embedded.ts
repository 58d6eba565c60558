import 'reflect-metadata';
import { ServiceEntry } from '@getit/service-kit';
import { startOrder } from './order.host';

/** Loaded by apps/embedded, which runs every service in one process. */
export const entry: ServiceEntry = {
  start: ({ env, ...shared }) => startOrder(env, shared),
};
