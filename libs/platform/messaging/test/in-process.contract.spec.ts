import { InProcessTransport } from '../src';
import { describeTransportContract } from './transport.contract';

describeTransportContract('in-process', async () => {
  const transport = new InProcessTransport(20);
  await transport.connect();
  return transport;
});
