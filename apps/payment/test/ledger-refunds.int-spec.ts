import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import {
  captured,
  finance,
  insertCapturedIntent,
  LedgerHarness,
  orderPlaced,
  packageChanged,
  paymentRequested,
  support,
} from './ledger.harness';

jest.setTimeout(120_000);

/**
 * Refunds over real Kafka and Postgres: automatic full refunds of cancelled online packages, a provider that is
 * down (the refund stays pending and the retry sweeper finishes it), and cash on delivery (nothing to refund
 * before collection, a manual refund finance completes after delivery). The provider is a stub wallet standing in
 * for the online adapters, which belong to the online payments work; everything else is real.
 */
describe('payment ledger refunds over Kafka', () => {
  const ledger = new LedgerHarness('kafka', { REFUND_RETRY_INTERVAL_MS: '250ms' });
  const vendor = { e: randomUUID() };
  const payable = (vendorId: string) => `vendor_payable:${vendorId}`;

  beforeAll(() => ledger.start('ledger_refunds'));
  afterAll(() => ledger.stop());

  it('refunds an online package cancelled before delivery in full, automatically, out of escrow', async () => {
    const order = orderPlaced('bkash', [{ lines: [{ totalPoisha: 50_000 }], deliveryPoisha: 7_000 }]);
    const pkg = order.packages[0]!.packageId;
    const paymentId = randomUUID();
    await ledger.publish('order.placed.v1', order, order.orderId);
    await insertCapturedIntent(ledger, order, paymentId);
    await ledger.publish('payment.captured.v1', captured(order, paymentId), order.orderId);
    const cancelledAt = new Date();
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 0, 'cancelled', cancelledAt, 'vendor'),
      order.orderId,
    );

    const refund = await waitFor('the automatic refund to be paid', async () => {
      const [row] = await ledger.rows(
        "SELECT * FROM refunds WHERE package_id = $1 AND status = 'completed'",
        [pkg],
      );
      return row;
    });
    expect(refund).toMatchObject({
      reason: 'vendor_cancelled',
      timing: 'before_delivery',
      requested_by: 'system',
    });
    expect(new Date(refund.deadline_at).getTime() - cancelledAt.getTime()).toBe(10 * 24 * 3_600_000);
    expect(await ledger.entriesOf(`refund:${refund.id}`)).toEqual([
      'escrow debit 57000',
      'refunds_payable credit 57000',
    ]);
    expect(await ledger.entriesOf(`refund_paid:${refund.id}`)).toEqual([
      'refunds_payable debit 57000',
      'shopper_payments_clearing credit 57000',
    ]);
    const [settlement] = await ledger.rows('SELECT stage FROM package_settlements WHERE package_id = $1', [
      pkg,
    ]);
    expect(settlement.stage).toBe('refunded');
    const [intent] = await ledger.rows('SELECT status FROM payment_intents WHERE id = $1', [paymentId]);
    expect(intent.status).toBe('refunded');
  });

  it('leaves a refund pending while the provider is down, and the retry sweeper finishes it', async () => {
    const order = orderPlaced('bkash', [{ lines: [{ totalPoisha: 40_000 }], deliveryPoisha: 6_000 }]);
    const paymentId = randomUUID();
    await ledger.publish('order.placed.v1', order, order.orderId);
    await ledger.publish('payment.captured.v1', captured(order, paymentId), order.orderId);
    ledger.bkash.answer = 'unavailable';
    try {
      await ledger.publish(
        'order.cancelled.v1',
        {
          orderId: order.orderId,
          orderNumber: order.orderNumber,
          reason: 'shopper_requested',
          reservationId: null,
          paymentId,
          cancelledAt: new Date().toISOString(),
        },
        order.orderId,
      );
      const pending = await waitFor('a failed attempt', async () => {
        const [row] = await ledger.rows(
          'SELECT * FROM refunds WHERE order_id = $1 AND attempts > 0 AND last_error IS NOT NULL',
          [order.orderId],
        );
        return row;
      });
      expect(pending).toMatchObject({
        status: 'pending',
        amount_poisha: '46000',
        reason: 'shopper_cancelled',
      });
      expect(pending.last_error).toContain('unavailable');
      expect(await ledger.entriesOf(`refund_paid:${pending.id}`)).toEqual([]);
    } finally {
      ledger.bkash.answer = 'refunded';
    }
    const done = await waitFor(
      'the sweeper to pay the refund',
      async () => {
        const [row] = await ledger.rows(
          "SELECT * FROM refunds WHERE order_id = $1 AND status = 'completed'",
          [order.orderId],
        );
        return row;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(await ledger.entriesOf(`refund_paid:${done.id}`)).toEqual([
      'refunds_payable debit 46000',
      'shopper_payments_clearing credit 46000',
    ]);
  });

  it('cash on delivery: nothing to refund before collection; after delivery a manual refund finance completes', async () => {
    const order = orderPlaced('cod', [
      { vendorId: vendor.e, lines: [{ totalPoisha: 60_000 }], deliveryPoisha: 6_000 },
    ]);
    const pkg = order.packages[0]!.packageId;
    await ledger.publish('order.placed.v1', order, order.orderId);
    const requested = await ledger.send('order.payment-requested.v1', paymentRequested(order), order.orderId);
    await ledger.applied(requested, 'payment.checkout');
    const body = {
      orderId: order.orderId,
      packageId: pkg,
      amountPoisha: 'full',
      reason: 'damaged_or_wrong_item',
    };
    const early = await ledger.call('POST', '/admin/refunds', finance, body);
    expect(early.status).toBe(409);
    expect(early.body.refundablePoisha).toBe(0);

    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(order, 0, 'delivered'),
      order.orderId,
    );
    const intent = await waitFor('the COD intent to be captured', async () => {
      const [row] = await ledger.rows(
        "SELECT * FROM payment_intents WHERE order_id = $1 AND status = 'captured'",
        [order.orderId],
      );
      return row;
    });
    const granted = await ledger.call('POST', '/admin/refunds', finance, body);
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      status: 'manual_pending',
      manual: true,
      amountPoisha: 60_000,
      paymentId: intent.id,
    });
    const manual = await ledger.call('GET', '/admin/refunds?status=manual_pending', support);
    expect(manual.body.items.map((r: { id: string }) => r.id)).toContain(granted.body.id);
    expect(ledger.bkash.calls.map((c) => c.refundId)).not.toContain(granted.body.id);

    expect(
      (await ledger.call('POST', `/admin/refunds/${granted.body.id}/complete`, support, { reference: 'x' }))
        .status,
    ).toBe(403);
    const completed = await ledger.call('POST', `/admin/refunds/${granted.body.id}/complete`, finance, {
      reference: 'BKASH-8K2M4Q7Z',
    });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ status: 'completed', providerRef: 'BKASH-8K2M4Q7Z' });
    expect(await ledger.entriesOf(`refund_paid:${granted.body.id}`)).toEqual([
      'refunds_payable debit 60000',
      'bank credit 60000',
    ]);
    const [after] = await ledger.rows('SELECT status FROM payment_intents WHERE id = $1', [intent.id]);
    expect(after.status).toBe('partially_refunded');
    expect(await ledger.balanceOf(payable(vendor.e))).toBe(0);
  });
});
