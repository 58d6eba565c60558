import { randomUUID } from 'node:crypto';
import {
  captured,
  daysAgo,
  finance,
  insertCapturedIntent,
  LedgerHarness,
  orderPlaced,
  packageChanged,
  support,
} from './ledger.harness';

jest.setTimeout(120_000);

const PROBLEM = 'application/problem+json';

/**
 * Admins racing each other on the money, through the payment service's HTTP API on a real Postgres: every
 * request is answered (never a 500), the losers with a 409 problem that says why, and the ledger stays whole.
 */
describe('payment admin actions under concurrency', () => {
  const ledger = new LedgerHarness('in-process', { DATABASE_POOL_MAX: '12' });

  beforeAll(() => ledger.start('ledger_concurrency'));
  afterAll(() => ledger.stop());

  async function ledgerImbalance(): Promise<number> {
    const [row] = await ledger.rows<{ imbalance: string }>(
      `SELECT coalesce(sum(CASE side WHEN 'debit' THEN amount_poisha ELSE -amount_poisha END), 0) AS imbalance
         FROM ledger_entries`,
    );
    return Number(row!.imbalance);
  }

  it('grants one of ten concurrent 60% refunds of a bKash package; the nine others answer 409 with what is left', async () => {
    const order = orderPlaced('bkash', [{ lines: [{ totalPoisha: 50_000 }], deliveryPoisha: 7_000 }]);
    const pkg = order.packages[0]!.packageId;
    const paymentId = randomUUID();
    await ledger.publish('order.placed.v1', order, order.orderId);
    await insertCapturedIntent(ledger, order, paymentId);
    await ledger.publish('payment.captured.v1', captured(order, paymentId), order.orderId);
    const sixtyPercent = Math.round(57_000 * 0.6);

    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        ledger.call('POST', '/admin/refunds', finance, {
          refundId: randomUUID(),
          orderId: order.orderId,
          packageId: pkg,
          amountPoisha: sixtyPercent,
          reason: 'shopper_cancelled',
        }),
      ),
    );

    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.headers.get('content-type')).toContain(PROBLEM);
      expect(refused.body).toMatchObject({
        status: 409,
        code: 'CONFLICT',
        requestedPoisha: sixtyPercent,
        refundablePoisha: 57_000 - sixtyPercent,
      });
      expect(refused.body.detail).toContain(`Only ${57_000 - sixtyPercent} poisha can still be refunded`);
    }
    const refunds = await ledger.rows('SELECT amount_poisha FROM refunds WHERE package_id = $1', [pkg]);
    expect(refunds).toEqual([{ amount_poisha: String(sixtyPercent) }]);
    expect(ledger.bkash.calls.filter((c) => c.paymentId === paymentId)).toHaveLength(1);
    expect(await ledgerImbalance()).toBe(0);
    const [settlement] = await ledger.rows(
      'SELECT refunded_goods_poisha + refunded_delivery_poisha AS refunded FROM package_settlements WHERE package_id = $1',
      [pkg],
    );
    expect(Number(settlement.refunded)).toBe(sixtyPercent);
  });

  it('keeps exactly one active rule when ten commission changes of one scope arrive at once', async () => {
    const categorySlug = `race-${randomUUID().slice(0, 8)}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ledger.call('POST', '/admin/commission-rules', finance, { categorySlug, rateBps: 500 + i }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const rules = await ledger.rows<{
      id: string;
      active: boolean;
      created_at: Date;
      deactivated_by: string | null;
    }>('SELECT id, active, created_at, deactivated_by FROM commission_rules WHERE category_slug = $1', [
      categorySlug,
    ]);
    expect(rules).toHaveLength(10);
    expect(rules.filter((r) => r.active)).toHaveLength(1);
    // the last one saved is the one in force; each replaced the one before it
    const newest = Math.max(...rules.map((r) => r.created_at.getTime()));
    expect(rules.find((r) => r.active)!.created_at.getTime()).toBe(newest);
    expect(rules.filter((r) => !r.active).map((r) => r.deactivated_by)).toEqual(
      Array(9).fill(expect.any(String)),
    );

    const active = rules.find((r) => r.active)!;
    const removals = await Promise.all(
      Array.from({ length: 5 }, () => ledger.call('DELETE', `/admin/commission-rules/${active.id}`, finance)),
    );
    expect(removals.map((r) => r.status)).toEqual(Array(5).fill(200));
    expect(removals.every((r) => r.body.active === false)).toBe(true);
  });

  it('pays a vendor once when five payout runs start together', async () => {
    const vendorId = randomUUID();
    const order = orderPlaced('cod', [
      { vendorId, lines: [{ totalPoisha: 100_000 }], deliveryPoisha: 6_000 },
    ]);
    await ledger.publish('order.placed.v1', order, order.orderId);
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 0, 'delivered', daysAgo(8)),
      order.orderId,
    );
    const owed = -(await ledger.balanceOf(`vendor_payable:${vendorId}`));
    expect(owed).toBeGreaterThan(0);

    const runs = await Promise.all(
      Array.from({ length: 5 }, () => ledger.call('POST', '/admin/payouts/run', finance)),
    );
    expect(runs.map((r) => r.status)).toEqual(Array(5).fill(200));
    const paidToVendor = runs.flatMap((r) => r.body.payouts).filter((p: any) => p.vendorId === vendorId);
    expect(paidToVendor).toEqual([expect.objectContaining({ amountPoisha: owed, status: 'settled' })]);
    const payouts = await ledger.rows('SELECT amount_poisha FROM payouts WHERE vendor_id = $1', [vendorId]);
    expect(payouts).toEqual([{ amount_poisha: String(owed) }]);
    expect(await ledger.balanceOf(`vendor_payable:${vendorId}`)).toBe(0);
    expect(await ledgerImbalance()).toBe(0);
  });

  it('audits every admin action with who, what, target, address and outcome, in the outbox of the change', async () => {
    const admin = { ...finance, id: randomUUID(), ip: '203.0.113.24' };
    const rule = await ledger.call('POST', '/admin/commission-rules', admin, {
      categorySlug: 'audited',
      rateBps: 800,
    });
    expect(rule.status).toBe(201);
    const denied = await ledger.call('POST', '/admin/payouts/run', { ...support, ip: '198.51.100.9' });
    expect(denied.status).toBe(403);

    const audit = await ledger.rows(
      `SELECT envelope FROM outbox WHERE type = 'audit.recorded.v1' AND topic = 'audit.entries' ORDER BY seq`,
    );
    const entries = audit.map((row: any) => row.envelope);
    expect(entries.find((e: any) => e.data.targetId === rule.body.id)).toMatchObject({
      producer: 'payment',
      data: {
        action: 'payment.commission-rule.create',
        outcome: 'success',
        actorId: admin.id,
        actorRoles: ['admin:finance'],
        targetType: 'commission-rule',
        ip: '203.0.113.24',
        details: { categorySlug: 'audited', rateBps: 800 },
      },
    });
    expect(entries.filter((e: any) => e.data.ip === '198.51.100.9')).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({
          action: 'payment.payout-run.start',
          outcome: 'denied',
          actorRoles: ['admin:support'],
        }),
      }),
    ]);
    // the refund race above: one granted, nine refused, each on the record
    const refunds = entries.filter((e: any) => e.data.action === 'payment.refund.create');
    expect(refunds.filter((e: any) => e.data.outcome === 'success')).toHaveLength(1);
    expect(refunds.filter((e: any) => e.data.outcome === 'failure')).toHaveLength(9);
  });
});
