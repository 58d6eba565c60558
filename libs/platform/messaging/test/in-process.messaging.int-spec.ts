import { InProcessTransport } from '../src';
import { describeEventHandlersContract } from './event-handlers.contract';
import { describeMessagingContract } from './messaging.contract';

async function inProcess() {
  const transport = new InProcessTransport(20);
  await transport.connect();
  return transport;
}

describeMessagingContract('in-process bus', inProcess);
describeEventHandlersContract('in-process bus', inProcess);
