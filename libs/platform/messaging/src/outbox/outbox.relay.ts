import { TransactionalSqlClient } from '@getit/database';
import { EventTransport } from '../transport/event-transport';
import { MessagingMetrics } from '../messaging.metrics';
import { MessagingTables } from '../messaging-tables';

export interface OutboxRelayOptions {
  db: TransactionalSqlClient;
  transport: EventTransport;
  tables?: MessagingTables;
  metrics?: MessagingMetrics;
  log?: (level: 'warn' | 'error', message: string, extra?: Record<string, unknown>) => void;
  pollIntervalMs?: number;
  batchSize?: number;
  /** Published rows are kept this long for inspection, then deleted. */
  retainPublishedMs?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  key: string;
  envelope: string;
  headers: Record<string, string>;
}

/** Any fixed number works; it only has to be the same for every replica of one service (one database). */
const RELAY_LOCK_KEY = 7_301_001;

/**
 * Publishes outbox rows in insertion order. One replica at a time holds a transaction-scoped advisory lock, so
 * replicas never interleave and events keep their per-key order. A row is marked published only after the
 * transport acknowledged it; a crash in between republishes it, which consumers' inboxes absorb.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private stopped = true;
  private failures = 0;
  private lastPurge = 0;

  private readonly outbox: string;

  constructor(private readonly options: OutboxRelayOptions) {
    this.outbox = (options.tables ?? new MessagingTables()).outbox;
  }

  start(): void {
    this.stopped = false;
    this.options.metrics?.trackOutbox(() => this.pendingCount());
    this.nudge();
  }

  /** Publish now instead of at the next poll (called after a transaction that wrote events commits). */
  nudge(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.nudge();
        return;
      }
      const backoff = Math.min(30_000, (this.options.pollIntervalMs ?? 500) * 2 ** this.failures);
      this.timer = setTimeout(() => this.nudge(), backoff);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.draining;
  }

  /** Publishes until the outbox is empty; a failure is logged and retried with backoff by the poll loop. */
  async drain(): Promise<void> {
    try {
      let published: number;
      do published = await this.publishBatch();
      while (published === (this.options.batchSize ?? 200) && !this.stopped);
      this.failures = 0;
      await this.purgeOccasionally();
    } catch (error) {
      this.failures = Math.min(this.failures + 1, 6);
      this.options.log?.('warn', 'outbox relay could not publish; will retry', { err: error });
    }
  }

  private async publishBatch(): Promise<number> {
    const { db, transport, metrics } = this.options;
    return db.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
          'SELECT pg_try_advisory_xact_lock($1) AS locked',
          RELAY_LOCK_KEY,
        );
        if (!lock?.locked) return 0;
        const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
          `SELECT id::text AS id, topic, key, envelope::text AS envelope, headers
             FROM ${this.outbox} WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
          this.options.batchSize ?? 200,
        );
        if (rows.length === 0) return 0;
        await transport.publish(
          rows.map((row) => ({ topic: row.topic, key: row.key, value: row.envelope, headers: row.headers })),
        );
        await tx.$executeRawUnsafe(
          `UPDATE ${this.outbox} SET published_at = now() WHERE id = ANY($1::uuid[])`,
          rows.map((row) => row.id),
        );
        for (const row of rows) metrics?.outboxPublished(row.topic);
        return rows.length;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }

  private async pendingCount(): Promise<number> {
    const [row] = await this.options.db.$queryRawUnsafe<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM ${this.outbox} WHERE published_at IS NULL`,
    );
    return row?.pending ?? 0;
  }

  private async purgeOccasionally(): Promise<void> {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    const retainMs = this.options.retainPublishedMs ?? 7 * 24 * 3600_000;
    await this.options.db.$executeRawUnsafe(
      `DELETE FROM ${this.outbox} WHERE published_at < now() - ($1::bigint * interval '1 millisecond')`,
      retainMs,
    );
  }
}
