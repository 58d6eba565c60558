import { z } from 'zod';
import { EnvField } from './env-field';

const RULE = 'must be a comma-separated list of host:port, e.g. "kafka-1:9092,kafka-2:9092"';
const BROKER = /^(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{1,5})$/;

/** Kafka bootstrap brokers, e.g. `KAFKA_BROKERS=kafka-1:9092, kafka-2:9092` → `['kafka-1:9092', 'kafka-2:9092']`. */
export function brokerList(): EnvField<string[]> {
  return z
    .string()
    .transform(splitList)
    .refine((brokers) => brokers.length > 0 && brokers.every(isBroker), RULE);
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function isBroker(entry: string): boolean {
  const port = Number(BROKER.exec(entry)?.[1]);
  return port >= 1 && port <= 65535;
}
