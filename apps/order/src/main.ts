import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { migrateOrder, startOrder } from './order.host';

void runStandalone(
  () => startOrder(process.env),
  () => migrateOrder(process.env),
);
