import { DynamicModule, Type } from '@nestjs/common';
import { FastifyInstance } from 'fastify';
import { Pool } from 'pg';
import { LogLevel } from '@getit/config';
import { SqlClient, TransactionalSqlClient } from '@getit/database';
import { Logger } from '@getit/logging';
import {
  EventConsumerStrategy,
  EventTransport,
  MessagingTables,
  migrateMessagingTables,
  OutboxRelay,
  RetryPolicy,
  TransactionRunner,
  UnitOfWork,
} from '@getit/messaging';
import { BatchSweeper, BatchSweeperOptions } from './batch.sweeper';
import { createHttpApp } from './http-app';
import { NestLoggerAdapter } from './nest-logger.adapter';
import { RunningService, SharedInfrastructure } from './running-service';
import { DatabaseSettings, MessagingSettings, ServiceRuntime } from './service-runtime';

/** What the host reads from a service's validated config (httpServiceConfig + databaseConfig + messagingConfig). */
export interface ServiceHostConfig extends DatabaseSettings, MessagingSettings {
  LOG_LEVEL: LogLevel;
  HOST: string;
  PORT: number;
}

export interface ServiceHostOptions<TDb> {
  name: string;
  config: ServiceHostConfig;
  /** The service's generated Prisma client class. */
  prisma: new (options: never) => TDb;
  migrationsDir: string;
  /** The embedded host's shared bus and connection, if any. */
  shared?: SharedInfrastructure;
}

export interface ServeOptions {
  /** The service's Nest module: its HTTP controllers and its `messaging/` event controllers. */
  module: Type<unknown> | DynamicModule;
  /** Consumer group of the module's `@EventPattern` handlers; leave out when the service consumes no events. */
  eventGroupId?: string;
  retry?: Partial<RetryPolicy>;
  bodyLimitBytes?: number;
  configure?: (fastify: FastifyInstance) => void | Promise<void>;
}

export type Log = (
  level: 'info' | 'warn' | 'error',
  message: string,
  extra?: Record<string, unknown>,
) => void;

/** The transaction type of a generated Prisma client. */
export type TxOf<TDb extends TransactionalSqlClient> = Parameters<
  Parameters<TDb['$transaction']>[0]
>[0] extends infer Tx extends SqlClient
  ? Tx
  : never;

/**
 * What every service with a database and events is given, assembled one way: logger, metrics and health (the
 * ServiceRuntime), its database migrated (its own migrations, then the messaging library's outbox and inbox), the
 * transport, the outbox relay, the one unit of work wired to wake the relay, and `serve()`, which runs the HTTP app
 * with the module's `@EventPattern` handlers and stops everything in order. A `*.host.ts` adds only its own parts.
 */
export class ServiceHost<TDb extends TransactionalSqlClient, TTx extends SqlClient = TxOf<TDb>> {
  readonly logger: Logger;
  readonly log: Log;
  readonly tables: MessagingTables;
  readonly relay: OutboxRelay;
  readonly unitOfWork: UnitOfWork<TTx>;
  private readonly sweepers: BatchSweeper[] = [];

  private constructor(
    readonly runtime: ServiceRuntime,
    readonly config: ServiceHostConfig,
    readonly db: TDb,
    readonly transport: EventTransport,
    relayPool: Pool,
  ) {
    this.logger = runtime.logger;
    this.log = (level, message, extra) => runtime.logger[level](extra ?? {}, message);
    this.tables = runtime.tables(config);
    const metrics = runtime.messagingMetrics;
    this.relay = new OutboxRelay({
      db,
      pool: relayPool,
      transport,
      tables: this.tables,
      metrics,
      log: this.log,
    });
    this.unitOfWork = new UnitOfWork<TTx>({
      db: db as unknown as TransactionRunner<TTx>,
      tables: this.tables,
      log: this.log,
    });
    this.unitOfWork.onEventsCommitted(() => this.relay.nudge());
  }

  static async open<TDb extends TransactionalSqlClient, TTx extends SqlClient = TxOf<TDb>>(
    options: ServiceHostOptions<TDb>,
  ): Promise<ServiceHost<TDb, TTx>> {
    const { name, config, shared = {} } = options;
    const runtime = new ServiceRuntime(name, config.LOG_LEVEL);
    if (config.MIGRATE_ON_START) await migrateWith(runtime, config, options.migrationsDir);
    const db = await runtime.openDatabase<TDb>(
      options.prisma,
      { ...config, MIGRATE_ON_START: false },
      options.migrationsDir,
      shared.pool,
    );
    const transport = await runtime.openTransport(config, shared.transport);
    return new ServiceHost<TDb, TTx>(runtime, config, db, transport, relayPool(runtime, config, shared));
  }

  /** A table of the service's, qualified with its schema (for raw SQL). */
  table(name: string): string {
    return `"${this.config.DATABASE_SCHEMA}".${name}`;
  }

  /** A sweeper started with the service and stopped before the relay (what it writes still gets published). */
  sweeper(options: Omit<BatchSweeperOptions, 'log'>): BatchSweeper {
    const sweeper = new BatchSweeper({ ...options, log: this.log });
    this.sweepers.push(sweeper);
    return sweeper;
  }

  /**
   * Starts the service: the HTTP app, the module's event handlers (served by EventConsumerStrategy on the
   * transport), the relay and the sweepers; then listens. Stops in order: HTTP, consumers and sweepers, relay,
   * connections.
   */
  async serve(options: ServeOptions): Promise<RunningService> {
    const { runtime, config } = this;
    const app = await createHttpApp({
      module: options.module,
      logger: runtime.logger,
      registry: runtime.registry,
      health: runtime.health,
      bodyLimitBytes: options.bodyLimitBytes,
      configure: options.configure,
    });
    if (options.eventGroupId) {
      const strategy = new EventConsumerStrategy<TTx>({
        transport: this.transport,
        unitOfWork: this.unitOfWork,
        groupId: options.eventGroupId,
        retry: options.retry,
        metrics: runtime.messagingMetrics,
        log: this.log,
      });
      const events = await EventConsumerStrategy.serve(options.module, strategy, {
        logger: new NestLoggerAdapter(runtime.logger),
      });
      runtime.onStop('consumers', () => events.close());
    }
    this.relay.start();
    for (const sweeper of this.sweepers) {
      sweeper.start();
      runtime.onStop('consumers', () => sweeper.stop());
    }
    runtime.onStop('relay', () => this.relay.stop());
    const url = await runtime.listen(app, config.HOST, config.PORT);
    return { name: runtime.name, url, stop: () => runtime.stop() };
  }
}

/**
 * The outbox relay's own small pool: its statements skip the ORM (ADR 0016). The embedded mode's one shared
 * connection serves it too (one Postgres session for everything there).
 */
function relayPool(runtime: ServiceRuntime, config: ServiceHostConfig, shared: SharedInfrastructure): Pool {
  if (shared.pool) return shared.pool;
  const pool = new Pool({
    connectionString: config.DATABASE_URL,
    max: 2,
    application_name: `${runtime.name}-relay`,
    idleTimeoutMillis: 60_000,
  });
  // an idle connection the server dropped must not end the process; the next query reconnects
  pool.on('error', (error) => runtime.logger.warn({ err: error }, 'outbox relay connection lost'));
  runtime.onStop('connections', () => pool.end());
  return pool;
}

/** `main.js migrate`: the service's migrations, then the messaging library's, in the service's schema. */
export async function migrateService(
  name: string,
  config: DatabaseSettings & { LOG_LEVEL: LogLevel },
  migrationsDir: string,
): Promise<void> {
  await migrateWith(new ServiceRuntime(name, config.LOG_LEVEL), config, migrationsDir);
}

async function migrateWith(
  runtime: ServiceRuntime,
  config: DatabaseSettings,
  migrationsDir: string,
): Promise<void> {
  await runtime.migrate(config, migrationsDir);
  const applied = await migrateMessagingTables({
    databaseUrl: config.DATABASE_URL,
    schema: config.DATABASE_SCHEMA,
  });
  runtime.logger.info({ applied, schema: config.DATABASE_SCHEMA }, 'messaging tables migrated');
}
