import { AsyncLocalStorage } from 'node:async_hooks';
import type { Pool, PoolClient, QueryResult } from 'pg';

/**
 * Fewer round trips per transaction, under Prisma.
 *
 * Every Prisma interactive transaction costs a round trip for BEGIN and one for COMMIT, and most of a service's
 * transactions open with one statement of ours (an event's inbox claim) and close with another (the outbox
 * insert). A round trip is the unit of cost here: a socket write and wake-up in the service, a backend wake-up in
 * Postgres. A plan lets the unit of work send its own first statement together with the BEGIN, and its last
 * together with the COMMIT, as one simple-protocol query each (`BEGIN; INSERT …`, `INSERT …; COMMIT`); a
 * transaction that sent nothing sends neither. Statements between stay Prisma's, on the same connection.
 *
 * How: the unit of work runs Prisma's `$transaction` inside `runWithTransactionPlan`. When Prisma's adapter takes
 * a connection for that transaction, `attachTransactionPlans` (installed on the pool) hands the connection to the
 * plan, which holds Prisma's BEGIN back until the first statement is known. Should Prisma take the connection
 * elsewhere (another async context), the plan stays detached and everything runs as before.
 *
 * Statements sent this way are SQL text with their values as literals (`escapeLiteral`), since the simple
 * protocol carries no parameters: build them only from validated values.
 */
export class TransactionPlan {
  private state: 'awaiting' | 'deferred' | 'open' | 'ended' = 'awaiting';
  private client?: PoolClient;
  private send?: RawQuery;
  private tail?: string;

  /** Prisma's transaction runs on a connection this plan controls. */
  get attached(): boolean {
    return this.client !== undefined && this.state !== 'ended';
  }

  /** Quotes a value for SQL text sent by `first` or `last`. */
  literal(value: string): string {
    if (!this.client) throw new Error('The transaction plan is not attached to a connection');
    return this.client.escapeLiteral(value);
  }

  /**
   * Runs `sql` as the transaction's first statement, with the BEGIN in the same round trip (or alone, should
   * something have opened the transaction already); resolves to its affected row count.
   */
  async first(sql: string): Promise<number> {
    this.requireAttached();
    if (this.state !== 'deferred') return lastOf(await this.text(sql)).rowCount ?? 0;
    this.state = 'open';
    return lastOf(await this.text(`BEGIN;${sql}`)).rowCount ?? 0;
  }

  /** Sends `sql` with the COMMIT, as the transaction's last statement; it fails the commit if it fails. */
  last(sql: string): void {
    this.requireAttached();
    this.tail = this.tail ? `${this.tail};${sql}` : sql;
  }

  /** @internal Called by the pool hook when Prisma takes a connection inside this plan's context. */
  attach(client: PoolClient): boolean {
    if (this.state !== 'awaiting') return false;
    this.state = 'deferred';
    this.client = client;
    this.send = client.query as unknown as RawQuery;
    const release = client.release;
    client.query = ((...args: unknown[]) => this.intercept(args)) as PoolClient['query'];
    client.release = (error?: Error | boolean) => {
      this.detach();
      return release.call(client, error);
    };
    return true;
  }

  private detach(): void {
    if (!this.client) return;
    // the pool re-assigns release on the next checkout; query was the prototype's
    delete (this.client as unknown as Record<string, unknown>).query;
    this.state = 'ended';
    this.client = undefined;
    this.send = undefined;
    this.tail = undefined;
  }

  /** Prisma's statements on the connection: BEGIN held back, COMMIT joined with the tail. */
  private intercept(args: unknown[]): unknown {
    const send = this.send!;
    const client = this.client!;
    if (this.state === 'ended') return send.apply(client, args);
    const promised = args.length <= 2 && typeof args[1] !== 'function' && !hasSubmit(args[0]);
    const text = promised ? textOf(args[0]) : undefined;
    if (text === 'BEGIN' && this.state === 'deferred') return Promise.resolve(empty('BEGIN'));
    if (text === 'COMMIT') return this.commit();
    if (text === 'ROLLBACK') {
      this.tail = undefined;
      if (this.state === 'deferred') return Promise.resolve(empty('ROLLBACK'));
      return send.apply(client, args);
    }
    if (this.state === 'deferred') {
      this.state = 'open';
      const begun = this.text('BEGIN');
      if (promised) return begun.then(() => send.apply(client, args));
      // a callback or submittable query (Prisma sends neither): the driver runs queries in the order given, so it
      // follows the BEGIN; should the BEGIN fail, the connection is broken and so does the query
      begun.catch(() => undefined);
    }
    return send.apply(client, args);
  }

  private async commit(): Promise<QueryResult> {
    const tail = this.tail;
    this.tail = undefined;
    if (this.state === 'deferred' && !tail) return empty('COMMIT');
    const sql = `${this.state === 'deferred' ? 'BEGIN;' : ''}${tail ? `${tail};` : ''}COMMIT`;
    this.state = 'open';
    try {
      return lastOf(await this.text(sql));
    } catch (error) {
      // a failed statement before the COMMIT leaves the transaction open and aborted: end it before release
      await this.text('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private requireAttached(): void {
    if (!this.send || this.state === 'ended') throw new Error('The transaction plan is not attached');
  }

  /** A simple-protocol query on the connection, past the interception. */
  private text(sql: string): Promise<QueryResult | QueryResult[]> {
    return this.send!.call(this.client!, sql) as Promise<QueryResult | QueryResult[]>;
  }
}

type RawQuery = (this: PoolClient, ...args: unknown[]) => unknown;

const plans = new AsyncLocalStorage<TransactionPlan>();

/** Runs `work` (which opens one Prisma transaction) with `plan` ready to take that transaction's connection. */
export function runWithTransactionPlan<R>(plan: TransactionPlan, work: () => Promise<R>): Promise<R> {
  return plans.run(plan, work);
}

const hooked = new WeakSet<Pool>();

/**
 * Lets transaction plans take the connections Prisma's adapter checks out of `pool` for a transaction (the
 * promise form of `connect`, which only `startTransaction` uses; `pool.query` uses the callback form).
 */
export function attachTransactionPlans(pool: Pool): void {
  if (hooked.has(pool)) return;
  hooked.add(pool);
  const connect = pool.connect.bind(pool) as (callback?: unknown) => Promise<PoolClient> | void;
  (pool as unknown as { connect: (callback?: unknown) => unknown }).connect = (callback?: unknown) => {
    if (callback !== undefined) return connect(callback);
    const plan = plans.getStore();
    const pending = connect() as Promise<PoolClient>;
    if (!plan) return pending;
    return pending.then((client) => {
      plan.attach(client);
      return client;
    });
  };
}

function textOf(config: unknown): string | undefined {
  if (typeof config === 'string') return config;
  if (config && typeof config === 'object' && 'text' in config) {
    const { text, values } = config as { text?: unknown; values?: unknown[] };
    if (values && values.length > 0) return undefined;
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

function hasSubmit(config: unknown): boolean {
  return (
    !!config && typeof config === 'object' && typeof (config as { submit?: unknown }).submit === 'function'
  );
}

function lastOf(result: QueryResult | QueryResult[]): QueryResult {
  return Array.isArray(result) ? result[result.length - 1]! : result;
}

function empty(command: string): QueryResult {
  return { command, rowCount: null, oid: 0, rows: [], fields: [] };
}
