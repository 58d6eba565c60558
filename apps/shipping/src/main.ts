import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { migrateShipping, startShipping } from './shipping.host';

void runStandalone(
  () => startShipping(process.env),
  () => migrateShipping(process.env),
);
