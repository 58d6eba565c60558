import { randomUUID } from 'node:crypto';
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
});
