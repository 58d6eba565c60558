import { randomUUID } from 'node:crypto';
import { infraEnv } from '@getit/testing';
import { KafkaTransport } from '../src';
import { describeEventHandlersContract } from './event-handlers.contract';
import { describeMessagingContract } from './messaging.contract';
import { describeTransportContract } from './transport.contract';

jest.setTimeout(90_000);

async function kafka() {
  const transport = new KafkaTransport({
    brokers: infraEnv().kafkaBrokers,
    clientId: 'messaging-contract',
    topicPrefix: `t${randomUUID().slice(0, 8)}.`,
  });
  await transport.connect();
  return transport;
}

describeTransportContract('kafka', kafka);
describeMessagingContract('kafka', kafka);
describeEventHandlersContract('kafka', kafka);
