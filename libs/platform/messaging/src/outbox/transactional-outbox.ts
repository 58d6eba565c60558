import { EventEnvelope } from '@getit/contracts';
import { SqlClient } from '@getit/database';
import { MessagingTables } from '../messaging-tables';
import { TransactionRunner } from '../unit-of-work/work-scope';
import { insertOutboxRows } from './outbox.writer';

/** @deprecated `WorkScope.record`. */
export type RecordEvent = (envelope: EventEnvelope) => void;

/**
 * Runs a unit of work in one database transaction together with the events it records, then wakes the relay
 * so they are published right after commit rather than at the next poll.
 *
 * @deprecated Use `UnitOfWork` (`run(ctx, ({ tx, record }) => …)`); this is `UnitOfWork.run` without the request
 * context, nesting or after-commit hooks. Kept until every service is migrated (ADR 0015).
 */
export class TransactionalOutbox<TTx extends SqlClient> {
  constructor(
    private readonly db: TransactionRunner<TTx>,
    private readonly onCommitted: () => void = () => undefined,
    private readonly tables = new MessagingTables(),
  ) {}

  async run<R>(work: (tx: TTx, record: RecordEvent) => Promise<R>): Promise<R> {
    const events: EventEnvelope[] = [];
    const result = await this.db.$transaction(
      async (tx) => {
        const value = await work(tx, (envelope) => events.push(envelope));
        await insertOutboxRows(tx, events, this.tables);
        return value;
      },
      { maxWait: 10_000, timeout: 15_000 },
    );
    if (events.length > 0) this.onCommitted();
    return result;
  }
}
