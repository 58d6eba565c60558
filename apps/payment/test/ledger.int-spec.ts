import { randomUUID } from 'node:crypto';
import {
  captured,
  daysAgo,
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
 * The escrow ledger end to end, over real Kafka and Postgres: the sale freezes commission, captures and cash
 * collections go into escrow, deliveries release it to vendors net of commission and VAT, refunds take it back
 * (through a stub wallet standing in for the online adapters), payouts pay vendors after the delay, statements
 * agree with the ledger, and the ledger sums to zero. Tests run in order and build on each other's money.
 */
describe('payment ledger over Kafka', () => {
  const ledger = new LedgerHarness('kafka', {
    PAYOUT_DELAY_DAYS: '7',
    PAYOUT_MIN_POISHA: '50000',
  });
  const vendor = { a: randomUUID(), b: randomUUID(), c: randomUUID(), g: randomUUID() };
  const payable = (vendorId: string) => `vendor_payable:${vendorId}`;

  beforeAll(() => ledger.start('ledger_kafka'));
  afterAll(() => ledger.stop());

  it('a COD order of two vendors, delivered: cash collected into escrow, released net of commission and VAT', async () => {
    const order = orderPlaced(
      'cod',
      [
        // ৳1,250 phone: 10% = ৳125 commission, 15% VAT = ৳18.75, vendor ৳1,106.25; delivery ৳60.
        {
          vendorId: vendor.a,
          lines: [{ totalPoisha: 125_000, categorySlug: 'smartphones' }],
          deliveryPoisha: 6_000,
        },
        // ৳150 case: 10% would be ৳15, the ৳20 minimum applies; VAT ৳3; vendor ৳127; delivery ৳70.
        {
          vendorId: vendor.b,
          lines: [{ totalPoisha: 15_000, categorySlug: 'accessories' }],
          deliveryPoisha: 7_000,
        },
      ],
      daysAgo(10),
    );
    const [pkgA, pkgB] = order.packages.map((p) => p.packageId);
    await ledger.publish('order.placed.v1', order, order.orderId);
    const [saleA] = await ledger.rows('SELECT * FROM package_sales WHERE package_id = $1', [pkgA]);
    expect(saleA.lines[0]).toMatchObject({
      commission: { ruleId: 'marketplace-default', rateBps: 1_000, minimumPoisha: 2_000, vatRateBps: 1_500 },
      commissionPoisha: 12_500,
      vatPoisha: 1_875,
    });

    const requested = await ledger.send('order.payment-requested.v1', paymentRequested(order), order.orderId);
    await ledger.applied(requested, 'payment.checkout');
    for (const index of [0, 1])
      await ledger.publish(
        'order.package-status-changed.v1',
        packageChanged(order, index, 'delivered', daysAgo(9)),
        order.orderId,
      );

    expect(await ledger.entriesOf(`cod_collected:${pkgA}`)).toEqual([
      'cod_receivable:unassigned debit 131000',
      'escrow credit 131000',
    ]);
    expect(await ledger.entriesOf(`package_delivered:${pkgA}`)).toEqual([
      'escrow debit 131000',
      `${payable(vendor.a)} credit 110625`,
      'platform_commission_revenue credit 12500',
      'vat_on_commission_payable credit 1875',
      'delivery_charges credit 6000',
    ]);
    expect(await ledger.entriesOf(`package_delivered:${pkgB}`)).toEqual([
      'escrow debit 22000',
      `${payable(vendor.b)} credit 12700`,
      'platform_commission_revenue credit 2000',
      'vat_on_commission_payable credit 300',
      'delivery_charges credit 7000',
    ]);
    expect(await ledger.balanceOf(payable(vendor.a))).toBe(-110_625);
    expect(await ledger.balanceOf(payable(vendor.b))).toBe(-12_700);
    const stages = await ledger.rows('SELECT stage, courier FROM package_settlements WHERE order_id = $1', [
      order.orderId,
    ]);
    expect(stages).toEqual([
      { stage: 'delivered', courier: 'unassigned' },
      { stage: 'delivered', courier: 'unassigned' },
    ]);
  });

  describe('an online (bKash) order: the worked example of the ledger README', () => {
    const order = orderPlaced(
      'bkash',
      [{ vendorId: vendor.c, lines: [{ totalPoisha: 125_000 }], deliveryPoisha: 6_000 }],
      daysAgo(12),
    );
    const pkg = order.packages[0]!.packageId;
    const paymentId = randomUUID();
    const refundId = randomUUID();

    it('captures into escrow, package by package', async () => {
      await ledger.publish('order.placed.v1', order, order.orderId);
      await insertCapturedIntent(ledger, order, paymentId);
      await ledger.publish('payment.captured.v1', captured(order, paymentId), order.orderId);
      expect(await ledger.entriesOf(`payment_captured:${paymentId}:${pkg}`)).toEqual([
        'shopper_payments_clearing debit 131000',
        'escrow credit 131000',
      ]);
      const [held] = await ledger.rows(
        `SELECT sum(CASE side WHEN 'credit' THEN amount_poisha ELSE -amount_poisha END)::int AS held
           FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id
          WHERE e.account = 'escrow' AND p.reference->>'packageId' = $1`,
        [pkg],
      );
      expect(held.held).toBe(131_000);
    });

    it('releases escrow on delivery: ৳1,106.25 to the vendor, ৳125 commission, ৳18.75 VAT, ৳60 delivery', async () => {
      await ledger.publish(
        'order.package-status-changed.v1',
        packageChanged(order, 0, 'delivered', daysAgo(8)),
        order.orderId,
      );
      expect(await ledger.entriesOf(`package_delivered:${pkg}`)).toEqual([
        'escrow debit 131000',
        `${payable(vendor.c)} credit 110625`,
        'platform_commission_revenue credit 12500',
        'vat_on_commission_payable credit 1875',
        'delivery_charges credit 6000',
      ]);
    });

    it('refunds ৳500 after delivery through the provider: 40% of commission and VAT come back', async () => {
      const response = await ledger.call('POST', '/admin/refunds', support, {
        refundId,
        orderId: order.orderId,
        packageId: pkg,
        amountPoisha: 50_000,
        reason: 'returned',
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        id: refundId,
        status: 'completed',
        timing: 'after_delivery',
        trigger: 'return_received',
        manual: false,
        amountPoisha: 50_000,
        paymentId,
        providerRef: `stub-${refundId.slice(0, 8)}`,
      });
      expect(ledger.bkash.calls).toEqual([
        expect.objectContaining({
          paymentId,
          refundId,
          amountPoisha: 50_000,
          providerRef: `TRX-${paymentId.slice(0, 8)}`,
          idempotencyKey: `${refundId}:refund`,
        }),
      ]);
      expect(await ledger.entriesOf(`refund:${refundId}`)).toEqual([
        `${payable(vendor.c)} debit 44250`,
        'platform_commission_revenue debit 5000',
        'vat_on_commission_payable debit 750',
        'refunds_payable credit 50000',
      ]);
      expect(await ledger.entriesOf(`refund_paid:${refundId}`)).toEqual([
        'refunds_payable debit 50000',
        'shopper_payments_clearing credit 50000',
      ]);
      const [intent] = await ledger.rows('SELECT status FROM payment_intents WHERE id = $1', [paymentId]);
      expect(intent.status).toBe('partially_refunded');
      const event = await ledger.nextEvent(order.orderId, 'payment.refunded.v1');
      expect(event.data).toMatchObject({
        refundId,
        paymentId,
        packageId: pkg,
        amountPoisha: 50_000,
        manual: false,
      });
    });

    it('refunds the same refund id once, and never more than was paid', async () => {
      const again = await ledger.call('POST', '/admin/refunds', finance, {
        refundId,
        orderId: order.orderId,
        packageId: pkg,
        amountPoisha: 50_000,
        reason: 'returned',
      });
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(refundId);
      const postings = await ledger.rows("SELECT id FROM ledger_postings WHERE reference->>'refundId' = $1", [
        refundId,
      ]);
      expect(postings.map((p) => p.id).sort()).toEqual([`refund:${refundId}`, `refund_paid:${refundId}`]);
      expect(ledger.bkash.calls).toHaveLength(1);

      // ৳750 of goods are left to refund; the delivery charge paid for a delivery that happened.
      const tooMuch = await ledger.call('POST', '/admin/refunds', finance, {
        orderId: order.orderId,
        packageId: pkg,
        amountPoisha: 75_001,
        reason: 'damaged_or_wrong_item',
      });
      expect(tooMuch.status).toBe(409);
      expect(tooMuch.headers.get('content-type')).toContain('application/problem+json');
      expect(tooMuch.body).toMatchObject({ requestedPoisha: 75_001, refundablePoisha: 75_000 });
    });
  });

  it('pays vendors after the delay and above the minimum, by the method they chose, settled at once', async () => {
    await ledger.publish(
      'auth.vendor-approved.v1',
      {
        vendorId: vendor.a,
        shopName: 'Dhaka Phones',
        slug: 'dhaka-phones',
        decidedBy: randomUUID(),
        version: 1,
        district: 'Dhaka',
        payoutMethod: 'bkash',
      },
      vendor.a,
    );
    // Delivered today: owed ৳885, not due for 7 days.
    const fresh = orderPlaced('cod', [
      { vendorId: vendor.g, lines: [{ totalPoisha: 100_000 }], deliveryPoisha: 6_000 },
    ]);
    await ledger.publish('order.placed.v1', fresh, fresh.orderId);
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(fresh, 0, 'delivered'),
      fresh.orderId,
    );

    expect((await ledger.call('POST', '/admin/payouts/run', support)).status).toBe(403);
    const run = await ledger.call('POST', '/admin/payouts/run', finance);
    expect(run.status).toBe(200);
    const paid = Object.fromEntries(run.body.payouts.map((p: any) => [p.vendorId, p]));
    expect(paid[vendor.a]).toMatchObject({ amountPoisha: 110_625, method: 'bkash', status: 'settled' });
    expect(paid[vendor.c]).toMatchObject({ amountPoisha: 66_375, method: 'bank', status: 'settled' });
    expect(Object.keys(paid).sort()).toEqual([vendor.a, vendor.c].sort());
    const carried = Object.fromEntries(run.body.carriedOver.map((c: any) => [c.vendorId, c]));
    expect(carried[vendor.b]).toMatchObject({ reason: 'below_minimum', duePoisha: 12_700 });
    expect(carried[vendor.g]).toMatchObject({ reason: 'nothing_due', payableBalancePoisha: 88_500 });

    const payoutA = paid[vendor.a].id;
    expect(await ledger.entriesOf(`payout_initiated:${payoutA}`)).toEqual([
      `${payable(vendor.a)} debit 110625`,
      'vendor_payouts_clearing credit 110625',
    ]);
    expect(await ledger.entriesOf(`payout_settled:${payoutA}`)).toEqual([
      'vendor_payouts_clearing debit 110625',
      'bank credit 110625',
    ]);
    expect(await ledger.balanceOf(payable(vendor.a))).toBe(0);
    expect(await ledger.balanceOf('vendor_payouts_clearing')).toBe(0);
    const rerun = await ledger.call('POST', '/admin/payouts/run', finance);
    expect(rerun.body.payouts).toEqual([]);
  });

  it("gives a vendor's statement as JSON and CSV, agreeing with the ledger", async () => {
    const from = encodeURIComponent(daysAgo(30).toISOString());
    const to = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
    const path = `/vendors/${vendor.c}/statement?from=${from}&to=${to}`;
    const staff = { roles: ['vendor:staff'], vendorId: vendor.c };
    const json = await ledger.call('GET', path, staff);
    expect(json.status).toBe(200);
    expect(
      json.body.lines.map((l: any) => [
        l.type,
        l.grossPoisha,
        l.commissionPoisha,
        l.vatPoisha,
        l.netPoisha,
        l.balancePoisha,
      ]),
    ).toEqual([
      ['sale', 125_000, 12_500, 1_875, 110_625, 110_625],
      ['refund', -50_000, -5_000, -750, -44_250, 66_375],
      ['payout', 0, 0, 0, -66_375, 0],
    ]);
    expect(json.body.totals).toEqual({
      grossSalesPoisha: 125_000,
      refundsPoisha: 50_000,
      commissionPoisha: 7_500,
      vatPoisha: 1_125,
      netPoisha: 66_375,
      payoutsPoisha: 66_375,
      adjustmentsPoisha: 0,
    });
    expect(json.body.closingBalancePoisha).toBe(0 - (await ledger.balanceOf(payable(vendor.c))));

    const csv = await ledger.call('GET', path.replace('/statement?', '/statement.csv?'), staff);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="statement-.+\.csv"$/);
    const rows = csv.text
      .trimEnd()
      .split('\r\n')
      .map((row) => row.split(','));
    expect(rows.map((r) => r[1])).toEqual([
      'type',
      'opening_balance',
      'sale',
      'refund',
      'payout',
      'closing_balance',
    ]);
    expect(rows.slice(2, 5).map((r) => [r[8], r[9]])).toEqual([
      ['1106.25', '1106.25'],
      ['-442.50', '663.75'],
      ['-663.75', '0.00'],
    ]);
    expect(rows[5]![9]).toBe('0.00');

    expect((await ledger.call('GET', path, { roles: ['vendor:owner'], vendorId: vendor.a })).status).toBe(
      403,
    );
    expect((await ledger.call('GET', path, finance)).status).toBe(200);
    const bad = await ledger.call('GET', `/vendors/${vendor.c}/statement?from=yesterday`, finance);
    expect(bad.status).toBe(400);
  });

  it('balances: every account equals the sum of its entries and the whole ledger sums to zero', async () => {
    expect((await ledger.call('GET', '/admin/ledger/balances', support)).status).toBe(403);
    const response = await ledger.call('GET', '/admin/ledger/balances', finance);
    expect(response.status).toBe(200);
    const { accounts, totals } = response.body;
    expect(totals).toMatchObject({ sumPoisha: 0, balanced: true });
    for (const account of accounts)
      expect({ account: account.account, balance: account.balancePoisha }).toEqual({
        account: account.account,
        balance: await ledger.balanceOf(account.account),
      });
    const byName = Object.fromEntries(accounts.map((a: any) => [a.account, a.normalBalancePoisha]));
    // Every package is delivered or refunded and every refund paid: nothing is held or owed to shoppers.
    expect(byName['escrow']).toBe(0);
    expect(byName['refunds_payable']).toBe(0);
    expect(byName[payable(vendor.b)]).toBe(12_700);
    const [sums] = await ledger.rows(
      `SELECT sum(amount_poisha) FILTER (WHERE side = 'debit')::bigint AS debits,
              sum(amount_poisha) FILTER (WHERE side = 'credit')::bigint AS credits FROM ledger_entries`,
    );
    expect([totals.debitPoisha, totals.creditPoisha]).toEqual([Number(sums.debits), Number(sums.credits)]);
    const unbalanced = await ledger.rows(
      `SELECT posting_id FROM ledger_entries GROUP BY posting_id
        HAVING sum(CASE side WHEN 'debit' THEN amount_poisha ELSE -amount_poisha END) <> 0`,
    );
    expect(unbalanced).toEqual([]);
  });

  it('posts every online payment into escrow when its sale and its capture are handled at the same moment', async () => {
    const escrowBefore = await ledger.balanceOf('escrow');
    const orders = Array.from({ length: 12 }, () =>
      orderPlaced('bkash', [{ lines: [{ totalPoisha: 80_000 }], deliveryPoisha: 6_000 }]),
    );
    // the sale (order.orders) and the capture (payment.payments) come on two topics, consumed side by side
    const sent = await Promise.all(
      orders.flatMap((order) => [
        ledger.send('order.placed.v1', order, order.orderId),
        ledger.send('payment.captured.v1', captured(order, randomUUID()), order.orderId),
      ]),
    );
    for (const envelope of sent) await ledger.applied(envelope);

    const waiting = await ledger.rows(
      'SELECT order_id FROM ledger_captures WHERE applied_at IS NULL AND order_id = ANY($1::uuid[])',
      [orders.map((o) => o.orderId)],
    );
    expect(waiting).toEqual([]);
    // escrow is owed to shoppers and vendors: a credit balance
    expect(escrowBefore - (await ledger.balanceOf('escrow'))).toBe(12 * 86_000);
  });
});
