import { EventEnvelope } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { MessagingTables, writeToOutbox } from '@getit/messaging';

interface TransactionRunner<TTx> {
  $transaction<R>(fn: (tx: TTx) => Promise<R>, options?: { timeout?: number; maxWait?: number }): Promise<R>;
}

/** What work inside a transaction may ask for: events to publish, and things to do once it committed. */
export interface WorkScope {
  record(envelope: EventEnvelope): void;
  afterCommit(hook: () => void): void;
}

class Scope implements WorkScope {
  readonly events: EventEnvelope[] = [];
  readonly hooks: (() => void)[] = [];
  record(envelope: EventEnvelope): void {
    this.events.push(envelope);
  }
  afterCommit(hook: () => void): void {
    this.hooks.push(hook);
  }
}

const DEFAULT_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

/**
 * Every transaction of the service, the API's and the consumers' alike: events recorded during the work go into
 * the outbox in the same transaction (one multi-row insert), and after commit the relay is woken and the
 * after-commit hooks (metrics) run. A consumer's handler finds its scope from the transaction it was handed, so
 * events written while applying an event are published as promptly as the API's.
 */
export class OrderUnitOfWork<TTx extends SqlClient> {
  private readonly scopes = new WeakMap<object, Scope>();

  constructor(
    private readonly db: TransactionRunner<TTx>,
    private readonly tables: MessagingTables,
    private readonly onEventsCommitted: () => void = () => undefined,
  ) {}

  async run<R>(
    work: (tx: TTx, scope: WorkScope) => Promise<R>,
    options: { timeout?: number; maxWait?: number } = DEFAULT_OPTIONS,
  ): Promise<R> {
    const scope = new Scope();
    const result = await this.db.$transaction(async (tx) => {
      this.scopes.set(tx as object, scope);
      const value = await work(tx, scope);
      await writeToOutbox(tx, scope.events, this.tables);
      return value;
    }, options);
    if (scope.events.length > 0) this.onEventsCommitted();
    for (const hook of scope.hooks) hook();
    return result;
  }

  /** The scope of a transaction this unit of work opened (a consumer's, through `transactionRunner`). */
  scopeOf(tx: TTx): WorkScope {
    const scope = this.scopes.get(tx as object);
    if (!scope) throw new Error('This transaction was not opened by the order unit of work');
    return scope;
  }

  /** What EventConsumer runs its inbox transactions on. */
  get transactionRunner(): TransactionRunner<TTx> {
    return { $transaction: (fn, options) => this.run((tx) => fn(tx), { ...DEFAULT_OPTIONS, ...options }) };
  }
}
