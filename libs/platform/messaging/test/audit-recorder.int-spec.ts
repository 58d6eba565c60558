import { randomUUID } from 'node:crypto';
import { DomainException, ErrorCode } from '@getit/errors';
import { AuditRecorder, UnitOfWork } from '../src';
import { messagingTestDatabase, MessagingTestDatabase, Tx } from './messaging-test.database';

/** Admin actions' audit entries written through the service's unit of work. */
describe('AuditRecorder on a unit of work', () => {
  let database: MessagingTestDatabase;
  let unitOfWork: UnitOfWork<Tx>;
  let audit: AuditRecorder;
  let wakeUps: number;

  beforeAll(async () => {
    database = await messagingTestDatabase('messaging_audit');
  });
  afterAll(() => database.close());
  beforeEach(() => {
    wakeUps = 0;
    unitOfWork = new UnitOfWork<Tx>({ db: database.prisma });
    unitOfWork.onEventsCommitted(() => (wakeUps += 1));
    audit = new AuditRecorder({ producer: 'test', unitOfWork });
  });

  const entries = async (targetId: string) =>
    (await database.prisma.outboxEvent.findMany({ where: { type: 'audit.recorded.v1', key: targetId } })).map(
      (row) => (row.envelope as { data: { outcome: string; details?: object } }).data,
    );

  it('records a success in the change’s transaction, published with it', async () => {
    const subjectId = randomUUID();
    const ctx = { correlationId: 'c-audit-1', actor: { id: 'admin-1', roles: ['admin'] } };
    await unitOfWork.run(ctx, async ({ tx }) => {
      await audit.record(tx, ctx, { action: 'test.rule-changed', targetType: 'rule', targetId: subjectId });
      expect(await entries(subjectId)).toEqual([]);
    });
    expect(await entries(subjectId)).toEqual([expect.objectContaining({ outcome: 'success' })]);
    expect(wakeUps).toBe(1);
  });

  it('records a refusal on its own after the change rolled back', async () => {
    const subjectId = randomUUID();
    const ctx = { correlationId: 'c-audit-2', actor: { id: 'vendor-1', roles: ['vendor'] } };
    const target = { action: 'test.rule-changed', targetType: 'rule', targetId: subjectId };
    await expect(
      audit.attempt(ctx, target, () =>
        unitOfWork.run(ctx, async ({ tx }) => {
          await audit.record(tx, ctx, target);
          throw new DomainException(ErrorCode.FORBIDDEN, 'Only admins change rules');
        }),
      ),
    ).rejects.toThrow('Only admins change rules');
    expect(await entries(subjectId)).toEqual([
      expect.objectContaining({ outcome: 'denied', details: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
    expect(wakeUps).toBe(1);
  });
});
