import { randomUUID } from 'node:crypto';
import { auditRecorded, topicOf } from '@getit/contracts';
import { InProcessTransport } from '@getit/messaging';
import { waitFor } from '@getit/testing';
import { adminToken, createAdmin } from './admin.fixtures';
import { AuthHarness } from './auth.harness';

jest.setTimeout(60_000);

/**
 * Other services' admin actions reach auth's one audit log: `audit.recorded.v1` events, as catalog, payment and
 * shipping write them to their outboxes, arrive on the bus and show in `GET /admin/audit` with their filters.
 */
describe('the audit log takes in other services’ admin actions', () => {
  const transport = new InProcessTransport();
  const auth = new AuthHarness({}, transport);
  let token: string;
  const moderator = randomUUID();

  beforeAll(async () => {
    await transport.connect();
    await auth.start();
    token = await adminToken(auth, await createAdmin(auth, 'admin:super-admin', { totp: true }));
  });
  afterAll(async () => {
    await auth.stop();
    await transport.close();
  });

  async function publish(envelope: ReturnType<typeof auditRecorded>): Promise<void> {
    await transport.publish([
      {
        topic: topicOf('audit.recorded.v1'),
        key: envelope.key,
        value: JSON.stringify(envelope),
        headers: { 'event-id': envelope.id, 'event-type': envelope.type },
      },
    ]);
  }

  it('lists a moderation decision, a refund and a payout run, each with who, what, target, when, address and outcome', async () => {
    const productId = randomUUID();
    const refundId = randomUUID();
    const runId = randomUUID();
    const moderation = auditRecorded(
      'catalog',
      {
        correlationId: 'req-moderation',
        actor: { id: moderator, roles: ['admin:operations'] },
        ip: '203.0.113.7',
      },
      {
        action: 'catalog.product.approve',
        outcome: 'success',
        targetType: 'product',
        targetId: productId,
        details: { from: 'pending_review', to: 'published' },
      },
    );
    const refund = auditRecorded(
      'payment',
      { correlationId: 'req-refund', actor: { id: moderator, roles: ['admin:finance'] }, ip: '203.0.113.8' },
      {
        action: 'payment.refund.create',
        outcome: 'failure',
        targetType: 'refund',
        targetId: refundId,
        details: { code: 'CONFLICT', refundablePoisha: 22_800 },
      },
    );
    const payout = auditRecorded(
      'payment',
      { correlationId: 'sched-1', actor: { id: 'system', roles: ['system'] } },
      { action: 'payment.payout-run.start', outcome: 'success', targetType: 'payout-run', targetId: runId },
    );
    await publish(moderation);
    await publish(refund);
    await publish(refund); // delivered twice: one entry
    await publish(payout);

    const page = await waitFor('three entries from other services', async () => {
      const found = await auth.get(`/admin/audit?actorId=${moderator}`, { as: token });
      return found.body.items?.length === 2 ? found : undefined;
    });
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([
      {
        id: expect.any(String),
        occurredAt: new Date(refund.occurredAt).toISOString(),
        actorId: moderator,
        actorRoles: ['admin:finance'],
        action: 'payment.refund.create',
        targetType: 'refund',
        targetId: refundId,
        outcome: 'failure',
        ip: '203.0.113.8',
        correlationId: 'req-refund',
        details: { code: 'CONFLICT', refundablePoisha: 22_800, service: 'payment' },
      },
      {
        id: expect.any(String),
        occurredAt: new Date(moderation.occurredAt).toISOString(),
        actorId: moderator,
        actorRoles: ['admin:operations'],
        action: 'catalog.product.approve',
        targetType: 'product',
        targetId: productId,
        outcome: 'success',
        ip: '203.0.113.7',
        correlationId: 'req-moderation',
        details: { from: 'pending_review', to: 'published', service: 'catalog' },
      },
    ]);

    const byService = await waitFor('the payout run', async () => {
      const found = await auth.get('/admin/audit?action=payment.*&targetType=payout-run', { as: token });
      return found.body.items?.length ? found : undefined;
    });
    expect(byService.body.items).toEqual([
      expect.objectContaining({
        action: 'payment.payout-run.start',
        targetId: runId,
        actorRoles: ['system'],
        details: { service: 'payment', actor: 'system' },
      }),
    ]);
    expect(byService.body.items[0].actorId).toBeUndefined();
    const failures = await auth.get(`/admin/audit?outcome=failure&targetId=${refundId}`, { as: token });
    expect(failures.body.items.map((e: any) => e.action)).toEqual(['payment.refund.create']);
  });
});
