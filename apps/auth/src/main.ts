import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { migrateAuth, startAuth } from './auth.host';

void runStandalone(
  () => startAuth(process.env),
  () => migrateAuth(process.env),
);
