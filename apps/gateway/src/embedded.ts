import 'reflect-metadata';
import { ServiceEntry } from '@getit/service-kit';
import { startGateway } from './gateway.host';

/** Loaded by apps/embedded, which runs every service in one process. */
export const entry: ServiceEntry = {
  start: ({ env }) => startGateway(env),
};
