import { AsyncLocalStorage } from 'node:async_hooks';
import { runWithTransactionPlan, SqlClient, TransactionPlan } from '@getit/database';
import { MessagingTables } from '../messaging-tables';
import { insertOutboxRows, outboxInsertText } from '../outbox/outbox.writer';
import { Scope, TransactionOptions, TransactionRunner, WorkContext, WorkScope } from './work-scope';

export interface UnitOfWorkOptions<TTx> {
  db: TransactionRunner<TTx>;
  tables?: MessagingTables;
  /** Default limits of every transaction; `run` may override them. */
  transaction?: TransactionOptions;
  /** Reports an after-commit hook that threw (the transaction stays committed). */
  log?: (level: 'error', message: string, extra?: Record<string, unknown>) => void;
}

export interface RunOptions extends TransactionOptions {
  /**
   * What `run` does when called inside another unit of work of this service (an event handler calling an
   * application method, say). `join` (the default) joins its transaction at no cost; should the work fail, the
   * whole transaction fails, even if the caller catches the error, since its writes cannot be undone alone.
   * `savepoint` joins behind a savepoint, so a failure undoes only this work and its events and the caller may
   * carry on (a refused reservation, say). `never` opens a transaction of its own.
   */
  nested?: 'join' | 'savepoint' | 'never';
}

const DEFAULT_TRANSACTION: TransactionOptions = { maxWait: 10_000, timeout: 15_000 };

/**
 * Every transaction of a service, its HTTP commands', its event handlers' and its sweepers' alike. Events recorded
 * during the work go to the outbox in the same transaction (one insert, at the end); after commit the relay is
 * woken and the after-commit hooks run. Called again inside its own work (an application method the handler
 * calls), it nests in the open transaction instead of waiting for a second connection, so no method needs an
 * "open transaction" parameter.
 */
export class UnitOfWork<TTx extends SqlClient> {
  readonly tables: MessagingTables;
  private readonly active = new AsyncLocalStorage<Scope<TTx>>();
  private readonly byTransaction = new WeakMap<object, Scope<TTx>>();
  private readonly committedListeners: (() => void)[] = [];

  constructor(private readonly options: UnitOfWorkOptions<TTx>) {
    this.tables = options.tables ?? new MessagingTables();
  }

  /** Called after every commit that wrote events: the relay's `nudge`, so they are published at once. */
  onEventsCommitted(listener: () => void): void {
    this.committedListeners.push(listener);
  }

  async run<R>(
    context: WorkContext,
    work: (scope: WorkScope<TTx>) => Promise<R>,
    options: RunOptions = {},
  ): Promise<R> {
    const nested = options.nested ?? 'join';
    const outer = nested === 'never' ? undefined : this.current();
    if (outer && nested !== 'never') return this.nest(outer, work, nested);
    let scope: Scope<TTx> | undefined;
    let result: R;
    // the plan sends the work's first statement of ours with the BEGIN and the outbox insert with the COMMIT
    const plan = new TransactionPlan();
    try {
      result = await runWithTransactionPlan(plan, () =>
        this.options.db.$transaction(
          async (tx) => {
            const opened = new Scope(tx, context, 0, plan);
            scope = opened;
            this.byTransaction.set(tx as object, opened);
            const value = await this.active.run(opened, () => work(opened));
            opened.assertNoFailedJoin();
            await this.writeEvents(opened, plan);
            return value;
          },
          { ...DEFAULT_TRANSACTION, ...this.options.transaction, ...limits(options) },
        ),
      );
    } finally {
      if (scope) scope.closed = true;
    }
    const committed = scope!;
    if (committed.events.length > 0) this.notify(this.committedListeners);
    this.notify(committed.hooks);
    return result;
  }

  /**
   * Runs `statement` as the transaction's first (the inbox claim): with the BEGIN in one round trip when the scope's
   * transaction plan holds the connection, else through the transaction. `statement` gets a quoting function for
   * the values it inlines. Resolves to the affected row count.
   */
  async first(
    scope: WorkScope<TTx>,
    statement: (literal: (value: string) => string) => string,
    fallback: () => Promise<number>,
  ): Promise<number> {
    const plan = scope instanceof Scope ? scope.plan : undefined;
    if (!plan?.attached) return fallback();
    return plan.first(statement((value) => plan.literal(value)));
  }

  private async writeEvents(scope: Scope<TTx>, plan: TransactionPlan): Promise<void> {
    if (scope.events.length === 0) return;
    const headers = actorHeaders(scope.context);
    if (!plan.attached) return insertOutboxRows(scope.tx, scope.events, this.tables, headers);
    plan.last(outboxInsertText(scope.events, (value) => plan.literal(value), this.tables, headers));
  }

  /** The scope of a transaction this unit of work opened, for code handed only the transaction. */
  scopeOf(tx: TTx): WorkScope<TTx> {
    const current = this.current();
    if (current && current.tx === tx) return current;
    const scope = this.byTransaction.get(tx as object);
    if (!scope || scope.closed) throw new Error('This transaction was not opened by this unit of work');
    return scope;
  }

  /**
   * The scope of the unit of work the calling code runs in, if any (found as nesting finds it). For a read that
   * must not open a transaction of its own but, inside one, must use its connection (the embedded mode's pool has
   * one): `this.unitOfWork.activeScope?.tx ?? pool`.
   */
  get activeScope(): WorkScope<TTx> | undefined {
    return this.current();
  }

  /** A transaction runner over this unit of work, for code that expects Prisma's `$transaction`. */
  get transactionRunner(): TransactionRunner<TTx> {
    return {
      $transaction: (fn, options) =>
        this.run({ correlationId: 'transaction-runner' }, (scope) => fn(scope.tx), options),
    };
  }

  private current(): Scope<TTx> | undefined {
    const scope = this.active.getStore();
    return scope && !scope.closed ? scope : undefined;
  }

  private async nest<R>(
    outer: Scope<TTx>,
    work: (scope: WorkScope<TTx>) => Promise<R>,
    mode: 'savepoint' | 'join',
  ): Promise<R> {
    if (mode === 'join') {
      try {
        return await work(outer);
      } catch (error) {
        outer.failedJoin ??= error;
        throw error;
      }
    }
    if (outer.nestedOpen)
      throw new Error('Nested units of work share one connection: run them one after another, not at once');
    const inner = outer.child();
    outer.nestedOpen = true;
    await outer.tx.$executeRawUnsafe(`SAVEPOINT ${inner.savepoint}`);
    try {
      const value = await this.active.run(inner, () => work(inner));
      inner.assertNoFailedJoin();
      await outer.tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${inner.savepoint}`);
      outer.absorb(inner);
      return value;
    } catch (error) {
      await outer.tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${inner.savepoint}`).catch(() => undefined);
      throw error;
    } finally {
      inner.closed = true;
      outer.nestedOpen = false;
    }
  }

  private notify(hooks: (() => void)[]): void {
    for (const hook of hooks) {
      try {
        hook();
      } catch (error) {
        this.options.log?.('error', 'after-commit hook failed (the transaction is committed)', {
          err: error,
        });
      }
    }
  }
}

function limits(options: RunOptions): TransactionOptions {
  const picked: TransactionOptions = {};
  if (options.timeout !== undefined) picked.timeout = options.timeout;
  if (options.maxWait !== undefined) picked.maxWait = options.maxWait;
  return picked;
}

/** The message headers that carry the unit of work's actor to the consumers of its events. */
export function actorHeaders(context: WorkContext): Record<string, string> {
  if (!context.actor) return {};
  return { 'actor-id': context.actor.id, 'actor-roles': context.actor.roles.join(',') };
}

/** The context of work done for a consumed event: its correlation id, and the actor of the work that caused it. */
export function workContextFromMessage(correlationId: string, headers: Record<string, string>): WorkContext {
  const actorId = headers['actor-id'];
  return actorId
    ? {
        correlationId,
        actor: { id: actorId, roles: (headers['actor-roles'] ?? '').split(',').filter(Boolean) },
      }
    : { correlationId };
}
