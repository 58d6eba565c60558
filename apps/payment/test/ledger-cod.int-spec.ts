import { randomUUID } from 'node:crypto';
import { EventPayload } from '@getit/contracts';
import { waitFor } from '@getit/testing';
import { finance, LedgerHarness, orderPlaced, packageChanged, support } from './ledger.harness';

jest.setTimeout(120_000);

type Placed = EventPayload<'order.placed.v1'>;

function shipmentChanged(
  order: Placed,
  index: number,
  consignmentId: string,
  to: 'delivered' | 'partially_delivered',
  collectedPoisha: number,
): EventPayload<'shipping.shipment-status-changed.v1'> {
  const pkg = order.packages[index]!;
  return {
    shipmentId: randomUUID(),
    orderId: order.orderId,
    packageId: pkg.packageId,
    vendorId: pkg.vendorId,
    courier: 'pathao',
    consignmentId,
    from: 'out_for_delivery',
    to,
    attempt: 1,
    codAmountPoisha: pkg.totalPoisha,
    collectedPoisha,
    courierStatus: to === 'delivered' ? 'order.delivered' : 'order.partial-delivery',
    changedAt: new Date().toISOString(),
  };
}

/**
 * Cash on delivery from the door to the bank, over real Kafka and Postgres: shipping's delivery names the courier
 * that holds the cash (`cod_receivable:pathao`, partial deliveries only what was collected), a Pathao remittance
 * settles matched consignments net of its fees and queues every difference for finance, the vendor's statement shows
 * collected, remitted and pending, and the ledger still sums to zero. Tests build on each other's money.
 */
describe('cash-on-delivery reconciliation over Kafka', () => {
  const ledger = new LedgerHarness('kafka', {
    COD_REMITTANCE_DUE_DAYS: '7',
    COD_REMITTANCE_CHECK_INTERVAL_MS: '200',
  });
  const vendor = randomUUID();
  // ৳1,000 + ৳60, ৳500 + ৳60, ৳2,000 + ৳60: three packages of one vendor, all cash on delivery
  const order = orderPlaced('cod', [
    { vendorId: vendor, lines: [{ totalPoisha: 100_000 }], deliveryPoisha: 6_000 },
    { vendorId: vendor, lines: [{ totalPoisha: 50_000 }], deliveryPoisha: 6_000 },
    { vendorId: vendor, lines: [{ totalPoisha: 200_000 }], deliveryPoisha: 6_000 },
  ]);
  const [p1, p2, p3] = order.packages.map((p) => p.packageId);
  const cn = {
    p1: `DL-${randomUUID().slice(0, 8)}`,
    p2: `DL-${randomUUID().slice(0, 8)}`,
    p3: `DL-${randomUUID().slice(0, 8)}`,
  };

  beforeAll(async () => {
    await ledger.start('ledger_cod');
    await ledger.publish('order.placed.v1', order, order.orderId);
  });
  afterAll(() => ledger.stop());

  it('order delivered first: the cash sits unassigned, then shipping moves it onto the courier', async () => {
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 0, 'delivered'),
      order.orderId,
    );
    expect(await ledger.balanceOf('cod_receivable:unassigned')).toBe(106_000);

    await ledger.publish(
      'shipping.shipment-status-changed.v1',
      shipmentChanged(order, 0, cn.p1, 'delivered', 106_000),
      p1!,
    );
    expect(await ledger.entriesOf(`cod_assigned:${p1}`)).toEqual([
      'cod_receivable:pathao debit 106000',
      'cod_receivable:unassigned credit 106000',
    ]);
    expect(await ledger.balanceOf('cod_receivable:unassigned')).toBe(0);
    expect(await ledger.balanceOf('cod_receivable:pathao')).toBe(106_000);
  });

  it('shipping first: the cash goes to escrow and onto the courier; the order delivery releases it; repeats change nothing', async () => {
    const change = shipmentChanged(order, 1, cn.p2, 'delivered', 56_000);
    const envelope = await ledger.publish('shipping.shipment-status-changed.v1', change, p2!);
    expect(await ledger.entriesOf(`cod_collected:${p2}`)).toEqual([
      'cod_receivable:unassigned debit 56000',
      'escrow credit 56000',
    ]);
    expect(await ledger.balanceOf('cod_receivable:pathao')).toBe(162_000);
    expect(await ledger.balanceOf('escrow')).toBe(-56_000);

    // the same report again, as a new event (the courier's webhook came twice): nothing moves
    await ledger.publish('shipping.shipment-status-changed.v1', { ...change }, p2!);
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 1, 'delivered'),
      order.orderId,
    );
    expect(await ledger.balanceOf('escrow')).toBe(0);
    expect(await ledger.balanceOf('cod_receivable:pathao')).toBe(162_000);
    const [{ n }] = await ledger.rows(
      `SELECT count(*)::int AS n FROM ledger_postings WHERE reference->>'packageId' = $1`,
      [p2],
    );
    expect(n).toBe(3); // collected, assigned, delivered
    expect(envelope.id).toBeTruthy();
  });

  it('a partial delivery puts only the collected cash on the courier and queues the rest for finance', async () => {
    await ledger.publish(
      'shipping.shipment-status-changed.v1',
      shipmentChanged(order, 2, cn.p3, 'partially_delivered', 156_000),
      p3!,
    );
    expect(await ledger.entriesOf(`cod_assigned:${p3}`)).toEqual([
      'cod_receivable:pathao debit 156000',
      'cod_receivable:unassigned credit 156000',
    ]);
    expect(await ledger.balanceOf('cod_receivable:pathao')).toBe(318_000);
    expect(await ledger.balanceOf('cod_receivable:unassigned')).toBe(50_000);
    const queue = await ledger.call('GET', '/admin/cod/reconciliation', finance);
    expect(queue.status).toBe(200);
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        kind: 'uncollected',
        consignmentId: cn.p3,
        packageId: p3,
        differencePoisha: 50_000,
      }),
    ]);
  });

  it('a remittance settles matched consignments net of fees and queues short and unknown ones with the difference', async () => {
    const remittanceId = `INV-${randomUUID().slice(0, 8)}`;
    const remittance: EventPayload<'shipping.cod-remittance-received.v1'> = {
      courier: 'pathao',
      remittanceId,
      paidAt: new Date().toISOString(),
      totalRemittedPoisha: 99_000 + 48_500 + 149_000 + 10_000,
      consignments: [
        // matched: 99,000 + 6,000 delivery + 1,000 COD charge = 106,000
        { consignmentId: cn.p1, remittedPoisha: 99_000, deliveryFeePoisha: 6_000, codChargePoisha: 1_000 },
        // short by 500: 48,500 + 6,000 + 1,000 = 55,500 of 56,000
        {
          consignmentId: cn.p2,
          packageId: p2,
          remittedPoisha: 48_500,
          deliveryFeePoisha: 6_000,
          codChargePoisha: 1_000,
        },
        // matched against what the partial delivery collected: 149,000 + 6,000 + 1,000 = 156,000
        { consignmentId: cn.p3, remittedPoisha: 149_000, deliveryFeePoisha: 6_000, codChargePoisha: 1_000 },
        { consignmentId: 'DL-NOT-OURS', remittedPoisha: 10_000, deliveryFeePoisha: 0, codChargePoisha: 0 },
      ],
    };
    await ledger.publish('shipping.cod-remittance-received.v1', remittance, `pathao:${remittanceId}`);

    expect(await ledger.entriesOf(`cod_remitted:pathao:${remittanceId}:${cn.p1}`)).toEqual([
      'bank debit 99000',
      'delivery_charges debit 7000',
      'cod_receivable:pathao credit 106000',
    ]);
    expect(await ledger.balanceOf('bank')).toBe(99_000 + 48_500 + 149_000);
    // only the 500 short is still owed by Pathao
    expect(await ledger.balanceOf('cod_receivable:pathao')).toBe(500);

    const queue = await ledger.call('GET', '/admin/cod/reconciliation', finance);
    expect(queue.body.items.map((i: any) => [i.kind, i.consignmentId, i.differencePoisha]).sort()).toEqual(
      [
        ['short', cn.p2, 500],
        ['uncollected', cn.p3, 50_000],
        ['unknown', 'DL-NOT-OURS', -10_000],
      ].sort(),
    );
    expect(queue.body.totalDifferencePoisha).toBe(40_500);

    // the same batch again (Pathao's `paid` webhook twice, as a new event): nothing moves, nothing new queued
    await ledger.publish('shipping.cod-remittance-received.v1', { ...remittance }, `pathao:${remittanceId}`);
    expect(await ledger.balanceOf('bank')).toBe(296_500);
    const again = await ledger.call('GET', '/admin/cod/reconciliation', finance);
    expect(again.body.items).toHaveLength(3);
  });

  it('finance resolves a difference (support may not); the vendor statement shows collected, remitted, pending', async () => {
    const queue = await ledger.call('GET', '/admin/cod/reconciliation', finance);
    const short = queue.body.items.find((i: any) => i.kind === 'short');
    const path = `/admin/cod/reconciliation/${short.id}/resolve`;
    expect((await ledger.call('POST', path, support, { resolution: 'Pathao will pay' })).status).toBe(403);
    const tooShort = await ledger.call('POST', path, finance, { resolution: '' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.text).toContain('resolution');
    const resolved = await ledger.call('POST', path, finance, {
      resolution: 'Pathao adds ৳5 to the next invoice',
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: 'Pathao adds ৳5 to the next invoice',
    });
    const open = await ledger.call('GET', '/admin/cod/reconciliation', finance);
    expect(open.body.items.map((i: any) => i.kind).sort()).toEqual(['uncollected', 'unknown']);

    const asVendor = { roles: ['vendor:owner'], vendorId: vendor };
    const statement = await ledger.call('GET', `/vendors/${vendor}/statement`, asVendor);
    expect(statement.status).toBe(200);
    expect(statement.body.cod).toEqual({
      collectedPoisha: 106_000 + 56_000 + 156_000,
      remittedPoisha: 106_000 + 55_500 + 156_000,
      pendingPoisha: 500,
    });
    const csv = await ledger.call('GET', `/vendors/${vendor}/statement.csv`, asVendor);
    expect(csv.text).toMatch(/,cod_collected,,,,3180\.00,,,,\r\n/);
    expect(csv.text).toMatch(/,cod_remitted,,,,3175\.00,,,,\r\n/);
    expect(csv.text).toMatch(/,cod_pending,,,,5\.00,,,,\r\n/);
  });

  it('a consignment delivered over 7 days ago that no remittance settled is queued as missing, once', async () => {
    const late = orderPlaced('cod', [{ lines: [{ totalPoisha: 30_000 }], deliveryPoisha: 6_000 }]);
    await ledger.publish('order.placed.v1', late, late.orderId);
    const consignmentId = `DL-${randomUUID().slice(0, 8)}`;
    const change = shipmentChanged(late, 0, consignmentId, 'delivered', 36_000);
    await ledger.publish(
      'shipping.shipment-status-changed.v1',
      { ...change, changedAt: new Date(Date.now() - 10 * 24 * 3_600_000).toISOString() },
      change.packageId,
    );
    const missing = await waitFor(
      'the overdue consignment in the queue',
      async () => {
        const queue = await ledger.call('GET', '/admin/cod/reconciliation', finance);
        return queue.body.items.find((i: any) => i.consignmentId === consignmentId);
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    expect(missing).toMatchObject({ kind: 'missing', remittanceId: null, differencePoisha: 36_000 });
    await new Promise((resolve) => setTimeout(resolve, 600)); // a few more sweeps
    const [{ n }] = await ledger.rows(
      'SELECT count(*)::int AS n FROM cod_reconciliation_items WHERE consignment_id = $1',
      [consignmentId],
    );
    expect(n).toBe(1);
  });

  it('the ledger still sums to zero', async () => {
    const [{ sum }] = await ledger.rows(
      `SELECT coalesce(sum(CASE side WHEN 'debit' THEN amount_poisha ELSE -amount_poisha END), 0)::bigint AS sum FROM ledger_entries`,
    );
    expect(Number(sum)).toBe(0);
    const balances = await ledger.call('GET', '/admin/ledger/balances', finance);
    expect(balances.body.totals.balanced).toBe(true);
  });
});
