import 'reflect-metadata';
import { ServiceEntry } from '@getit/service-kit';
import { startInventory } from './inventory.host';

/** Loaded by apps/embedded, which runs every service in one process. */
export const entry: ServiceEntry = {
  start: ({ env, ...shared }) => startInventory(env, shared),
};
