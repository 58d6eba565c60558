import { z } from 'zod';
import { bool, brokerList, logLevel, nodeEnv, oneOf, port, positiveInt, sensitive, url } from '@getit/config';

/** Every service: where it listens, how it logs, where traces go. */
export function httpServiceConfig(defaultPort: number) {
  return {
    NODE_ENV: nodeEnv(),
    HOST: z.string().default('0.0.0.0'),
    PORT: port(defaultPort),
    LOG_LEVEL: logLevel(),
    OTEL_EXPORTER_OTLP_ENDPOINT: url({ protocols: ['http:', 'https:'] }).optional(),
  };
}

/** A service that owns a database. */
export const databaseConfig = {
  DATABASE_URL: sensitive(url({ protocols: ['postgres:', 'postgresql:'] })),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lowercase SQL identifier')
    .default('public'),
  DATABASE_POOL_MAX: positiveInt(10),
  MIGRATE_ON_START: bool(true),
};

/** A service that publishes or consumes events. */
export const messagingConfig = {
  MESSAGING_TRANSPORT: oneOf(['kafka', 'in-process'] as const).default('kafka'),
  KAFKA_BROKERS: brokerList().optional(),
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]*$/, 'may hold letters, digits, ".", "_" and "-" only')
    .default(''),
};

/** Kafka needs brokers; the in-process bus needs none. */
export function requireBrokersForKafka(
  config: { MESSAGING_TRANSPORT: string; KAFKA_BROKERS?: string[] | undefined },
  ctx: z.RefinementCtx,
): void {
  if (config.MESSAGING_TRANSPORT === 'kafka' && !config.KAFKA_BROKERS?.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['KAFKA_BROKERS'],
      message: 'required when MESSAGING_TRANSPORT is kafka',
    });
  }
}
