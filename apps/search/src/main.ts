import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { migrateSearch, startSearch } from './search.host';

void runStandalone(
  () => startSearch(process.env),
  () => migrateSearch(process.env),
);
