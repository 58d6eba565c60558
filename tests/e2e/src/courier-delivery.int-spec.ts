import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { EventEnvelope } from '@getit/contracts';
import { courierEnv, CourierSandbox, DEMO_DELIVERY, infraEnv, waitFor } from '@getit/testing';
import { CheckoutFixture, send, StockedVendor } from './checkout.fixture';

jest.setTimeout(240_000);

const PATHAO_SECRET = `e2e-pathao-${randomUUID().slice(0, 8)}`;
const STEADFAST_TOKEN = `e2e-steadfast-${randomUUID().slice(0, 8)}`;

/**
 * A COD order delivered by Pathao, end to end: the courier sandbox as its own process, shipping, order, payment
 * and inventory over Kafka, the vendor and the courier's webhooks through the gateway.
 */
describe('courier delivery through the gateway and Kafka (courier sandbox process)', () => {
  const sandbox = new CourierSandbox();
  let f: CheckoutFixture;
  let vendor: StockedVendor;

  const control = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
    sandbox.control<any>(method, path, body);

  beforeAll(async () => {
    await sandbox.start();
    f = new CheckoutFixture({
      shipping: {
        ...courierEnv(await sandbox.config(), { couriers: ['pathao'] }),
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
    await sandbox.stop();
  });

  /** A guest's COD order of `quantity` of the item, confirmed by the saga; returns the order and its package. */
  async function confirmedOrder(quantity = 1) {
    const cart = await send('POST', f.api('/carts'), {});
    await send('PUT', f.api(`/carts/${cart.body.id}/lines/${vendor.variants[0]!.variantId}`), {
      quantity,
    });
    const placed = await send(
      'POST',
      f.api('/orders'),
      { cartId: cart.body.id, address: DEMO_DELIVERY, paymentMethod: 'cod' },
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

  /** The vendor packs the package (which books the courier when packing books at once). */
  async function pack(packageId: string) {
    const packed = await send(
      'POST',
      f.api(`/vendors/${vendor.vendorId}/packages/${packageId}/transitions`),
      { action: 'pack' },
      f.owner(vendor.vendorId),
    );
    expect(packed.status).toBe(200);
  }

  /** The parcel Pathao (the sandbox) holds for a package, once shipping has booked it. */
  const pathaoParcel = (packageId: string, what: string, timeoutMs = 30_000) =>
    waitFor(
      what,
      async () => (await sandbox.parcels('pathao')).find((entry) => entry.merchantRef === packageId),
      { timeoutMs, intervalMs: 200 },
    );

  const packageStatus = async (orderId: string) =>
    (await send('GET', f.api(`/orders/${orderId}`))).body.packages[0].status as string;

  it('books when the vendor packs, follows the webhooks to delivered once, and the order completes', async () => {
    const { order, pkg } = await confirmedOrder();
    await pack(pkg.id);
    const parcel = await pathaoParcel(pkg.id, 'Pathao booked');
    expect(parcel.codTaka).toBe(order.totalPoisha / 100);
    // the courier has the parcel a moment before shipping has recorded the booking (until then the label is a 409)
    await waitFor('shipping to record the booking', async () => {
      const tracking = await send('GET', f.api(`/orders/${order.id}/tracking`));
      return tracking.body.packages?.[0]?.consignmentId === parcel.id;
    });

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

    // Pathao pays its invoice: the consignment reconciles with no difference, and the vendor's statement shows it
    await waitFor(
      'Pathao named as holding the cash',
      async () => (await packageLedger(pkg.id))['cod_receivable:pathao'] === order.totalPoisha,
    );
    const invoiceId = `INV-${randomUUID().slice(0, 8)}`;
    const paid = await control('POST', `/parcels/pathao/${parcel.id}/steps`, { step: 'paid', invoiceId });
    expect(paid.deliveries.map((d: { status: number }) => d.status)).toEqual([202]);
    // one remittance per consignment of the invoice: the courier's receivable settles in full, net of its fees
    const remitted = await waitFor('the remittance posted', async () => {
      const rows = await f.query<{ account: string; side: string; amount_poisha: string }>(
        'payment',
        `SELECT e.account, e.side, e.amount_poisha FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id
          WHERE p.kind = 'cod_remitted' AND p.id LIKE $1`,
        [`cod_remitted:pathao:${invoiceId}/${parcel.id}%`],
      );
      return rows.length > 0 ? rows : undefined;
    });
    const amount = (account: string) =>
      Number(remitted.find((row) => row.account === account)?.amount_poisha ?? 0);
    expect(amount('cod_receivable:pathao')).toBe(order.totalPoisha);
    expect(amount('bank') + amount('delivery_charges')).toBe(order.totalPoisha);
    expect(amount('bank')).toBeGreaterThan(0);
    const differences = await f.query<{ count: string }>(
      'payment',
      'SELECT count(*) FROM cod_reconciliation_items WHERE package_id = $1',
      [pkg.id],
    );
    expect(Number(differences[0]!.count)).toBe(0);
    const statement = await send(
      'GET',
      f.api(`/vendors/${vendor.vendorId}/statement`),
      undefined,
      f.owner(vendor.vendorId),
    );
    expect(statement.status).toBe(200);
    expect(statement.body.cod).toEqual({
      collectedPoisha: order.totalPoisha,
      remittedPoisha: order.totalPoisha,
      pendingPoisha: 0,
    });
  });

  it('keeps a package while Pathao is down at booking, tells the vendor, and books it once Pathao is back', async () => {
    await control('PUT', '/outage/pathao', { down: true });
    const { order, pkg } = await confirmedOrder();
    try {
      await pack(pkg.id);
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
    const parcel = await pathaoParcel(pkg.id, 'Pathao booked once it is back', 90_000);
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
    const parcels = await sandbox.parcels('pathao');
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

  /** One package's ledger: each account's balance (debits − credits) over the postings that name the package. */
  async function packageLedger(packageId: string): Promise<Record<string, number>> {
    const rows = await f.query<{ account: string; balance: string }>(
      'payment',
      `SELECT e.account, sum(CASE e.side WHEN 'debit' THEN e.amount_poisha ELSE -e.amount_poisha END) AS balance
         FROM ledger_entries e JOIN ledger_postings p ON p.id = e.posting_id
        WHERE p.reference->>'packageId' = $1 GROUP BY e.account`,
      [packageId],
    );
    return Object.fromEntries(rows.map((row) => [row.account, Number(row.balance)]));
  }

  it('partial delivery and return: stock and money are exact, and a second confirmation or event changes nothing', async () => {
    const variant = vendor.variants[0]!;
    const before = await f.stock(variant.variantId);
    const { order, pkg } = await confirmedOrder(3);
    const delivery = order.totalPoisha - 3 * variant.pricePoisha;
    await pack(pkg.id);
    const parcel = await pathaoParcel(pkg.id, 'Pathao booked');
    // the shopper keeps one of three and pays for it and the delivery; two go back to the vendor
    const collected = variant.pricePoisha + delivery;
    await control('POST', `/parcels/pathao/${parcel.id}/steps`, { step: 'picked' });
    await control('POST', `/parcels/pathao/${parcel.id}/steps`, { step: 'out_for_delivery' });
    await control('POST', `/parcels/pathao/${parcel.id}/steps`, {
      step: 'partial_delivery',
      collectedTaka: collected / 100,
    });
    const owner = f.owner(vendor.vendorId);
    const returnPath = `/vendors/${vendor.vendorId}/packages/${pkg.id}`;
    const awaiting = await waitFor(
      'the return awaited',
      async () => {
        const view = await send('GET', f.api(`${returnPath}/return`), undefined, owner);
        return view.body?.awaitingReceipt ? view.body : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(awaiting).toMatchObject({ shipmentStatus: 'partially_delivered', receipt: null });
    const [line] = awaiting.lines;
    expect(line).toMatchObject({
      variantId: variant.variantId,
      quantity: 3,
      unitPricePoisha: variant.pricePoisha,
    });
    await waitFor('the courier named and the package delivered', async () => {
      const ledger = await packageLedger(pkg.id);
      return ledger['cod_receivable:pathao'] === collected && (await packageStatus(order.id)) === 'delivered';
    });
    // the vendor was credited for three; the courier owes one and the delivery; two sit unassigned
    const delivered = await packageLedger(pkg.id);
    expect(delivered['cod_receivable:unassigned']).toBe(2 * variant.pricePoisha);
    expect(await f.stock(variant.variantId)).toEqual({
      onHand: before.onHand - 3,
      reserved: before.reserved,
    });

    const confirmed = await send(
      'POST',
      f.api(`${returnPath}/return-receipt`),
      { items: [{ lineId: line.lineId, quantity: 2 }] },
      owner,
    );
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ returnedGoodsPoisha: 2 * variant.pricePoisha });

    await waitFor('the two units back on hand', async () => {
      const now = await f.stock(variant.variantId);
      return now.onHand === before.onHand - 1 ? now : undefined;
    });
    const settled = await waitFor('the uncollected cash reversed', async () => {
      const ledger = await packageLedger(pkg.id);
      return ledger['cod_receivable:unassigned'] === 0 ? ledger : undefined;
    });
    // what the shopper paid is exactly what the vendor, the platform (commission, VAT) and the courier's charge hold
    const credits = (account: string) => -(settled[account] ?? 0);
    expect(settled['cod_receivable:pathao']).toBe(collected);
    expect(settled['escrow'] ?? 0).toBe(0);
    expect(
      credits(`vendor_payable:${vendor.vendorId}`) +
        credits('platform_commission_revenue') +
        credits('vat_on_commission_payable') +
        credits('delivery_charges'),
    ).toBe(collected);
    expect(Object.values(settled).reduce((sum, balance) => sum + balance, 0)).toBe(0);
    const queue = await f.query<{ status: string }>(
      'payment',
      "SELECT status FROM cod_reconciliation_items WHERE package_id = $1 AND kind = 'uncollected'",
      [pkg.id],
    );
    expect(queue).toEqual([{ status: 'resolved' }]);

    // a second confirmation answers the first receipt; the event again (and a copy under a new id) moves nothing
    const again = await send(
      'POST',
      f.api(`${returnPath}/return-receipt`),
      { items: [{ lineId: line.lineId, quantity: 1 }] },
      owner,
    );
    expect({ status: again.status, receiptId: again.body.receiptId }).toEqual({
      status: 200,
      receiptId: confirmed.body.receiptId,
    });
    const [{ envelope }] = await f.query<{ envelope: EventEnvelope }>(
      'shipping',
      "SELECT envelope FROM outbox WHERE type = 'shipping.return-received.v1' AND key = $1",
      [pkg.id],
    );
    const copy = { ...envelope, id: randomUUID() };
    const producer = new Kafka({
      clientId: 'e2e-return',
      brokers: infraEnv().kafkaBrokers,
      logLevel: logLevel.NOTHING,
    }).producer();
    await producer.connect();
    await producer.send({
      topic: `${f.market.topicPrefix}shipping.shipments`,
      messages: [envelope, copy].map((e) => ({ key: pkg.id, value: JSON.stringify(e) })),
    });
    await producer.disconnect();
    for (const [service, group] of [
      ['inventory', 'inventory.returns'],
      ['payment', 'payment.ledger'],
    ] as const)
      await waitFor(
        `${group} to take the copy`,
        async () =>
          (
            await f.query(service, 'SELECT 1 FROM inbox WHERE consumer_group = $1 AND event_id = $2', [
              group,
              copy.id,
            ])
          ).length === 1,
      );
    expect(await f.stock(variant.variantId)).toEqual({
      onHand: before.onHand - 1,
      reserved: before.reserved,
    });
    expect(await packageLedger(pkg.id)).toEqual(settled);
    expect(
      await f.query('inventory', 'SELECT units FROM return_restocks WHERE package_id = $1', [pkg.id]),
    ).toEqual([{ units: 2 }]);
  });
});
