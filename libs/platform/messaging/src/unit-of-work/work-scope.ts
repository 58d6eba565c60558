import { EventEnvelope } from '@getit/contracts';
import type { TransactionPlan } from '@getit/database';

/** Any transactional client: a generated Prisma client, or a wrapper that runs work in one of its transactions. */
export interface TransactionRunner<TTx> {
  $transaction<R>(fn: (tx: TTx) => Promise<R>, options?: TransactionOptions): Promise<R>;
}

export interface TransactionOptions {
  /** Longest the transaction may run, in ms. */
  timeout?: number;
  /** Longest to wait for a connection, in ms. */
  maxWait?: number;
}

/**
 * Whom a unit of work acts for. A service's RequestContext satisfies it; the actor travels with the events the work
 * records (message headers `actor-id`, `actor-roles`), so the consumers' context names who caused the change.
 */
export interface WorkContext {
  correlationId: string;
  actor?: { id: string; roles: string[] };
}

/** What work inside a transaction may use: the transaction, events to publish, things to do once it committed. */
export interface WorkScope<TTx> {
  readonly tx: TTx;
  readonly context: WorkContext;
  /** Publishes these events if, and only if, the transaction commits (one outbox insert at the end). */
  record(...envelopes: EventEnvelope[]): void;
  /** Runs after the transaction committed (never after a rollback): metrics, cache purges, notifications. */
  afterCommit(hook: () => void): void;
}

/** One transaction's scope, or a savepoint's inside it: a nested scope hands its events up when it is released. */
export class Scope<TTx> implements WorkScope<TTx> {
  readonly events: EventEnvelope[] = [];
  readonly hooks: (() => void)[] = [];
  closed = false;
  /** A nested unit of work runs in this scope right now (nested units must run one after another). */
  nestedOpen = false;
  /** Why a unit of work that joined this scope without a savepoint failed: this scope cannot commit. */
  failedJoin?: unknown;

  constructor(
    readonly tx: TTx,
    readonly context: WorkContext,
    /** 0 for a transaction, n for the n-th savepoint nested in it. */
    readonly depth = 0,
    /** Sends the transaction's first and last statements of ours with its BEGIN and COMMIT, when attached. */
    readonly plan?: TransactionPlan,
  ) {}

  readonly record = (...envelopes: EventEnvelope[]): void => {
    if (this.closed) throw new Error('record() after the unit of work ended: the event would be lost');
    this.events.push(...envelopes);
  };

  readonly afterCommit = (hook: () => void): void => {
    if (this.closed) throw new Error('afterCommit() after the unit of work ended');
    this.hooks.push(hook);
  };

  /** The scope of a savepoint inside this one. */
  child(): Scope<TTx> {
    return new Scope(this.tx, this.context, this.depth + 1, this.plan);
  }

  get savepoint(): string {
    return `unit_of_work_${this.depth}`;
  }

  /** A failed joined unit of work left writes that cannot be undone alone: commit nothing. */
  assertNoFailedJoin(): void {
    if (this.failedJoin === undefined) return;
    throw new Error(
      'A unit of work nested without a savepoint failed, so this transaction cannot commit; ' +
        "run it with { nested: 'savepoint' } to carry on after its failure",
      { cause: this.failedJoin },
    );
  }

  /** A released savepoint's events and hooks become this scope's. */
  absorb(child: Scope<TTx>): void {
    this.events.push(...child.events);
    this.hooks.push(...child.hooks);
  }
}
