import { randomUUID } from 'node:crypto';
import { createTestDatabase, freePort } from '@getit/testing';
import { startPayment } from '../src/payment.host';
import { admin, PaymentHarness, paymentRequest } from './payment.harness';

jest.setTimeout(60_000);

/** The admin reads over HTTP, on a real Postgres with the in-process bus, and the limits taken from config. */
describe('payment service over HTTP', () => {
  const payments = new PaymentHarness('in-process', { COD_MAX_ORDER_POISHA: '100000' });
  let paymentId: string;
  let orderId: string;

  beforeAll(async () => {
    await payments.start('payment_api');
    const request = paymentRequest('cod', [60_000, 40_000]);
    orderId = request.orderId;
    await payments.publish('order.payment-requested.v1', request, orderId);
    paymentId = (await payments.nextEvent(orderId, 'payment.authorized.v1')).data.paymentId;
  });
  afterAll(() => payments.stop());

  it('shows an admin a payment with its packages and history', async () => {
    const response = await payments.call('GET', `/payments/${paymentId}`, admin);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: paymentId,
      orderId,
      method: 'cod',
      amountPoisha: 100_000,
      currency: 'BDT',
      status: 'authorized',
      capturedPoisha: 0,
      collectedPoisha: 0,
      providerRef: `cod:${paymentId}`,
      failureReason: null,
      authorizedAt: expect.any(String),
    });
    expect(response.body.packages).toHaveLength(2);
    expect(response.body.history).toMatchObject([
      { from: null, to: 'requires_action', reason: 'payment requested' },
      { from: 'requires_action', to: 'authorized', reason: 'cash on delivery accepted' },
    ]);
  });

  it("lists an order's payments, and none for an order without", async () => {
    const listed = await payments.call('GET', `/payments?orderId=${orderId}`, { roles: ['admin:support'] });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toEqual([paymentId]);
    expect((await payments.call('GET', `/payments?orderId=${randomUUID()}`, admin)).body).toEqual({
      items: [],
    });
  });

  it('answers bad ids and queries with problem+json naming the field', async () => {
    const cases: [string, number, string][] = [
      ['/payments/not-a-uuid', 400, 'paymentId'],
      [`/payments/${randomUUID()}`, 404, 'paymentId'],
      ['/payments?orderId=42', 400, 'orderId'],
      ['/payments', 400, 'orderId'],
      [`/payments?orderId=${orderId}&status=x`, 400, 'status'],
    ];
    for (const [path, status, field] of cases) {
      const response = await payments.call('GET', path, admin);
      expect({ path, status: response.status, type: response.contentType }).toEqual({
        path,
        status,
        type: expect.stringContaining('application/problem+json'),
      });
      const fields = [
        response.body.field,
        ...(response.body.errors ?? []).map((e: { field: string }) => e.field),
      ];
      expect(fields).toContain(field);
    }
  });

  it('lets only admins read: 401 without a caller, 403 for shoppers and vendors', async () => {
    expect((await payments.call('GET', `/payments/${paymentId}`)).status).toBe(401);
    expect((await payments.call('GET', `/payments/${paymentId}`, { roles: ['shopper'] })).status).toBe(403);
    const vendor = await payments.call('GET', `/payments?orderId=${orderId}`, { roles: ['vendor:owner'] });
    expect(vendor.status).toBe(403);
    expect(vendor.contentType).toContain('application/problem+json');
  });

  it('takes the cash-on-delivery limit from COD_MAX_ORDER_POISHA', async () => {
    const request = paymentRequest('cod', [100_001]);
    await payments.publish('order.payment-requested.v1', request, request.orderId);
    const failed = await payments.nextEvent(request.orderId, 'payment.failed.v1');
    expect(failed.data.reason).toContain('up to ৳1,000; this order is ৳1,000.01');
  });

  it('refuses to start with Nagad enabled but no Nagad keys', async () => {
    const db = await createTestDatabase('payment_boot');
    try {
      await expect(
        startPayment({
          DATABASE_URL: db.url,
          MESSAGING_TRANSPORT: 'in-process',
          HOST: '127.0.0.1',
          PORT: String(await freePort()),
          LOG_LEVEL: 'silent',
          PAYMENT_METHODS_ENABLED: 'cod, bkash, nagad',
        }),
      ).rejects.toThrow(
        'PAYMENT_METHODS_ENABLED names nagad, which this deployment has no provider for (available: cod, bkash, ' +
          'sslcommerz). Nagad needs NAGAD_PUBLIC_KEY and NAGAD_MERCHANT_PRIVATE_KEY.',
      );
    } finally {
      await db.drop();
    }
  });
});
