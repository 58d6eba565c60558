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
  seq: string;
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

  /** The next drain was started by the poll timer, not by a nudge. */
  private polling = false;

  private readonly outbox: string;
  private readonly claimSql: string;

  constructor(private readonly options: OutboxRelayOptions) {
    this.outbox = (options.tables ?? new MessagingTables()).outbox;
    // MATERIALIZED: the lock is tried once, before any row is read; without it nothing is marked
    this.claimSql = `WITH relay_lock AS MATERIALIZED (SELECT pg_try_advisory_xact_lock($1) AS locked),
      batch AS (
        SELECT o.seq FROM ${this.outbox} o, relay_lock
         WHERE relay_lock.locked AND o.published_at IS NULL ORDER BY o.seq LIMIT $2
      )
      UPDATE ${this.outbox} o SET published_at = now() FROM batch WHERE o.seq = batch.seq
      RETURNING o.seq::text AS seq, o.topic, o.key, o.envelope::text AS envelope, o.headers`;
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
      this.timer = setTimeout(() => {
        this.polling = true;
        this.nudge();
      }, backoff);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.draining;
  }

  /**
   * Publishes until the outbox is empty; a failure is logged and retried with backoff by the poll loop. A poll (no
   * nudge) first asks, in one statement outside any transaction, whether anything is unpublished at all.
   */
  async drain(): Promise<void> {
    const polled = this.polling;
    this.polling = false;
    try {
      if (!polled || (await this.anythingPending())) {
        let published: number;
        do published = await this.publishBatch();
        while (published === (this.options.batchSize ?? 200) && !this.stopped);
      }
      this.failures = 0;
      await this.purgeOccasionally();
    } catch (error) {
      this.failures = Math.min(this.failures + 1, 6);
      this.options.log?.('warn', 'outbox relay could not publish; will retry', { err: error });
    }
  }

  /**
   * One batch in three statements: BEGIN; one statement that takes the advisory lock, marks the oldest unpublished
   * rows published and returns them; COMMIT after the transport acknowledged them. A failed publish rolls the mark
   * back, so marking first is safe; a crash between the publish and the commit republishes, as before.
   */
  private async publishBatch(): Promise<number> {
    const { db, transport, metrics } = this.options;
    return db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
          this.claimSql,
          RELAY_LOCK_KEY,
          this.options.batchSize ?? 200,
        );
        if (rows.length === 0) return 0;
        rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
        await transport.publish(
          rows.map((row) => ({ topic: row.topic, key: row.key, value: row.envelope, headers: row.headers })),
        );
        for (const row of rows) metrics?.outboxPublished(row.topic);
        return rows.length;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }

  private async anythingPending(): Promise<boolean> {
    const rows = await this.options.db.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM ${this.outbox} WHERE published_at IS NULL LIMIT 1`,
    );
    return rows.length > 0;
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
