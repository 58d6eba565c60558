import './instrumentation';
import 'reflect-metadata';
import { runStandalone } from '@getit/service-kit';
import { startGateway } from './gateway.host';

void runStandalone(
  () => startGateway(process.env),
  async () => undefined,
);
