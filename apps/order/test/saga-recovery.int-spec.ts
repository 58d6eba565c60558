import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { OrderHarness } from './order.harness';

jest.setTimeout(120_000);

const STEP_TIMEOUT_MS = 4_000;

/**
 * The order service as its own OS process, SIGKILLed mid-saga and started again: everything the saga needs is in
 * Postgres (saga rows, outbox) and Kafka (unconsumed answers), so each checkout still ends confirmed or cancelled.
 */
describe('checkout saga across a SIGKILL', () => {
  const harness = new OrderHarness(
    {
      RESERVE_STOCK_TIMEOUT_MS: String(STEP_TIMEOUT_MS),
      PAYMENT_TIMEOUT_MS: '60s',
      SAGA_SWEEP_INTERVAL_MS: '200',
    },
    true,
  );
  let vendorId: string;
  let variantId: string;

  beforeAll(async () => {
    await harness.start('order_recovery');
    vendorId = await harness.seedVendor();
    ({ variantId } = await harness.seedVariant(vendorId, { pricePoisha: 99_000, stock: 100 }));
  });
  afterAll(() => harness.stop());

  async function place(): Promise<any> {
    const cartId = await harness.cartWith([{ variantId, quantity: 1 }]);
    const response = await harness.placeOrder(cartId);
    expect(response.status).toBe(201);
    return response.body;
  }

  it('resumes: answers sent while it was down are applied, steps that went overdue are timed out', async () => {
    // A: stock reserved, waiting for the payment. B: just placed, waiting for stock that never comes.
    const a = await place();
    const reservationId = randomUUID();
    await harness.publish(
      'inventory.stock-reserved.v1',
      {
        reservationId,
        reservationKey: a.id,
        lines: [
          { variantId, vendorId, quantity: 1, allocations: [{ warehouseId: randomUUID(), quantity: 1 }] },
        ],
        expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      },
      reservationId,
      'inventory',
    );
    await waitFor(
      'A to wait for its payment',
      async () => (await harness.sagaOf(a.id))?.step === 'take_payment',
    );
    const b = await place();

    await harness.kill();
    const paymentId = randomUUID();
    await harness.publish(
      'payment.authorized.v1',
      {
        paymentId,
        orderId: a.id,
        method: 'cod',
        amountPoisha: a.totalPoisha,
        currency: 'BDT',
        collected: false,
        authorizedAt: new Date().toISOString(),
      },
      a.id,
      'payment',
    );
    expect((await harness.sagaOf(b.id)).status).toBe('running');
    await new Promise((resolve) => setTimeout(resolve, STEP_TIMEOUT_MS + 500)); // B's step goes overdue while down

    await harness.relaunch();
    await harness.waitForOrder(a.id, 'confirmed');
    const cancelled = await harness.waitForOrder(b.id, 'cancelled');
    expect(cancelled.cancel_reason).toBe('checkout_timed_out');

    const typesOf = async (orderId: string) => (await harness.orderEvents(orderId)).map((e) => e.type);
    expect(await typesOf(a.id)).toEqual([
      'order.placed.v1',
      'order.payment-requested.v1',
      'order.confirmed.v1',
    ]);
    expect(await typesOf(b.id)).toEqual(['order.placed.v1', 'order.cancelled.v1']);
    await waitFor('every event to reach Kafka', async () => {
      const rows = await harness.query('SELECT 1 FROM outbox WHERE published_at IS NULL');
      return rows.length === 0;
    });
    expect(await harness.query(`SELECT status FROM checkout_sagas WHERE status = 'running'`)).toEqual([]);
  });
});
