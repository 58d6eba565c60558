import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { migrateCatalog, startCatalog } from './catalog.host';

void runStandalone(
  () => startCatalog(process.env),
  () => migrateCatalog(process.env),
);
