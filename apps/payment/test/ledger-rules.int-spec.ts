import { randomUUID } from 'node:crypto';
import { createPrismaClient } from '@getit/database';
import { createPosting, PostingConflictException } from '../src/domain';
import { LedgerRepository } from '../src/infrastructure/ledger/ledger.repository';
import { PaymentPrismaClient } from '../src/infrastructure/payment-prisma';
import { captured, finance, LedgerHarness, orderPlaced, packageChanged, support } from './ledger.harness';

jest.setTimeout(90_000);

/**
 * The ledger's guarantees on a real Postgres (events on the in-process bus: these tests are about the database and
 * the rules, the Kafka path is ledger.int-spec.ts): the database itself refuses unbalanced postings and any edit,
 * posting is idempotent, commission frozen at sale survives rule changes, events arriving out of order still post
 * correctly, and the admin API answers bad input with problem+json naming the fields.
 */
describe('payment ledger rules', () => {
  const ledger = new LedgerHarness('in-process');
  let prisma: PaymentPrismaClient;

  beforeAll(async () => {
    await ledger.start('ledger_rules');
    prisma = createPrismaClient(PaymentPrismaClient, { url: ledger.db.url, poolMax: 2 });
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await ledger.stop();
  });

  const posting = (id: string, credit = 1_000) =>
    `INSERT INTO ledger_postings (id, kind, reference, occurred_at)
       VALUES ('${id}', 'payment_captured', '{"orderId":"o-1"}', now());
     INSERT INTO ledger_entries (posting_id, line_no, account, side, amount_poisha)
       VALUES ('${id}', 0, 'shopper_payments_clearing', 'debit', 1000), ('${id}', 1, 'escrow', 'credit', ${credit});`;

  describe('the database', () => {
    it('refuses an unbalanced posting when the transaction commits', async () => {
      await ledger.sql.query('BEGIN');
      await ledger.sql.query(posting('db-unbalanced', 999));
      await expect(ledger.sql.query('COMMIT')).rejects.toThrow(
        'ledger posting db-unbalanced is unbalanced: debits 1000 poisha, credits 999 poisha',
      );
      expect(await ledger.rows("SELECT 1 FROM ledger_postings WHERE id = 'db-unbalanced'")).toEqual([]);
    });

    it('refuses a posting without entries', async () => {
      await expect(
        ledger.sql.query(
          `INSERT INTO ledger_postings (id, kind, reference, occurred_at) VALUES ('db-empty', 'payment_captured', '{"orderId":"o"}', now())`,
        ),
      ).rejects.toThrow('unbalanced');
    });

    it('refuses any UPDATE or DELETE of entries and postings, and entries added to a committed posting', async () => {
      await ledger.sql.query(`BEGIN; ${posting('db-sealed')} COMMIT;`);
      for (const statement of [
        "UPDATE ledger_entries SET amount_poisha = 1 WHERE posting_id = 'db-sealed'",
        "DELETE FROM ledger_entries WHERE posting_id = 'db-sealed'",
        "UPDATE ledger_postings SET occurred_at = now() WHERE id = 'db-sealed'",
        "DELETE FROM ledger_postings WHERE id = 'db-sealed'",
        'TRUNCATE ledger_entries CASCADE',
      ])
        await expect(ledger.sql.query(statement)).rejects.toThrow('append-only');
      await expect(
        ledger.sql.query(
          `INSERT INTO ledger_entries VALUES ('db-sealed', 2, 'escrow', 'debit', 5), ('db-sealed', 3, 'bank', 'credit', 5)`,
        ),
      ).rejects.toThrow('ledger posting db-sealed is sealed');
      expect(await ledger.entriesOf('db-sealed')).toEqual([
        'shopper_payments_clearing debit 1000',
        'escrow credit 1000',
      ]);
    });
  });

  it('posts the same id once: the same content again is a no-op, other content a conflict', async () => {
    const repository = new LedgerRepository();
    const make = (amount: number) =>
      createPosting({
        id: 'repo-posting',
        kind: 'payment_captured',
        reference: { orderId: 'o-2', paymentId: 'p-2' },
        occurredAt: new Date('2026-11-01T10:00:00+06:00'),
        entries: [
          { account: 'shopper_payments_clearing', side: 'debit', amountPoisha: amount },
          { account: 'escrow', side: 'credit', amountPoisha: amount },
        ],
      });
    expect(await prisma.$transaction((tx) => repository.post(tx, make(131_000)))).toBe(true);
    expect(await prisma.$transaction((tx) => repository.post(tx, make(131_000)))).toBe(false);
    await expect(prisma.$transaction((tx) => repository.post(tx, make(131_001)))).rejects.toThrow(
      PostingConflictException,
    );
    expect(
      await ledger.rows("SELECT count(*)::int AS n FROM ledger_entries WHERE posting_id = 'repo-posting'"),
    ).toEqual([{ n: 2 }]);
  });

  describe('commission rules', () => {
    it('starts with the marketplace default: 10%, at least ৳20 a line, VAT 15%', async () => {
      const response = await ledger.call('GET', '/admin/commission-rules', finance);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        vatRateBps: 1_500,
        items: [
          expect.objectContaining({
            id: 'marketplace-default',
            scope: 'marketplace',
            rateBps: 1_000,
            minimumPoisha: 2_000,
            active: true,
          }),
        ],
      });
    });

    it('freezes the rule of the moment of sale on each line: a later change never reaches a sold line', async () => {
      const books = await ledger.call('POST', '/admin/commission-rules', finance, {
        categorySlug: 'books',
        rateBps: 500,
        minimumPoisha: 1_000,
      });
      expect(books.status).toBe(201);
      expect(books.body).toMatchObject({
        scope: 'category',
        categorySlug: 'books',
        rateBps: 500,
        active: true,
      });

      const order = orderPlaced('cod', [
        { lines: [{ totalPoisha: 100_000, categorySlug: 'books' }], deliveryPoisha: 6_000 },
      ]);
      const pkg = order.packages[0]!.packageId;
      await ledger.publish('order.placed.v1', order, order.orderId);

      const raised = await ledger.call('POST', '/admin/commission-rules', finance, {
        categorySlug: 'books',
        rateBps: 2_000,
      });
      expect(raised.status).toBe(201);
      const all = await ledger.call('GET', '/admin/commission-rules?includeInactive=true', finance);
      expect(all.body.items.find((r: { id: string }) => r.id === books.body.id)).toMatchObject({
        active: false,
        deactivatedAt: expect.any(String),
      });

      await ledger.publish(
        'order.package-status-changed.v1',
        packageChanged(order, 0, 'delivered'),
        order.orderId,
      );
      const [sale] = await ledger.rows(
        'SELECT lines, commission_poisha FROM package_sales WHERE package_id = $1',
        [pkg],
      );
      expect(sale.lines[0].commission).toEqual({
        ruleId: books.body.id,
        rateBps: 500,
        minimumPoisha: 1_000,
        vatRateBps: 1_500,
      });
      expect(await ledger.entriesOf(`package_delivered:${pkg}`)).toEqual([
        'escrow debit 106000',
        `vendor_payable:${order.packages[0]!.vendorId} credit 94250`,
        'platform_commission_revenue credit 5000',
        'vat_on_commission_payable credit 750',
        'delivery_charges credit 6000',
      ]);
      await expect(ledger.sql.query('UPDATE package_sales SET commission_poisha = 0')).rejects.toThrow(
        'append-only',
      );

      const next = orderPlaced('cod', [
        { lines: [{ totalPoisha: 100_000, categorySlug: 'books' }], deliveryPoisha: 0 },
      ]);
      await ledger.publish('order.placed.v1', next, next.orderId);
      const [later] = await ledger.rows('SELECT commission_poisha FROM package_sales WHERE package_id = $1', [
        next.packages[0]!.packageId,
      ]);
      expect(Number(later.commission_poisha)).toBe(20_000);

      const removed = await ledger.call('DELETE', `/admin/commission-rules/${raised.body.id}`, finance);
      expect(removed.body).toMatchObject({ active: false });
    });

    it('keeps the marketplace default, checks input, and lets only finance change rules', async () => {
      const keep = await ledger.call('DELETE', '/admin/commission-rules/marketplace-default', finance);
      expect(keep.status).toBe(409);
      const bad = await ledger.call('POST', '/admin/commission-rules', finance, {
        categorySlug: 'Bad Slug',
        rateBps: 10_001,
        minimumPoisha: -1,
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'categorySlug',
        'minimumPoisha',
        'rateBps',
      ]);
      expect((await ledger.call('POST', '/admin/commission-rules', support, { rateBps: 1 })).status).toBe(
        403,
      );
      expect((await ledger.call('GET', '/admin/commission-rules')).status).toBe(401);
    });
  });

  it('posts correctly when the capture and the delivery arrive before the sale they belong to', async () => {
    const order = orderPlaced('nagad', [{ lines: [{ totalPoisha: 80_000 }], deliveryPoisha: 6_000 }]);
    const pkg = order.packages[0]!.packageId;
    const paymentId = randomUUID();
    await ledger.publish('payment.captured.v1', captured(order, paymentId), order.orderId);
    expect(await ledger.entriesOf(`payment_captured:${paymentId}:${pkg}`)).toEqual([]);
    await ledger.publish('order.placed.v1', order, order.orderId);
    expect(await ledger.entriesOf(`payment_captured:${paymentId}:${pkg}`)).toEqual([
      'shopper_payments_clearing debit 86000',
      'escrow credit 86000',
    ]);

    const late = orderPlaced('nagad', [{ lines: [{ totalPoisha: 30_000 }], deliveryPoisha: 6_000 }]);
    const latePkg = late.packages[0]!.packageId;
    await ledger.publish('order.placed.v1', late, late.orderId);
    await ledger.publish(
      'order.package-status-changed.v1',
      packageChanged(late, 0, 'delivered'),
      late.orderId,
    );
    expect(await ledger.entriesOf(`package_delivered:${latePkg}`)).toEqual([]);
    await ledger.publish('payment.captured.v1', captured(late, randomUUID()), late.orderId);
    expect((await ledger.entriesOf(`package_delivered:${latePkg}`))[0]).toBe('escrow debit 36000');
  });

  it('makes a Nagad refund a manual task with the 10-day deadline', async () => {
    const order = orderPlaced('nagad', [{ lines: [{ totalPoisha: 20_000 }], deliveryPoisha: 6_000 }]);
    await ledger.publish('order.placed.v1', order, order.orderId);
    await ledger.publish('payment.captured.v1', captured(order, randomUUID()), order.orderId);
    const before = Date.now();
    const refund = await ledger.call('POST', '/admin/refunds', support, {
      orderId: order.orderId,
      packageId: order.packages[0]!.packageId,
      amountPoisha: 5_000,
      reason: 'out_of_stock',
    });
    expect(refund.status).toBe(201);
    expect(refund.body).toMatchObject({
      status: 'manual_pending',
      manual: true,
      timing: 'before_delivery',
      overdue: false,
    });
    const deadline = new Date(refund.body.deadlineAt).getTime() - before;
    expect(deadline).toBeGreaterThanOrEqual(10 * 24 * 3_600_000 - 1_000);
    expect(deadline).toBeLessThan(10 * 24 * 3_600_000 + 60_000);
    const listed = await ledger.call(
      'GET',
      `/admin/refunds?status=manual_pending&orderId=${order.orderId}`,
      finance,
    );
    expect(listed.body.items.map((r: { id: string }) => r.id)).toEqual([refund.body.id]);
  });

  it('answers bad refund requests with problem+json naming each field, and unknown packages with 404', async () => {
    const bad = await ledger.call('POST', '/admin/refunds', finance, {
      orderId: 'not-a-uuid',
      packageId: randomUUID(),
      amountPoisha: -5,
      reason: 'whim',
      extra: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['orderId', 'amountPoisha', 'reason']));
    const unknown = await ledger.call('POST', '/admin/refunds', finance, {
      orderId: randomUUID(),
      packageId: randomUUID(),
      amountPoisha: 'full',
      reason: 'other',
    });
    expect(unknown.status).toBe(404);
    const operations = { roles: ['admin:operations'] };
    const body = { orderId: randomUUID(), packageId: randomUUID(), amountPoisha: 'full', reason: 'other' };
    expect((await ledger.call('POST', '/admin/refunds', operations, body)).status).toBe(403);
  });
});
