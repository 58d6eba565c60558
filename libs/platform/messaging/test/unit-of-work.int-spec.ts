import { randomUUID } from 'node:crypto';
import { Client, Pool, PoolClient } from 'pg';
import { attachTransactionPlans, runWithTransactionPlan, TransactionPlan } from '@getit/database';
import { createEnvelope } from '@getit/contracts';
import { UnitOfWork, WorkScope } from '../src';
import { messagingTestDatabase, MessagingTestDatabase, Tx } from './messaging-test.database';

/** The one unit of work on a real Postgres: what commits, what rolls back, and what runs after commit. */
describe('UnitOfWork', () => {
  let database: MessagingTestDatabase;
  let unitOfWork: UnitOfWork<Tx>;
  let committed: number;

  beforeAll(async () => {
    database = await messagingTestDatabase('messaging_uow');
  });
  afterAll(() => database.close());
  beforeEach(() => {
    committed = 0;
    unitOfWork = new UnitOfWork<Tx>({ db: database.prisma });
    unitOfWork.onEventsCommitted(() => (committed += 1));
  });

  const removal = (productId: string) =>
    createEnvelope(
      'catalog.product-removed.v1',
      { productId, vendorId: randomUUID(), reason: 'vendor_suspended', version: 1 },
      { producer: 'test', correlationId: 'corr-uow', key: productId },
    );
  const applyRow = (work: WorkScope<Tx>, productId: string) =>
    work.tx.appliedEvent.create({ data: { eventId: randomUUID(), productId, version: 1 } });
  const rows = (productId: string) => database.prisma.appliedEvent.count({ where: { productId } });
  const outboxRows = (productId: string) =>
    database.prisma.outboxEvent.findMany({ where: { key: productId } });

  it('writes state and recorded events in one transaction, with the actor, then wakes the relay and runs hooks', async () => {
    const productId = randomUUID();
    const hooks: string[] = [];
    await unitOfWork.run(
      { correlationId: 'c1', actor: { id: 'vendor-1', roles: ['vendor'] } },
      async (work) => {
        await applyRow(work, productId);
        work.record(removal(productId));
        work.afterCommit(() => hooks.push(`after commit: ${committed} wake-up(s) so far`));
      },
    );
    expect(await rows(productId)).toBe(1);
    const [row] = await outboxRows(productId);
    expect(row?.headers).toMatchObject({
      'actor-id': 'vendor-1',
      'actor-roles': 'vendor',
      'correlation-id': 'corr-uow',
    });
    expect(hooks).toEqual(['after commit: 1 wake-up(s) so far']);
  });

  it('keeps nothing of work that failed: no state, no events, no hooks', async () => {
    const productId = randomUUID();
    const hooks: string[] = [];
    await expect(
      unitOfWork.run({ correlationId: 'c2' }, async (work) => {
        await applyRow(work, productId);
        work.record(removal(productId));
        work.afterCommit(() => hooks.push('ran'));
        throw new Error('stock would go negative');
      }),
    ).rejects.toThrow('stock would go negative');
    expect([await rows(productId), (await outboxRows(productId)).length, hooks.length, committed]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('nests a unit of work run inside another in its transaction; a failure there fails the whole, even if caught', async () => {
    const outerId = randomUUID();
    const innerId = randomUUID();
    await expect(
      unitOfWork.run({ correlationId: 'c3' }, async (outer) => {
        await applyRow(outer, outerId);
        await unitOfWork
          .run(outer.context, async (inner) => {
            expect(inner.tx).toBe(outer.tx);
            await applyRow(inner, innerId);
            throw new Error('refused');
          })
          .catch(() => undefined);
      }),
    ).rejects.toThrow("run it with { nested: 'savepoint' } to carry on after its failure");
    expect([await rows(outerId), await rows(innerId), committed]).toEqual([0, 0, 0]);
  });

  it('nests behind a savepoint when asked: a failure undoes only the inner work and its events', async () => {
    const outerId = randomUUID();
    const innerId = randomUUID();
    const hooks: string[] = [];
    await unitOfWork.run({ correlationId: 'c3' }, async (outer) => {
      await applyRow(outer, outerId);
      outer.record(removal(outerId));
      await expect(
        unitOfWork.run(
          { correlationId: 'ignored inside' },
          async (inner) => {
            await applyRow(inner, innerId);
            inner.record(removal(innerId));
            inner.afterCommit(() => hooks.push('inner'));
            throw new Error('refused');
          },
          { nested: 'savepoint' },
        ),
      ).rejects.toThrow('refused');
      // the transaction is still usable after the inner failure
      await unitOfWork.run(
        { correlationId: 'ignored inside' },
        async (inner) => inner.afterCommit(() => hooks.push('second inner')),
        { nested: 'savepoint' },
      );
    });
    expect([await rows(outerId), await rows(innerId)]).toEqual([1, 0]);
    expect([(await outboxRows(outerId)).length, (await outboxRows(innerId)).length]).toEqual([1, 0]);
    expect(hooks).toEqual(['second inner']);
  });

  it('refuses savepoints nested at the same time on the one connection', async () => {
    await expect(
      unitOfWork.run({ correlationId: 'c4' }, (work) =>
        Promise.all([
          unitOfWork.run(work.context, (inner) => applyRow(inner, randomUUID()), { nested: 'savepoint' }),
          unitOfWork.run(work.context, (inner) => applyRow(inner, randomUUID()), { nested: 'savepoint' }),
        ]),
      ),
    ).rejects.toThrow('run them one after another');
  });

  it('finds the scope of a transaction it opened, for code handed only the transaction', async () => {
    const productId = randomUUID();
    await unitOfWork.run({ correlationId: 'c5' }, async ({ tx }) => {
      unitOfWork.scopeOf(tx).record(removal(productId));
    });
    expect(await outboxRows(productId)).toHaveLength(1);
  });

  it('names the scope the calling code runs in, and none outside a unit of work', async () => {
    expect(unitOfWork.activeScope).toBeUndefined();
    await unitOfWork.run({ correlationId: 'c6' }, async (work) => {
      expect(unitOfWork.activeScope?.tx).toBe(work.tx);
      await unitOfWork.run(work.context, async (inner) => expect(unitOfWork.activeScope).toBe(inner), {
        nested: 'savepoint',
      });
    });
    expect(unitOfWork.activeScope).toBeUndefined();
  });

  describe('round trips: our first statement goes with the BEGIN, the outbox insert with the COMMIT', () => {
    /** The SQL text of every query the services' pg clients sent while `work` ran. */
    async function sent(work: () => Promise<unknown>): Promise<string[]> {
      const spy = jest.spyOn(Client.prototype, 'query');
      try {
        await work();
        return spy.mock.calls.map(([config]) =>
          (typeof config === 'string' ? config : (config as { text: string }).text).replace(/\s+/g, ' '),
        );
      } finally {
        spy.mockRestore();
      }
    }
    const claim = (work: WorkScope<Tx>, id: string) =>
      unitOfWork.first(
        work,
        (literal) => `INSERT INTO inbox (consumer_group, event_id) VALUES ('uow-test', ${literal(id)}::uuid)`,
        () =>
          work.tx.$executeRawUnsafe(
            `INSERT INTO inbox (consumer_group, event_id) VALUES ('uow-test', $1::uuid)`,
            id,
          ),
      );

    it("sends an event handler's transaction as BEGIN + claim, its own statements, outbox + COMMIT", async () => {
      const productId = randomUUID();
      const eventId = randomUUID();
      const texts = await sent(() =>
        unitOfWork.run({ correlationId: 'rt1' }, async (work) => {
          expect(await claim(work, eventId)).toBe(1);
          await applyRow(work, productId);
          work.record(removal(productId));
        }),
      );
      expect(texts).toHaveLength(3);
      expect(texts[0]).toMatch(/^BEGIN;INSERT INTO inbox/);
      expect(texts[1]).toMatch(/^INSERT INTO "public"\."applied_events" /);
      expect(texts[2]).toMatch(/^INSERT INTO "public"\.outbox .*;COMMIT$/);
      expect(await rows(productId)).toBe(1);
      const [row] = await outboxRows(productId);
      expect(row?.envelope).toMatchObject({ type: 'catalog.product-removed.v1', key: productId });
      expect(committed).toBe(1);
    });

    it("sends nothing for a transaction that ran no statement, and BEGIN alone before a first statement of Prisma's", async () => {
      expect(await sent(() => unitOfWork.run({ correlationId: 'rt2' }, async () => 'nothing'))).toEqual([]);
      const productId = randomUUID();
      const texts = await sent(() =>
        unitOfWork.run({ correlationId: 'rt3' }, async (work) => {
          await applyRow(work, productId);
        }),
      );
      expect([texts[0], texts.length, texts[2]]).toEqual(['BEGIN', 3, 'COMMIT']);
    });

    it('quotes what it inlines: an envelope full of quotes and backslashes arrives as written', async () => {
      const productId = randomUUID();
      const tricky = `'; DROP TABLE outbox; -- \\ \\' ' "\u0000x" ম`.replace('\u0000', '');
      await unitOfWork.run(
        { correlationId: tricky, actor: { id: tricky, roles: ['vendor'] } },
        async (work) => {
          work.record(
            createEnvelope(
              'catalog.product-removed.v1',
              { productId, vendorId: randomUUID(), reason: 'vendor_suspended', version: 1 },
              { producer: 'test', correlationId: tricky, key: productId },
            ),
          );
        },
      );
      const [row] = await outboxRows(productId);
      expect(row?.envelope).toMatchObject({ correlationId: tricky });
      expect(row?.headers).toMatchObject({ 'actor-id': tricky, 'correlation-id': tricky });
    });

    it('fails the commit, keeps nothing and leaves the connection usable when the statement sent with COMMIT fails', async () => {
      const productId = randomUUID();
      const event = removal(productId);
      await unitOfWork.run({ correlationId: 'rt4' }, async (work) => work.record(event));
      await expect(
        unitOfWork.run({ correlationId: 'rt5' }, async (work) => {
          await applyRow(work, productId);
          work.record(event); // the same event id again: the outbox's primary key refuses it
        }),
      ).rejects.toThrow();
      expect([await rows(productId), (await outboxRows(productId)).length, committed]).toEqual([0, 1, 1]);
      // every pooled connection still works (none was returned inside an aborted transaction)
      for (let i = 0; i < 6; i += 1)
        await unitOfWork.run({ correlationId: `rt6-${i}` }, (work) => applyRow(work, productId));
      expect(await rows(productId)).toBe(6);
    });

    it("prepares Prisma's statements once per connection, under a name derived from their text", async () => {
      const prepared = await unitOfWork.run({ correlationId: 'rt9' }, async (work) => {
        await applyRow(work, randomUUID());
        await applyRow(work, randomUUID());
        return work.tx.$queryRawUnsafe<{ name: string; statement: string }[]>(
          `SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE 'INSERT INTO %applied_events%'`,
        );
      });
      expect(prepared).toHaveLength(1);
      expect(prepared[0]!.name).toMatch(/^getit_[\w-]{27}$/);
    });

    it('opens the held-back transaction before a query in callback form too', async () => {
      const pool = new Pool({ connectionString: database.db.url, max: 1 });
      attachTransactionPlans(pool);
      try {
        const inTransaction = await runWithTransactionPlan(new TransactionPlan(), async () => {
          const client: PoolClient = await pool.connect();
          try {
            await client.query({ text: 'BEGIN', values: [] }); // held back, as Prisma's
            // inside a transaction now() is the BEGIN's time, before the statement's own
            const row = await new Promise<{ inside: boolean }>((resolve, reject) =>
              client.query('SELECT now() < statement_timestamp() AS inside', (error, result) =>
                error ? reject(error) : resolve(result.rows[0]),
              ),
            );
            await client.query({ text: 'COMMIT', values: [] });
            return row.inside;
          } finally {
            client.release();
          }
        });
        expect(inTransaction).toBe(true);
      } finally {
        await pool.end();
      }
    });

    it('answers a redelivered claim with 0 rows, in the same single round trip', async () => {
      const eventId = randomUUID();
      await unitOfWork.run({ correlationId: 'rt7' }, (work) => claim(work, eventId));
      const again = await unitOfWork.run({ correlationId: 'rt8' }, async (work) => {
        const inserted = await unitOfWork.first(
          work,
          (literal) =>
            `INSERT INTO inbox (consumer_group, event_id) VALUES ('uow-test', ${literal(eventId)}::uuid) ON CONFLICT DO NOTHING`,
          () => Promise.reject(new Error('not attached')),
        );
        return inserted;
      });
      expect(again).toBe(0);
    });
  });
});
