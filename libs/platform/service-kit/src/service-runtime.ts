import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import { Registry } from 'prom-client';
import { LogLevel } from '@getit/config';
import { createPrismaClient, runMigrations, TransactionalSqlClient } from '@getit/database';
import { createLogger, Logger } from '@getit/logging';
import {
  EventTransport,
  InProcessTransport,
  KafkaTransport,
  MessagingMetrics,
  MessagingTables,
} from '@getit/messaging';
import { createMetricsRegistry, HealthRegistry } from '@getit/observability';

type StopPhase = 'http' | 'consumers' | 'relay' | 'connections';
const PHASES: StopPhase[] = ['http', 'consumers', 'relay', 'connections'];

export interface DatabaseSettings {
  DATABASE_URL: string;
  DATABASE_SCHEMA: string;
  DATABASE_POOL_MAX: number;
  MIGRATE_ON_START: boolean;
}

export interface MessagingSettings {
  MESSAGING_TRANSPORT: 'kafka' | 'in-process';
  KAFKA_BROKERS?: string[] | undefined;
  KAFKA_TOPIC_PREFIX: string;
}

/**
 * The parts every service assembles the same way — logger, metrics, health, database, transport, HTTP — and
 * the order they stop in: stop taking requests, let consumers finish, flush the relay, close connections.
 */
export class ServiceRuntime {
  readonly logger: Logger;
  readonly registry: Registry;
  readonly health = new HealthRegistry();
  readonly messagingMetrics: MessagingMetrics;
  private readonly stops = new Map<StopPhase, (() => Promise<void>)[]>();
  private stopping?: Promise<void>;

  constructor(
    readonly name: string,
    logLevel: LogLevel,
  ) {
    this.logger = createLogger({ service: name, level: logLevel });
    this.registry = createMetricsRegistry(name);
    this.messagingMetrics = MessagingMetrics.for(this.registry);
  }

  onStop(phase: StopPhase, step: () => Promise<void>): void {
    this.stops.set(phase, [...(this.stops.get(phase) ?? []), step]);
  }

  /** Migrates (unless told not to), connects the service's Prisma client and reports it in /readyz. */
  async openDatabase<T extends TransactionalSqlClient>(
    Client: new (options: never) => T,
    settings: DatabaseSettings,
    migrationsDir: string,
    sharedPool?: Pool,
  ): Promise<T> {
    if (settings.MIGRATE_ON_START) await this.migrate(settings, migrationsDir);
    const client = createPrismaClient(Client as never, {
      url: settings.DATABASE_URL,
      poolMax: settings.DATABASE_POOL_MAX,
      schema: settings.DATABASE_SCHEMA,
      applicationName: this.name,
      pool: sharedPool,
    }) as T;
    this.health.add('database', async () => {
      await client.$queryRawUnsafe('SELECT 1');
      return true;
    });
    this.onStop('connections', () => client.$disconnect());
    return client;
  }

  async migrate(settings: DatabaseSettings, migrationsDir: string): Promise<void> {
    const applied = await runMigrations({
      databaseUrl: settings.DATABASE_URL,
      migrationsDir,
      schema: settings.DATABASE_SCHEMA,
    });
    this.logger.info({ applied, schema: settings.DATABASE_SCHEMA }, 'database migrated');
  }

  tables(settings: DatabaseSettings): MessagingTables {
    return new MessagingTables(settings.DATABASE_SCHEMA);
  }

  /** The shared in-process bus in the embedded mode, else this service's own Kafka connection. */
  async openTransport(settings: MessagingSettings, shared?: EventTransport): Promise<EventTransport> {
    let transport = shared;
    if (!transport) {
      transport =
        settings.MESSAGING_TRANSPORT === 'kafka'
          ? new KafkaTransport({
              brokers: settings.KAFKA_BROKERS ?? [],
              clientId: this.name,
              topicPrefix: settings.KAFKA_TOPIC_PREFIX,
              log: (level, message, extra) => this.logger[level](extra, message),
            })
          : new InProcessTransport();
      await transport.connect();
      const owned = transport;
      this.onStop('connections', () => owned.close());
    }
    const checked = transport;
    this.health.add('messaging', () => checked.healthy());
    return transport;
  }

  async listen(app: NestFastifyApplication, host: string, port: number): Promise<string> {
    await app.listen({ host, port });
    this.onStop('http', async () => {
      // Node closes only the keep-alive connections idle when closing starts; the rest would hold the process
      // until their keep-alive timeout, so close each one as soon as its last response is out.
      const server = app.getHttpServer();
      const sweeper = setInterval(() => server.closeIdleConnections(), 50);
      try {
        await app.close();
      } finally {
        clearInterval(sweeper);
      }
    });
    const address = app.getHttpServer().address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}`;
    this.logger.info({ url }, `${this.name} listening`);
    return url;
  }

  stop(): Promise<void> {
    this.stopping ??= this.runStops();
    return this.stopping;
  }

  private async runStops(): Promise<void> {
    this.health.markDraining();
    for (const phase of PHASES) {
      for (const step of this.stops.get(phase) ?? []) {
        await step().catch((error: unknown) => this.logger.error({ err: error, phase }, 'stop step failed'));
      }
    }
    this.logger.info('stopped');
  }
}
