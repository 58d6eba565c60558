import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { RunningService } from '@getit/service-kit';
import { courierEnv, waitFor } from '@getit/testing';
import { ShippingWithCouriers } from './support/couriers.harness';

jest.setTimeout(90_000);

const PATHAO_SECRET = 'pathao-webhook-secret';
const STEADFAST_TOKEN = 'steadfast-webhook-token';
const REDX_TOKEN = 'redx-callback-token';

/**
 * Shipping books Pathao when a vendor packs, and follows the parcel through Pathao's webhooks: the courier
 * sandbox runs as its own process, shipping on a real Postgres with the in-process bus; published events are read
 * from shipping's outbox.
 */
describe('courier booking and tracking (courier sandbox process)', () => {
  const harness = new ShippingWithCouriers();
  const { sandbox } = harness;
  let shipping: RunningService;
  let sql: Client;

  beforeAll(async () => {
    await harness.start('shipping_couriers', (couriers) => ({
      ...courierEnv(couriers, { couriers: ['pathao', 'steadfast'] }),
      PATHAO_WEBHOOK_SECRET: PATHAO_SECRET,
      STEADFAST_WEBHOOK_TOKEN: STEADFAST_TOKEN,
      SHIPPING_REMITTANCE_POLL_MS: '300',
      SHIPPING_STATUS_POLL_MS: '300',
      SHIPPING_STATUS_QUIET_MS: '600000',
      REDX_WEBHOOK_TOKEN: REDX_TOKEN,
    }));
    ({ shipping, sql } = harness);
    await sandbox.setWebhook('pathao', {
      url: `${shipping.url}/webhooks/couriers/pathao`,
      secret: PATHAO_SECRET,
    });
    await sandbox.setWebhook('steadfast', {
      url: `${shipping.url}/webhooks/couriers/steadfast`,
      secret: STEADFAST_TOKEN,
    });
    await sandbox.setWebhook('redx', { url: `${shipping.url}/webhooks/couriers/redx?token=${REDX_TOKEN}` });
  });
  afterAll(() => harness.stop());

  const confirmedOrder = (confirmedAt = new Date()) => harness.confirmedOrder({ confirmedAt });
  const packed = (ids: { orderId: string; packageId: string; vendorId: string }) => harness.packed(ids);

  const published = async (type: string, packageId: string) =>
    (
      await sql.query<{ envelope: { data: Record<string, unknown> } }>(
        `SELECT envelope FROM outbox WHERE type = $1 AND key = $2 ORDER BY seq`,
        [type, packageId],
      )
    ).rows.map((row) => row.envelope.data);

  async function bookedParcel(packageId: string) {
    return waitFor('the package booked with Pathao', async () => {
      const parcels = await sandbox.parcels('pathao');
      const parcel = parcels.find((entry) => entry.merchantRef === packageId);
      return parcel && (await published('shipping.shipment-booked.v1', packageId)).length === 1
        ? parcel
        : undefined;
    });
  }

  it('books once per package with the COD amount, weight and 11-digit phone, even when packed twice', async () => {
    const ids = await confirmedOrder();
    await packed(ids);
    const parcel = await bookedParcel(ids.packageId);
    expect(parcel).toMatchObject({
      recipientPhone: '01712345678',
      recipientName: 'Karim Ahmed',
      codTaka: 1250,
      weightKg: 0.8,
    });

    await packed(ids);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(
      (await sandbox.parcels('pathao')).filter((entry) => entry.merchantRef === ids.packageId),
    ).toHaveLength(1);
    expect(await published('shipping.shipment-booked.v1', ids.packageId)).toEqual([
      expect.objectContaining({
        courier: 'pathao',
        consignmentId: parcel.id,
        codAmountPoisha: 125_000,
        deliveryFeePoisha: 8_000,
      }),
    ]);
  });

  it('follows the webhooks to delivered; duplicates and out-of-order reports change nothing', async () => {
    const ids = await confirmedOrder();
    await packed(ids);
    const parcel = await bookedParcel(ids.packageId);

    const picked = await sandbox.step('pathao', parcel.id, 'picked', { duplicate: true });
    expect(picked.deliveries).toEqual([
      expect.objectContaining({ status: 202, integrationHeader: 'f3992ecc-59da-4cbe-a049-a13da2018d51' }),
      expect.objectContaining({ status: 202 }),
    ]);
    await sandbox.step('pathao', parcel.id, 'in_transit', { hold: true });
    await sandbox.step('pathao', parcel.id, 'out_for_delivery', { hold: true });
    await sandbox.release(true);
    await sandbox.step('pathao', parcel.id, 'delivered');

    const changes = await published('shipping.shipment-status-changed.v1', ids.packageId);
    expect(changes.map((change) => [change.from, change.to])).toEqual([
      ['booked', 'picked'],
      ['picked', 'out_for_delivery'],
      ['out_for_delivery', 'delivered'],
    ]);
    expect(changes.at(-1)).toMatchObject({ collectedPoisha: 125_000, courierStatus: 'order.delivered' });
    const stored = await sql.query(
      `SELECT outcome, payload->>'event' AS event FROM courier_events WHERE consignment_id = $1 ORDER BY id`,
      [parcel.id],
    );
    expect(stored.rows).toEqual([
      { outcome: 'applied', event: 'order.picked' },
      { outcome: 'applied', event: 'order.assigned-for-delivery' },
      { outcome: 'backwards', event: 'order.in-transit' },
      { outcome: 'applied', event: 'order.delivered' },
    ]);

    const tracking = await fetch(`${shipping.url}/orders/${ids.orderId}/tracking`, {
      headers: { 'x-actor-id': ids.shopperId, 'x-actor-roles': 'shopper' },
    });
    const view = (await tracking.json()) as {
      packages: { status: string; timeline: { status: string; bn: string }[] }[];
    };
    expect(view.packages[0]).toMatchObject({ status: 'delivered' });
    expect(view.packages[0]!.timeline.map((step) => step.status)).toEqual([
      'booked',
      'picked',
      'out_for_delivery',
      'delivered',
    ]);
    const stranger = await fetch(`${shipping.url}/orders/${ids.orderId}/tracking`, {
      headers: { 'x-actor-id': randomUUID(), 'x-actor-roles': 'shopper' },
    });
    expect(stranger.status).toBe(404);
  });

  /** Reads a PDF back: its pages' sizes, every Helvetica string drawn, and the fonts it embeds. */
  async function readPdf(bytes: ArrayBuffer) {
    const doc = await PDFDocument.load(bytes);
    const texts: string[] = [];
    const objects: string[] = [];
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (object instanceof PDFRawStream) {
        let content = '';
        try {
          content = Buffer.from(decodePDFRawStream(object).decode()).toString('latin1');
        } catch {
          continue;
        }
        for (const match of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
          texts.push(Buffer.from(match[1]!, 'hex').toString('latin1'));
      } else objects.push(object.toString());
    }
    return {
      pages: doc.getPages().map((page) => page.getSize()),
      keywords: doc.getKeywords(),
      texts,
      fonts: objects.filter((text) => text.includes('/BaseFont')).join(' '),
    };
  }

  it('prints an A6 label with barcode, QR, consignment, recipient, COD and order number in English and Bangla', async () => {
    const ids = await confirmedOrder();
    await packed(ids);
    const parcel = await bookedParcel(ids.packageId);
    const response = await fetch(`${shipping.url}/vendors/${ids.vendorId}/packages/${ids.packageId}/label`, {
      headers: { 'x-actor-id': randomUUID(), 'x-actor-roles': 'vendor:staff', 'x-vendor-id': ids.vendorId },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    const pdf = await readPdf(await response.arrayBuffer());
    expect(pdf.pages).toEqual([{ width: 297.64, height: 419.53 }]);
    expect(pdf.keywords).toContain(parcel.id);
    expect(pdf.texts).toEqual(
      expect.arrayContaining([
        `Consignment: ${parcel.id}`,
        'Order: GI-20261121-4F7K2Q',
        'Karim Ahmed',
        '01712345678',
        'Cash on delivery: Tk 1,250',
      ]),
    );
    expect(pdf.fonts).toMatch(/Lohit-Bengali/);
    expect(pdf.fonts).toMatch(/Helvetica/);

    const other = await fetch(`${shipping.url}/vendors/${randomUUID()}/packages/${ids.packageId}/label`, {
      headers: { 'x-actor-id': randomUUID(), 'x-actor-roles': 'vendor:staff', 'x-vendor-id': ids.vendorId },
    });
    expect(other.status).toBe(403);
    const sheet = await fetch(
      `${shipping.url}/vendors/${ids.vendorId}/labels?packageIds=${ids.packageId},${ids.packageId}`,
      {
        headers: { 'x-actor-id': randomUUID(), 'x-actor-roles': 'vendor:staff', 'x-vendor-id': ids.vendorId },
      },
    );
    expect((await readPdf(await sheet.arrayBuffer())).pages).toEqual([{ width: 595.28, height: 841.89 }]);
  });

  it('passes on what Pathao remits per consignment, once, with its fees (a short remittance as it came)', async () => {
    const matched = await confirmedOrder();
    await packed(matched);
    const first = await bookedParcel(matched.packageId);
    await sandbox.step('pathao', first.id, 'delivered');
    await sandbox.step('pathao', first.id, 'paid', { invoiceId: 'INV-1', duplicate: true });
    const short = await confirmedOrder();
    await packed(short);
    const second = await bookedParcel(short.packageId);
    await sandbox.step('pathao', second.id, 'delivered');
    await sandbox.step('pathao', second.id, 'paid', { invoiceId: 'INV-2', remittedTaka: 1100 });

    const remittances = (
      await sql.query<{ key: string; envelope: { data: Record<string, unknown> } }>(
        `SELECT key, envelope FROM outbox WHERE type = 'shipping.cod-remittance-received.v1' ORDER BY seq`,
      )
    ).rows;
    expect(remittances.map((row) => row.key)).toEqual([
      `pathao:INV-1/${first.id}`,
      `pathao:INV-2/${second.id}`,
    ]);
    expect(remittances.map((row) => row.envelope.data.consignments)).toEqual([
      [
        {
          consignmentId: first.id,
          packageId: matched.packageId,
          remittedPoisha: 115_700,
          deliveryFeePoisha: 8_000,
          codChargePoisha: 1_300,
        },
      ],
      [expect.objectContaining({ consignmentId: second.id, remittedPoisha: 110_000 })],
    ]);
  });

  it('shows admins a package not handed over 48 h after payment, and counts it for the SLA alert', async () => {
    const ids = await confirmedOrder(new Date(Date.now() - 50 * 3600_000));
    const admin = { 'x-actor-id': randomUUID(), 'x-actor-roles': 'admin:operations' };
    const late = await waitFor('the late package listed', async () => {
      const view = (await (
        await fetch(`${shipping.url}/admin/shipments/late`, { headers: admin })
      ).json()) as {
        items: { packageId: string; deadline: string; late: boolean; status: string }[];
      };
      return view.items.find((item) => item.packageId === ids.packageId);
    });
    expect(late).toMatchObject({ deadline: 'handover', late: true, status: 'awaiting_packing' });
    const metrics = await (await fetch(`${shipping.url}/metrics`)).text();
    expect(metrics).toMatch(/shipping_packages_past_deadline\{[^}]*deadline="handover"[^}]*\} [1-9]/);
    const shopper = await fetch(`${shipping.url}/admin/shipments/late`, {
      headers: { 'x-actor-id': ids.shopperId, 'x-actor-roles': 'shopper' },
    });
    expect(shopper.status).toBe(403);
  });

  it("reads Steadfast's payouts and passes each on once, per consignment", async () => {
    const couriers = await sandbox.config();
    const created = (await (
      await fetch(`${couriers.steadfast.baseUrl}/create_order`, {
        method: 'POST',
        headers: {
          'Api-Key': couriers.steadfast.apiKey,
          'Secret-Key': couriers.steadfast.secretKey,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          invoice: `inv-${randomUUID().slice(0, 8)}`,
          recipient_name: 'Nasrin Akter',
          recipient_phone: '01911000003',
          recipient_address: 'Agrabad, Chattogram',
          cod_amount: 900,
        }),
      })
    ).json()) as { consignment: { consignment_id: number } };
    const id = String(created.consignment.consignment_id);
    await sandbox.step('steadfast', id, 'delivered');
    await sandbox.step('steadfast', id, 'paid', { remittedTaka: 800 });
    const rows = await waitFor('the payout published', async () => {
      const found = await sql.query<{ envelope: { data: { consignments: unknown[] } } }>(
        `SELECT envelope FROM outbox WHERE type = 'shipping.cod-remittance-received.v1' AND key LIKE 'steadfast:%'`,
      );
      return found.rows.length > 0 ? found.rows : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const again = await sql.query(
      `SELECT 1 FROM outbox WHERE type = 'shipping.cod-remittance-received.v1' AND key LIKE 'steadfast:%'`,
    );
    expect(again.rows).toHaveLength(1);
    expect(rows[0]!.envelope.data.consignments).toEqual([
      { consignmentId: id, remittedPoisha: 80_000, deliveryFeePoisha: 12_000, codChargePoisha: 900 },
    ]);
  });

  it('polls the courier when its webhook never came, and moves the shipment the same way', async () => {
    const ids = await confirmedOrder();
    await packed(ids);
    const parcel = await bookedParcel(ids.packageId);
    await sandbox.setWebhook('pathao', { url: 'http://127.0.0.1:9/lost', secret: PATHAO_SECRET });
    await sandbox.step('pathao', parcel.id, 'picked');
    await sandbox.setWebhook('pathao', {
      url: `${shipping.url}/webhooks/couriers/pathao`,
      secret: PATHAO_SECRET,
    });
    // Quiet for longer than SHIPPING_STATUS_QUIET_MS.
    await sql.query(`UPDATE shipments SET updated_at = now() - interval '1 hour' WHERE package_id = $1`, [
      ids.packageId,
    ]);
    const changes = await waitFor('the polled status applied', async () => {
      const found = await published('shipping.shipment-status-changed.v1', ids.packageId);
      return found.length > 0 ? found : undefined;
    });
    expect(changes).toEqual([
      expect.objectContaining({ from: 'booked', to: 'picked', courierStatus: 'poll:Picked' }),
    ]);
  });

  it('refuses and counts forged webhooks of every courier', async () => {
    const ids = await confirmedOrder();
    await packed(ids);
    const parcel = await bookedParcel(ids.packageId);
    const forged = await sandbox.forge('pathao', parcel.id, 'delivered');
    expect(forged.deliveries).toEqual([expect.objectContaining({ status: 401 })]);
    for (const [courier, headers] of [
      ['steadfast', { authorization: 'Bearer wrong' }],
      ['redx', {}],
    ] as const) {
      const response = await fetch(`${shipping.url}/webhooks/couriers/${courier}?token=wrong`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ consignment_id: parcel.id, tracking_number: parcel.id, status: 'delivered' }),
      });
      expect({ courier, status: response.status }).toEqual({ courier, status: 401 });
    }
    const metrics = await (await fetch(`${shipping.url}/metrics`)).text();
    expect(metrics).toMatch(/shipping_courier_webhooks_forged_total\{[^}]*courier="pathao"[^}]*\} 1\n/);
    expect(metrics).toMatch(/shipping_courier_webhooks_forged_total\{[^}]*courier="redx"[^}]*\} 1\n/);
    expect(metrics).toMatch(/shipping_courier_webhooks_forged_total\{[^}]*courier="steadfast"[^}]*\} 1\n/);
    const status = await sql.query(`SELECT status FROM shipments WHERE package_id = $1`, [ids.packageId]);
    expect(status.rows).toEqual([{ status: 'booked' }]);
  });

  it("takes the vendor's confirmation of a partial delivery's return once, naming what came back", async () => {
    const ids = await confirmedOrder();
    await packed(ids);
    const parcel = await bookedParcel(ids.packageId);
    const vendor = {
      'x-actor-id': randomUUID(),
      'x-actor-roles': 'vendor:staff',
      'x-vendor-id': ids.vendorId,
    };
    const receipt = (body: unknown) =>
      fetch(`${shipping.url}/vendors/${ids.vendorId}/packages/${ids.packageId}/return-receipt`, {
        method: 'POST',
        headers: { ...vendor, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const early = await receipt({});
    expect({ status: early.status, reason: ((await early.json()) as { reason?: string }).reason }).toEqual({
      status: 409,
      reason: 'not_returned',
    });

    await sandbox.step('pathao', parcel.id, 'out_for_delivery');
    await sandbox.step('pathao', parcel.id, 'partial_delivery', { collectedTaka: 625 });
    const lineId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const view = await waitFor('the return awaited', async () => {
      const response = await fetch(
        `${shipping.url}/vendors/${ids.vendorId}/packages/${ids.packageId}/return`,
        {
          headers: vendor,
        },
      );
      const body = (await response.json()) as { awaitingReceipt: boolean; lines: unknown[] };
      return body.awaitingReceipt ? body : undefined;
    });
    expect(view.lines).toEqual([expect.objectContaining({ lineId, quantity: 2, unitPricePoisha: 125_000 })]);

    const missing = await receipt({});
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain('"field":"items"');
    const tooMany = await receipt({ items: [{ lineId, quantity: 3 }] });
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toContain('items.0.quantity');

    const first = await receipt({ items: [{ lineId, quantity: 1 }] });
    expect(first.status).toBe(201);
    const confirmed = (await first.json()) as { receiptId: string; returnedGoodsPoisha: number };
    expect(confirmed.returnedGoodsPoisha).toBe(125_000);
    const again = await receipt({ items: [{ lineId, quantity: 2 }] });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      receiptId: confirmed.receiptId,
      returnedGoodsPoisha: 125_000,
    });

    expect(await published('shipping.return-received.v1', ids.packageId)).toEqual([
      expect.objectContaining({
        receiptId: confirmed.receiptId,
        shipmentStatus: 'partially_delivered',
        items: [{ lineId, variantId: expect.any(String), quantity: 1, unitPricePoisha: 125_000 }],
        returnedGoodsPoisha: 125_000,
        codAmountPoisha: 125_000,
        collectedPoisha: 62_500,
      }),
    ]);
    const stranger = await fetch(`${shipping.url}/vendors/${randomUUID()}/packages/${ids.packageId}/return`, {
      headers: vendor,
    });
    expect(stranger.status).toBe(403);
  });

  it('keeps a package while Pathao is down and books it once Pathao is back', async () => {
    await sandbox.setDown('pathao', true);
    const ids = await confirmedOrder();
    await packed(ids);
    const waiting = await waitFor('a failed booking attempt', async () => {
      const rows = await sql.query(`SELECT status, last_error FROM shipments WHERE package_id = $1`, [
        ids.packageId,
      ]);
      return rows.rows[0]?.last_error ? rows.rows[0] : undefined;
    });
    expect(waiting).toMatchObject({ status: 'booking', last_error: expect.stringContaining('503') });
    await sandbox.setDown('pathao', false);
    await sql.query(`UPDATE shipments SET next_attempt_at = now() WHERE package_id = $1`, [ids.packageId]);
    await bookedParcel(ids.packageId);
  });
});
