import { randomUUID } from 'node:crypto';
import { EventPayload } from '@getit/contracts';
import { waitFor } from '@getit/testing';
import {
  captured,
  finance,
  insertCapturedIntent,
  LedgerHarness,
  orderPlaced,
  packageChanged,
} from './ledger.harness';

jest.setTimeout(120_000);

type Placed = EventPayload<'order.placed.v1'>;

/** Two lines: the shopper kept the first, the second came back (quantity 1 each). */
function partialDelivery(
  order: Placed,
  collectedPoisha: number,
): EventPayload<'shipping.shipment-status-changed.v1'> {
  const pkg = order.packages[0]!;
  return {
    shipmentId: randomUUID(),
    orderId: order.orderId,
    packageId: pkg.packageId,
    vendorId: pkg.vendorId,
    courier: 'pathao',
    consignmentId: `DL-${pkg.packageId.slice(0, 8)}`,
    from: 'out_for_delivery',
    to: 'partially_delivered',
    attempt: 1,
    codAmountPoisha: order.paymentMethod === 'cod' ? pkg.totalPoisha : 0,
    collectedPoisha,
    courierStatus: 'order.partial-delivery',
    changedAt: new Date().toISOString(),
  };
}

function returnReceived(order: Placed, collectedPoisha: number): EventPayload<'shipping.return-received.v1'> {
  const pkg = order.packages[0]!;
  const back = pkg.lines[1]!;
  return {
    receiptId: randomUUID(),
    shipmentId: randomUUID(),
    orderId: order.orderId,
    packageId: pkg.packageId,
    vendorId: pkg.vendorId,
    courier: 'pathao',
    consignmentId: `DL-${pkg.packageId.slice(0, 8)}`,
    shipmentStatus: 'partially_delivered',
    items: [
      { lineId: back.lineId, variantId: back.variantId, quantity: 1, unitPricePoisha: back.unitPricePoisha },
    ],
    returnedGoodsPoisha: back.unitPricePoisha,
    codAmountPoisha: order.paymentMethod === 'cod' ? pkg.totalPoisha : 0,
    collectedPoisha,
    receivedBy: randomUUID(),
    receivedAt: new Date().toISOString(),
  };
}

/**
 * Returns to origin in the escrow ledger, over real Kafka and Postgres: the vendor's confirmation that a partially
 * delivered parcel came back refunds a prepaid shopper the goods that came back (through the refund engine), or
 * reverses the cash on delivery the courier never collected; a repeated confirmation moves nothing.
 */
describe('payment ledger: returns to origin over Kafka', () => {
  const ledger = new LedgerHarness('kafka', { REFUND_RETRY_INTERVAL_MS: '250ms' });

  beforeAll(() => ledger.start('ledger_returns'));
  afterAll(() => ledger.stop());

  const postingsOf = async (packageId: string) =>
    (
      await ledger.rows<{ n: number }>(
        `SELECT count(*)::int AS n FROM ledger_postings WHERE reference->>'packageId' = $1`,
        [packageId],
      )
    )[0]!.n;

  it('cash on delivery: the uncollected cash comes off the receivable and the sale once, and finance is done with it', async () => {
    // ৳500 kept and ৳1,000 returned (more than stays on the sale), ৳60 delivery: the rider collected ৳560
    const order = orderPlaced('cod', [
      { lines: [{ totalPoisha: 50_000 }, { totalPoisha: 100_000 }], deliveryPoisha: 6_000 },
    ]);
    const pkg = order.packages[0]!;
    await ledger.publish('order.placed.v1', order, order.orderId);
    await ledger.publish(
      'shipping.shipment-status-changed.v1',
      partialDelivery(order, 56_000),
      pkg.packageId,
    );
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 0, 'delivered'),
      order.orderId,
    );
    expect(await ledger.balanceOf('cod_receivable:unassigned')).toBe(100_000);
    const payableBefore = await ledger.balanceOf(`vendor_payable:${pkg.vendorId}`);

    const receipt = returnReceived(order, 56_000);
    const envelope = await ledger.publish('shipping.return-received.v1', receipt, pkg.packageId);
    const entries = await ledger.entriesOf(`cod_uncollected_reversed:${pkg.packageId}`);
    expect(entries).toContain('cod_receivable:unassigned credit 100000');
    expect(await ledger.balanceOf('cod_receivable:unassigned')).toBe(0);
    expect(await ledger.balanceOf('cod_receivable:pathao')).toBe(56_000);
    // the vendor no longer holds a credit for the goods that came back (its share of ৳1,000, net of commission)
    const payableAfter = await ledger.balanceOf(`vendor_payable:${pkg.vendorId}`);
    expect(payableAfter - payableBefore).toBeGreaterThan(0);
    expect(entries).toContain(`vendor_payable:${pkg.vendorId} debit ${payableAfter - payableBefore}`);
    const queue = await ledger.call('GET', '/admin/cod/reconciliation?status=resolved', finance);
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        kind: 'uncollected',
        packageId: pkg.packageId,
        status: 'resolved',
        resolvedBy: 'system',
      }),
    ]);

    const postings = await postingsOf(pkg.packageId);
    await ledger.publish(
      'shipping.return-received.v1',
      { ...receipt, receiptId: randomUUID() },
      pkg.packageId,
    );
    await ledger.applied(envelope);
    expect(await postingsOf(pkg.packageId)).toBe(postings);
    expect(await ledger.balanceOf(`vendor_payable:${pkg.vendorId}`)).toBe(payableAfter);
  });

  it('prepaid: the goods that came back are refunded after delivery through the refund engine, once', async () => {
    const order = orderPlaced('bkash', [
      { lines: [{ totalPoisha: 80_000 }, { totalPoisha: 30_000 }], deliveryPoisha: 6_000 },
    ]);
    const pkg = order.packages[0]!;
    const paymentId = randomUUID();
    await ledger.publish('order.placed.v1', order, order.orderId);
    await insertCapturedIntent(ledger, order, paymentId);
    await ledger.publish('payment.captured.v1', captured(order, paymentId), order.orderId);
    await ledger.publish('shipping.shipment-status-changed.v1', partialDelivery(order, 0), pkg.packageId);
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 0, 'delivered'),
      order.orderId,
    );

    const receipt = returnReceived(order, 0);
    await ledger.publish('shipping.return-received.v1', receipt, pkg.packageId);
    const refund = await waitFor('the return refund paid', async () => {
      const [row] = await ledger.rows(
        "SELECT * FROM refunds WHERE package_id = $1 AND status = 'completed'",
        [pkg.packageId],
      );
      return row;
    });
    expect(refund).toMatchObject({ reason: 'returned', timing: 'after_delivery', requested_by: 'system' });
    expect(Number(refund.amount_poisha)).toBe(30_000);
    expect(await ledger.entriesOf(`refund_paid:${refund.id}`)).toEqual([
      'refunds_payable debit 30000',
      'shopper_payments_clearing credit 30000',
    ]);

    await ledger.publish(
      'shipping.return-received.v1',
      { ...receipt, receiptId: randomUUID() },
      pkg.packageId,
    );
    expect(await ledger.rows('SELECT id FROM refunds WHERE package_id = $1', [pkg.packageId])).toHaveLength(
      1,
    );
  });

  it('a whole return moves nothing more: the order already refunded the prepaid package in full', async () => {
    const order = orderPlaced('bkash', [
      { lines: [{ totalPoisha: 20_000 }, { totalPoisha: 10_000 }], deliveryPoisha: 6_000 },
    ]);
    const pkg = order.packages[0]!;
    const paymentId = randomUUID();
    await ledger.publish('order.placed.v1', order, order.orderId);
    await insertCapturedIntent(ledger, order, paymentId);
    await ledger.publish('payment.captured.v1', captured(order, paymentId), order.orderId);
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 0, 'returned'),
      order.orderId,
    );
    // the order's return refunds in full; wait until it is paid, so nothing is still on its way
    await waitFor('the full refund paid', async () => {
      const [row] = await ledger.rows(
        "SELECT 1 FROM refunds WHERE package_id = $1 AND status = 'completed'",
        [pkg.packageId],
      );
      return row;
    });
    const before = await postingsOf(pkg.packageId);
    await ledger.publish(
      'shipping.return-received.v1',
      { ...returnReceived(order, 0), shipmentStatus: 'returned' },
      pkg.packageId,
    );
    expect(await postingsOf(pkg.packageId)).toBe(before);
    const refunds = await ledger.rows('SELECT amount_poisha FROM refunds WHERE package_id = $1', [
      pkg.packageId,
    ]);
    expect(refunds.map((r) => Number(r.amount_poisha))).toEqual([36_000]);
  });

  it('the ledger still sums to zero', async () => {
    const [row] = await ledger.rows(
      `SELECT coalesce(sum(CASE side WHEN 'debit' THEN amount_poisha ELSE -amount_poisha END), 0)::bigint AS total
         FROM ledger_entries`,
    );
    expect(Number(row.total)).toBe(0);
  });
});
