import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { CheckoutFixture, send, StockedVendor } from './checkout.fixture';

jest.setTimeout(240_000);

const ADDRESS = {
  name: 'Nusrat Jahan',
  phone: '01912345678',
  division: 'Sylhet',
  district: 'Sylhet',
  area: 'Zindabazar',
  postcode: '3100',
  street: 'Lane 4, House 21',
};

/**
 * Online payments through the gateway, with the real saga: the shopper is sent to the provider's page (the
 * sandbox, a real HTTP server speaking bKash's, Nagad's and SSLCommerz's APIs), the provider calls back through
 * the gateway, payment checks server-to-server, and only then does the order confirm.
 */
describe('checkout paid online (bKash, Nagad, SSLCommerz sandboxes)', () => {
  const f = new CheckoutFixture({}, { online: true });
  let vendor: StockedVendor;

  beforeAll(async () => {
    await f.start();
    vendor = await f.stockedVendor(
      { name: 'Sylhet Tea House', slug: `tea-${randomUUID().slice(0, 6)}` },
      1,
      20,
    );
  });
  afterAll(() => f.stop());

  const variant = () => vendor.variants[0]!;

  async function order(
    method: 'bkash' | 'nagad' | 'sslcommerz',
  ): Promise<{ orderId: string; checkout: any }> {
    const cart = await send('POST', f.api('/carts'), {});
    const line = await send('PUT', f.api(`/carts/${cart.body.id}/lines/${variant().variantId}`), {
      quantity: 1,
    });
    expect(line.status).toBe(200);
    const placed = await send(
      'POST',
      f.api('/orders'),
      { cartId: cart.body.id, address: ADDRESS, paymentMethod: method },
      { 'idempotency-key': randomUUID() },
    );
    expect(placed.status).toBe(201);
    const checkout = await waitFor(
      `the ${method} checkout to be ready or closed`,
      async () => {
        const view = await send('GET', f.api(`/payments/checkout/${placed.body.id}`));
        return view.status === 200 && (view.body.redirectUrl || view.body.status !== 'requires_action')
          ? view.body
          : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    ).catch(() => null);
    return { orderId: placed.body.id, checkout };
  }

  async function settled(orderId: string): Promise<any> {
    return waitFor(
      `order ${orderId} to settle`,
      async () => {
        const view = await send('GET', f.api(`/orders/${orderId}?waitMs=5000`));
        return view.body.status === 'pending_payment' ? undefined : view.body;
      },
      { timeoutMs: 60_000 },
    );
  }

  /** Stock once earlier orders' reservations were committed or released (nothing held). */
  async function quietStock(): Promise<{ onHand: number; reserved: number }> {
    return waitFor(
      'no stock held',
      async () => {
        const stock = await f.stock(variant().variantId);
        return stock.reserved === 0 ? stock : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  }

  async function browse(url: string): Promise<{ status: number; location: string | null }> {
    const response = await fetch(url, { redirect: 'manual' });
    return { status: response.status, location: response.headers.get('location') };
  }

  it('bKash: redirect, approve on bKash, callback through the gateway, execute + query → confirmed and captured', async () => {
    const before = await quietStock();
    const { orderId, checkout } = await order('bkash');
    expect(checkout).toMatchObject({ method: 'bkash', status: 'requires_action' });
    const paymentID = new URL(checkout.redirectUrl).pathname.split('/').pop()!;
    const approval = await f.sandboxControl('/approve', {
      provider: 'bkash',
      id: paymentID,
      outcome: 'success',
    });
    expect(approval.callbackUrl).toContain(`${f.market.gateway.url}/api/payments/callbacks/bkash`);
    const back = await browse(approval.callbackUrl);
    expect(back.status).toBe(303);
    expect(back.location).toContain('payment=success');
    expect((await settled(orderId)).status).toBe('confirmed');
    expect((await send('GET', f.api(`/payments/checkout/${orderId}`))).body.status).toBe('captured');
    await waitFor(
      'the reservation to be committed',
      async () => (await f.stock(variant().variantId)).onHand === before.onHand - 1,
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
  });

  it('Nagad: RSA-signed initialize/complete, callback, verify → confirmed', async () => {
    const { orderId, checkout } = await order('nagad');
    expect(checkout).toMatchObject({ method: 'nagad', status: 'requires_action' });
    const reference = new URL(checkout.redirectUrl).pathname.split('/').pop()!;
    const approval = await f.sandboxControl('/approve', {
      provider: 'nagad',
      id: reference,
      outcome: 'success',
    });
    expect((await browse(approval.callbackUrl)).location).toContain('payment=success');
    expect((await settled(orderId)).status).toBe('confirmed');
  });

  it('SSLCommerz: the IPN reaches payment through the gateway, is validated server-to-server → confirmed', async () => {
    const { orderId, checkout } = await order('sslcommerz');
    expect(checkout).toMatchObject({ method: 'sslcommerz', status: 'requires_action' });
    const payments = await send('GET', f.api(`/payments?orderId=${orderId}`), undefined, f.admin());
    const approval = await f.sandboxControl('/approve', {
      provider: 'sslcommerz',
      id: payments.body.items[0].providerRef,
      outcome: 'success',
    });
    expect(approval.ipn).toEqual([expect.objectContaining({ status: 200 })]);
    expect((await settled(orderId)).status).toBe('confirmed');
  });

  it('a forged bKash callback confirms nothing; the shopper cancelling on bKash cancels the order and frees the stock', async () => {
    const before = await quietStock();
    await f.sandboxControl('/scenario', { provider: 'bkash', outcome: 'forged_callback' });
    const { orderId, checkout } = await order('bkash');
    const paymentID = new URL(checkout.redirectUrl).pathname.split('/').pop()!;
    const forged = await f.sandboxControl('/approve', {
      provider: 'bkash',
      id: paymentID,
      outcome: 'success',
    });
    expect((await browse(forged.callbackUrl)).location).toContain('payment=failed');
    expect((await send('GET', f.api(`/orders/${orderId}`))).body.status).toBe('pending_payment');

    // the forged-callback scenario was for one payment page visit; the shopper now cancels on bKash's page
    const cancelled = await f.sandboxControl('/approve', {
      provider: 'bkash',
      id: paymentID,
      outcome: 'cancel',
    });
    expect((await browse(cancelled.callbackUrl)).location).toContain('payment=cancelled');
    const final = await settled(orderId);
    expect(final.status).toBe('cancelled');
    expect(final.cancellation.reason).toBe('payment_failed');
    await waitFor(
      'the stock to be released',
      async () => (await f.stock(variant().variantId)).reserved === before.reserved,
      {
        timeoutMs: 30_000,
        intervalMs: 100,
      },
    );
    expect(await f.stock(variant().variantId)).toEqual(before);
  });

  it('bKash down: the order is cancelled cleanly with the reason, and its stock released', async () => {
    const before = await quietStock();
    await f.sandboxControl('/scenario', { provider: 'bkash', outcome: 'down' });
    try {
      const { orderId } = await order('bkash');
      const final = await settled(orderId);
      expect(final.status).toBe('cancelled');
      expect(final.cancellation.reason).toBe('payment_failed');
      await waitFor(
        'the stock to be released',
        async () => (await f.stock(variant().variantId)).reserved === before.reserved,
        {
          timeoutMs: 30_000,
          intervalMs: 100,
        },
      );
      expect(await f.stock(variant().variantId)).toEqual(before);
    } finally {
      await f.sandboxControl('/reset', {});
    }
  });
});
