import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { migrateInventory, startInventory } from './inventory.host';

void runStandalone(
  () => startInventory(process.env),
  () => migrateInventory(process.env),
);
