import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { migratePayment, startPayment } from './payment.host';

void runStandalone(
  () => startPayment(process.env),
  () => migratePayment(process.env),
);
