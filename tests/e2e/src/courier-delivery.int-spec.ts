import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { freePort, ServiceProcess, waitFor } from '@getit/testing';
import { CheckoutFixture, send, StockedVendor } from './checkout.fixture';

jest.setTimeout(240_000);

const PATHAO_SECRET = `e2e-pathao-${randomUUID().slice(0, 8)}`;
const STEADFAST_TOKEN = `e2e-steadfast-${randomUUID().slice(0, 8)}`;
const ADDRESS = {
  name: 'Rahima Akter',
  phone: '01712345678',
  division: 'Dhaka',
  district: 'Dhaka',
  area: 'Dhanmondi',
  postcode: '1209',
  street: 'House 12, Road 5',
};

/**
 * A COD order delivered by Pathao, end to end: the courier sandbox as its own process, shipping, order, payment
 * and inventory over Kafka, the vendor and the courier's webhooks through the gateway.
 */
describe('courier delivery through the gateway and Kafka (courier sandbox process)', () => {
  let sandbox: ServiceProcess;
  let f: CheckoutFixture;
  let vendor: StockedVendor;

  const control = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${sandbox.url}/__control${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`sandbox ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };

  beforeAll(async () => {
    const port = await freePort();
    sandbox = await new ServiceProcess({
      name: 'courier-sandbox',
      script: join(__dirname, '../../../dist/apps/courier-sandbox/src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'silent' },
    }).start();
    const { pathao } = await control('GET', '/config');
    f = new CheckoutFixture({
      shipping: {
        PATHAO_BASE_URL: pathao.baseUrl,
        PATHAO_CLIENT_ID: pathao.clientId,
        PATHAO_CLIENT_SECRET: pathao.clientSecret,
        PATHAO_USERNAME: pathao.username,
        PATHAO_PASSWORD: pathao.password,
        PATHAO_WEBHOOK_SECRET: PATHAO_SECRET,
        // Steadfast only takes webhooks here (no base URL: it is not offered for booking)
        STEADFAST_WEBHOOK_TOKEN: STEADFAST_TOKEN,
        SHIPPING_BOOKING_INTERVAL_MS: '300',
      },
    });
    await f.start();
    await control('PUT', '/webhooks/pathao', {
      url: f.api('/webhooks/couriers/pathao'),
      secret: PATHAO_SECRET,
    });
    vendor = await f.stockedVendor(
      { name: 'Tangail Tant Ghar', slug: `tant-${randomUUID().slice(0, 6)}` },
      1,
      10,
    );
  });
  afterAll(async () => {
    await f?.stop();
    await sandbox?.stop();
  });

  /** A guest's COD order of one item, confirmed by the saga; returns the order and its package. */
  async function confirmedOrder() {
    const cart = await send('POST', f.api('/carts'), {});
    await send('PUT', f.api(`/carts/${cart.body.id}/lines/${vendor.variants[0]!.variantId}`), {
      quantity: 1,
    });
    const placed = await send(
      'POST',
      f.api('/orders'),
      { cartId: cart.body.id, address: ADDRESS, paymentMethod: 'cod' },
      { 'idempotency-key': randomUUID() },
    );
    expect(placed.status).toBe(201);
    const order = await waitFor(
      'the order confirmed',
      async () => {
        const view = await send('GET', f.api(`/orders/${placed.body.id}`));
        return view.body?.status === 'confirmed' ? view.body : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    return { order, pkg: order.packages[0] };
  }

  const packageStatus = async (orderId: string) =>
    (await send('GET', f.api(`/orders/${orderId}`))).body.packages[0].status as string;

  it('books when the vendor packs, follows the webhooks to delivered once, and the order completes', async () => {
    const { order, pkg } = await confirmedOrder();
    const packed = await send(
      'POST',
      f.api(`/vendors/${vendor.vendorId}/packages/${pkg.id}/transitions`),
      { action: 'pack' },
      f.owner(vendor.vendorId),
    );
    expect(packed.status).toBe(200);
    const parcel = await waitFor(
      'Pathao booked',
      async () =>
        (
          (await control('GET', '/parcels?courier=pathao')) as {
            id: string;
            merchantRef: string;
            codTaka: number;
          }[]
        ).find((entry) => entry.merchantRef === pkg.id),
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(parcel.codTaka).toBe(order.totalPoisha / 100);

    const label = await fetch(f.api(`/vendors/${vendor.vendorId}/packages/${pkg.id}/label`), {
      headers: f.owner(vendor.vendorId),
    });
    expect({ status: label.status, type: label.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'application/pdf',
    });

    const picked = await control('POST', `/parcels/pathao/${parcel.id}/steps`, {
      step: 'picked',
      duplicate: true,
    });
    expect(picked.deliveries.map((d: { status: number }) => d.status)).toEqual([202, 202]);
    await control('POST', `/parcels/pathao/${parcel.id}/steps`, { step: 'in_transit', hold: true });
    await control('POST', `/parcels/pathao/${parcel.id}/steps`, { step: 'out_for_delivery', hold: true });
    await control('POST', '/webhooks/release', { reverse: true });
    await waitFor(
      'the package handed to the courier',
      async () => (await packageStatus(order.id)) === 'handed_to_courier',
      {
        timeoutMs: 30_000,
        intervalMs: 200,
      },
    );

    const tracking = await send('GET', f.api(`/orders/${order.id}/tracking`));
    expect(tracking.status).toBe(200);
    expect(tracking.body.packages[0]).toMatchObject({
      courier: 'pathao',
      consignmentId: parcel.id,
      status: 'out_for_delivery',
    });
    expect(tracking.body.packages[0].timeline.map((step: { status: string }) => step.status)).toEqual([
      'booked',
      'picked',
      'out_for_delivery',
    ]);
    expect(tracking.body.packages[0].timeline.at(-1).bn).toBe('ডেলিভারির জন্য বের হয়েছে');

    const forged = await control('POST', `/parcels/pathao/${parcel.id}/forged`, { step: 'delivered' });
    expect(forged.deliveries.map((d: { status: number }) => d.status)).toEqual([401]);
    expect(await packageStatus(order.id)).toBe('handed_to_courier');
    const metrics = await (await fetch(`${f.services.shipping.url}/metrics`)).text();
    expect(metrics).toMatch(/shipping_courier_webhooks_forged_total\{[^}]*courier="pathao"[^}]*\} 1\n/);

    await control('POST', `/parcels/pathao/${parcel.id}/steps`, { step: 'delivered', duplicate: true });
    await waitFor(
      'the order completed',
      async () => {
        const view = await send('GET', f.api(`/orders/${order.id}`));
        return view.body.status === 'completed' ? view.body : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(await packageStatus(order.id)).toBe('delivered');
    // the duplicated delivery and the late in-transit report left one step each, in order
    const final = await send('GET', f.api(`/orders/${order.id}/tracking`));
    expect(final.body.packages[0].timeline.map((step: { status: string }) => step.status)).toEqual([
      'booked',
      'picked',
      'out_for_delivery',
      'delivered',
    ]);
    const moves = await f.query<{ count: string }>(
      'shipping',
      `SELECT count(*) FROM outbox WHERE type = 'shipping.shipment-status-changed.v1' AND key = $1`,
      [pkg.id],
    );
    expect(Number(moves[0]!.count)).toBe(3);
    // the courier dashboard's delivery time, by courier and district: one delivery, once
    const delivered = await (await fetch(`${f.services.shipping.url}/metrics`)).text();
    expect(delivered).toMatch(
      /shipping_delivery_days_count\{[^}]*courier="pathao"[^}]*district="Dhaka"[^}]*\} 1\n/,
    );
  });

  it('keeps a package while Pathao is down at booking, tells the vendor, and books it once Pathao is back', async () => {
    await control('PUT', '/outage/pathao', { down: true });
    const { order, pkg } = await confirmedOrder();
    try {
      const packed = await send(
        'POST',
        f.api(`/vendors/${vendor.vendorId}/packages/${pkg.id}/transitions`),
        { action: 'pack' },
        f.owner(vendor.vendorId),
      );
      expect(packed.status).toBe(200);
      const delayed = await waitFor(
        'the vendor told the booking waits',
        async () => {
          const view = await send(
            'GET',
            f.api(`/orders/${order.id}/tracking`),
            undefined,
            f.owner(vendor.vendorId),
          );
          return view.body?.packages?.[0]?.bookingDelay ? view.body.packages[0] : undefined;
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      );
      expect(delayed).toMatchObject({
        status: 'booking',
        bookingDelay: {
          attempts: expect.any(Number),
          en: expect.stringContaining('We keep trying'),
          bn: expect.stringContaining('আবার চেষ্টা করছি'),
        },
      });
      // the shopper (a guest order: its id) sees the package waiting, without the vendor's note
      const shopperView = await send('GET', f.api(`/orders/${order.id}/tracking`));
      expect(shopperView.body.packages[0].status).toBe('booking');
      expect(shopperView.body.packages[0]).not.toHaveProperty('bookingDelay');
    } finally {
      await control('PUT', '/outage/pathao', { down: false });
    }
    const parcel = await waitFor(
      'Pathao booked once it is back',
      async () =>
        ((await control('GET', '/parcels?courier=pathao')) as { id: string; merchantRef: string }[]).find(
          (entry) => entry.merchantRef === pkg.id,
        ),
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    const booked = await waitFor(
      'the tracking booked',
      async () => {
        const view = await send(
          'GET',
          f.api(`/orders/${order.id}/tracking`),
          undefined,
          f.owner(vendor.vendorId),
        );
        return view.body.packages[0].status === 'booked' ? view.body.packages[0] : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(booked).toMatchObject({ consignmentId: parcel.id });
    expect(booked).not.toHaveProperty('bookingDelay');
    const parcels = (await control('GET', '/parcels?courier=pathao')) as { merchantRef: string }[];
    expect(parcels.filter((entry) => entry.merchantRef === pkg.id)).toHaveLength(1);
    const metrics = await (await fetch(`${f.services.shipping.url}/metrics`)).text();
    expect(metrics).toMatch(
      /shipping_courier_bookings_total\{[^}]*courier="pathao"[^}]*result="unavailable"[^}]*\} [1-9]/,
    );
  });

  it("takes Steadfast's webhooks through the gateway with Steadfast's bearer token, and refuses forged ones", async () => {
    const { steadfast } = await control('GET', '/config');
    await control('PUT', '/webhooks/steadfast', {
      url: f.api('/webhooks/couriers/steadfast'),
      secret: STEADFAST_TOKEN,
    });
    const created = await fetch(`${steadfast.baseUrl}/create_order`, {
      method: 'POST',
      headers: {
        'Api-Key': steadfast.apiKey,
        'Secret-Key': steadfast.secretKey,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        invoice: `inv-${randomUUID().slice(0, 8)}`,
        recipient_name: 'Nasrin Akter',
        recipient_phone: '01911000003',
        recipient_address: 'Agrabad, Chattogram',
        cod_amount: 900,
      }),
    });
    const id = String(
      ((await created.json()) as { consignment: { consignment_id: number } }).consignment.consignment_id,
    );

    // genuine: the gateway passed the token on, shipping took it (a consignment that is not ours is only stored)
    const genuine = await control('POST', `/parcels/steadfast/${id}/steps`, { step: 'delivered' });
    expect(genuine.deliveries.map((d: { status: number }) => d.status)).toEqual([200]);
    const forged = await control('POST', `/parcels/steadfast/${id}/forged`, { step: 'delivered' });
    expect(forged.deliveries.map((d: { status: number }) => d.status)).toEqual([401]);
    const stored = await f.query<{ outcome: string }>(
      'shipping',
      `SELECT outcome FROM courier_events WHERE courier = 'steadfast' AND consignment_id = $1`,
      [id],
    );
    expect(stored).toEqual([{ outcome: 'unknown_consignment' }]);
    const metrics = await (await fetch(`${f.services.shipping.url}/metrics`)).text();
    expect(metrics).toMatch(/shipping_courier_webhooks_forged_total\{[^}]*courier="steadfast"[^}]*\} 1\n/);
  });
});
