import { InProcessTransport } from '../src';
import { describeMessagingContract } from './messaging.contract';

describeMessagingContract('in-process bus', async () => {
  const transport = new InProcessTransport(20);
  await transport.connect();
  return transport;
});
