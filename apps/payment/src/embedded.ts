import 'reflect-metadata';
import { ServiceEntry } from '@getit/service-kit';
import { startPayment } from './payment.host';

/** Loaded by apps/embedded, which runs every service in one process. */
export const entry: ServiceEntry = {
  start: ({ env, ...shared }) => startPayment(env, shared),
};
