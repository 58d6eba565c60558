import { TransactionalSqlClient } from '@getit/database';
import { EventTransport } from '../transport/event-transport';
import { MessagingMetrics } from '../messaging.metrics';
import { MessagingTables } from '../messaging-tables';

/** What the relay needs of a `pg` Pool (a `pg.Pool` is one). */
export interface RelaySqlPool {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  connect(): Promise<RelaySqlConnection>;
}
export interface RelaySqlConnection {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  release(destroy?: boolean | Error): void;
}

export interface OutboxRelayOptions {
  db: TransactionalSqlClient;
  /**
   * A `pg` pool on the same database for the relay's own statements (the service host passes one). Its few
   * statements then skip the ORM, which costs about three times the CPU of the driver per statement (ADR 0016);
   * without it they run on `db`.
   */
  pool?: RelaySqlPool;
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

type Claimed = { rows: OutboxRow[] };

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
  /** BEGIN and the claim in one simple-protocol round trip (the pool path): its two numbers are inlined. */
  private readonly beginAndClaim: string;

  constructor(private readonly options: OutboxRelayOptions) {
    this.outbox = (options.tables ?? new MessagingTables()).outbox;
    // MATERIALIZED: the lock is tried once, before any row is read; without it nothing is marked
    const claim = (lockKey: string, limit: string) =>
      `WITH relay_lock AS MATERIALIZED (SELECT pg_try_advisory_xact_lock(${lockKey}) AS locked),
      batch AS (
        SELECT o.seq FROM ${this.outbox} o, relay_lock
         WHERE relay_lock.locked AND o.published_at IS NULL ORDER BY o.seq LIMIT ${limit}
      )
      UPDATE ${this.outbox} o SET published_at = now() FROM batch WHERE o.seq = batch.seq
      RETURNING o.seq::text AS seq, o.topic, o.key, o.envelope::text AS envelope, o.headers`;
    this.claimSql = claim('$1', '$2');
    const batchSize = Math.trunc(options.batchSize ?? 200);
    if (!(batchSize > 0))
      throw new Error(`outbox relay batchSize must be a positive integer, not ${batchSize}`);
    this.beginAndClaim = `BEGIN;${claim(String(RELAY_LOCK_KEY), String(batchSize))}`;
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
    const { db, pool } = this.options;
    if (pool) return this.publishBatchOn(pool);
    return db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<OutboxRow[]>(
          this.claimSql,
          RELAY_LOCK_KEY,
          this.options.batchSize ?? 200,
        );
        await this.publish(rows);
        return rows.length;
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
  }

  /** The same batch on a connection of the relay's pool in two round trips: BEGIN + claim, publish, COMMIT. */
  private async publishBatchOn(pool: RelaySqlPool): Promise<number> {
    const connection = await pool.connect();
    let failed = false;
    try {
      const answer = (await connection.query(this.beginAndClaim)) as unknown as Claimed | Claimed[];
      const { rows } = Array.isArray(answer) ? answer[answer.length - 1]! : answer;
      await this.publish(rows, () => connection.query('COMMIT'));
      return rows.length;
    } catch (error) {
      failed = true;
      await connection.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // a connection whose transaction failed is not reused: its state is unknown
      connection.release(failed);
    }
  }

  /** Hands the claimed rows to the transport in `seq` order; `commit` then makes their marks stick. */
  private async publish(rows: OutboxRow[], commit?: () => Promise<unknown>): Promise<void> {
    const { transport, metrics } = this.options;
    if (rows.length > 0) {
      rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
      await transport.publish(
        rows.map((row) => ({ topic: row.topic, key: row.key, value: row.envelope, headers: row.headers })),
      );
    }
    await commit?.();
    for (const row of rows) metrics?.outboxPublished(row.topic);
  }

  /** One statement outside any transaction, on the pool when there is one. */
  private async query<R>(sql: string, ...values: unknown[]): Promise<R[]> {
    const { pool, db } = this.options;
    if (pool) return (await pool.query<R>(sql, values)).rows;
    return db.$queryRawUnsafe<R[]>(sql, ...values);
  }

  private async anythingPending(): Promise<boolean> {
    const rows = await this.query<unknown>(`SELECT 1 FROM ${this.outbox} WHERE published_at IS NULL LIMIT 1`);
    return rows.length > 0;
  }

  private async pendingCount(): Promise<number> {
    const [row] = await this.query<{ pending: number }>(
      `SELECT count(*)::int AS pending FROM ${this.outbox} WHERE published_at IS NULL`,
    );
    return row?.pending ?? 0;
  }

  private async purgeOccasionally(): Promise<void> {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    const retainMs = this.options.retainPublishedMs ?? 7 * 24 * 3600_000;
    await this.query(
      `DELETE FROM ${this.outbox} WHERE published_at < now() - ($1::bigint * interval '1 millisecond')`,
      retainMs,
    );
  }
}
