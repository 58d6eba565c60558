import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase } from '@getit/testing';
import { startShipping } from '../src/shipping.host';

jest.setTimeout(60_000);

type Step =
  'picked' | 'in_transit' | 'out_for_delivery' | 'delivery_failed' | 'delivered' | 'partially_delivered';

interface Seeded {
  courier: 'pathao' | 'steadfast' | 'redx';
  district: string;
  status: string;
  bookedAt: string | null;
  deliveryDueAt: string;
  attempt?: number;
  /** Courier reports in order: applied unless `outcome` says otherwise. */
  events?: { step: Step; at: string; outcome?: 'applied' | 'duplicate' | 'backwards' }[];
}

/**
 * Admins' courier performance by district, from shipments and courier reports as shipping stored them. Shipping
 * runs as the embedded mode runs it, on one shared pool with its tables in schema `shipping` and no search_path,
 * so a table name left unqualified fails here.
 */
describe('courier performance by district (admin read API)', () => {
  let db: TestDatabase;
  let pool: Pool;
  let service: RunningService;

  beforeAll(async () => {
    db = await createTestDatabase('shipping_performance');
    pool = new Pool({ connectionString: db.url, max: 4 });
    service = await startShipping(
      {
        DATABASE_URL: db.url,
        DATABASE_SCHEMA: 'shipping',
        MESSAGING_TRANSPORT: 'in-process',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
      },
      { pool },
    );
    const shipments: Seeded[] = [
      // Dhaka by Pathao: delivered in 1 day; in 3 days, past its deadline; partly in 2; returned after 2 failures
      {
        courier: 'pathao',
        district: 'Dhaka',
        status: 'delivered',
        bookedAt: '2026-11-10T04:00:00Z',
        deliveryDueAt: '2026-11-15T04:00:00Z',
        events: [
          { step: 'picked', at: '2026-11-10T08:00:00Z' },
          { step: 'picked', at: '2026-11-10T09:00:00Z', outcome: 'duplicate' },
          { step: 'out_for_delivery', at: '2026-11-11T06:00:00Z' },
          { step: 'in_transit', at: '2026-11-11T07:00:00Z', outcome: 'backwards' },
          { step: 'delivered', at: '2026-11-11T08:00:00Z' },
        ],
      },
      {
        courier: 'pathao',
        district: 'Dhaka',
        status: 'delivered',
        bookedAt: '2026-11-12T04:00:00Z',
        deliveryDueAt: '2026-11-14T04:00:00Z',
        events: [
          { step: 'in_transit', at: '2026-11-12T10:00:00Z' },
          { step: 'delivered', at: '2026-11-15T10:00:00Z' },
        ],
      },
      {
        courier: 'pathao',
        district: 'Dhaka',
        status: 'partially_delivered',
        bookedAt: '2026-11-20T04:00:00Z',
        deliveryDueAt: '2026-11-25T04:00:00Z',
        events: [
          { step: 'picked', at: '2026-11-20T06:00:00Z' },
          { step: 'partially_delivered', at: '2026-11-22T06:00:00Z' },
        ],
      },
      {
        courier: 'pathao',
        district: 'Dhaka',
        status: 'returned',
        attempt: 2,
        bookedAt: '2026-11-21T04:00:00Z',
        deliveryDueAt: '2026-11-26T04:00:00Z',
        events: [
          { step: 'picked', at: '2026-11-21T06:00:00Z' },
          { step: 'delivery_failed', at: '2026-11-22T06:00:00Z' },
        ],
      },
      // Chattogram by Steadfast: still out for delivery, past its 10-day deadline
      {
        courier: 'steadfast',
        district: 'Chattogram',
        status: 'out_for_delivery',
        bookedAt: '2026-11-05T04:00:00Z',
        deliveryDueAt: '2026-11-15T04:00:00Z',
        events: [{ step: 'picked', at: '2026-11-05T09:00:00Z' }],
      },
      // outside the period, and not booked yet: neither counts
      {
        courier: 'pathao',
        district: 'Dhaka',
        status: 'delivered',
        bookedAt: '2026-10-31T17:59:00Z',
        deliveryDueAt: '2026-11-05T04:00:00Z',
      },
      {
        courier: 'redx',
        district: 'Sylhet',
        status: 'booking',
        bookedAt: null,
        deliveryDueAt: '2026-11-30T04:00:00Z',
      },
    ];
    for (const shipment of shipments) await seed(shipment);
  });
  afterAll(async () => {
    await service?.stop();
    await pool?.end();
    await db?.drop();
  });

  async function seed(shipment: Seeded): Promise<void> {
    const packageId = randomUUID();
    const shipmentId = randomUUID();
    const orderId = randomUUID();
    const vendorId = randomUUID();
    await pool.query(
      `INSERT INTO shipping.packages_to_ship (package_id, order_id, order_number, vendor_id, recipient_phone,
         recipient_name, recipient_address, destination_district, payment_method, total_poisha, weight_grams, paid_at)
       VALUES ($1, $2, 'GI-1', $3, '01712345678', 'Rahima', 'Road 5', $4, 'cod', 100000, 500, $5)`,
      [packageId, orderId, vendorId, shipment.district, shipment.bookedAt ?? '2026-11-29T00:00:00Z'],
    );
    await pool.query(
      `INSERT INTO shipping.shipments (id, package_id, order_id, vendor_id, courier, consignment_id, status, attempt,
         cod_amount_poisha, delivery_due_at, booked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 100000, $9, $10)`,
      [
        shipmentId,
        packageId,
        orderId,
        vendorId,
        shipment.courier,
        shipment.bookedAt ? `C-${shipmentId.slice(0, 8)}` : null,
        shipment.status,
        shipment.attempt ?? 0,
        shipment.deliveryDueAt,
        shipment.bookedAt,
      ],
    );
    for (const [index, event] of (shipment.events ?? []).entries())
      await pool.query(
        `INSERT INTO shipping.courier_events (courier, consignment_id, shipment_id, courier_status, mapped_status,
           outcome, payload, payload_sha256, received_at)
         VALUES ($1, $2, $3, $4, $4, $5, '{}', $6, $7)`,
        [
          shipment.courier,
          `C-${shipmentId.slice(0, 8)}`,
          shipmentId,
          event.step,
          event.outcome ?? 'applied',
          `${shipmentId}-${index}`,
          event.at,
        ],
      );
  }

  async function performance(query: string, roles = 'admin:operations') {
    const response = await fetch(`${service.url}/admin/shipments/performance${query}`, {
      headers: { 'x-actor-id': randomUUID(), 'x-actor-roles': roles },
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  it('gives per courier and district the outcomes, handover-to-delivery days and late count of the period', async () => {
    const { status, body } = await performance('?from=2026-11-01&to=2026-11-30');
    expect(status).toBe(200);
    expect(body).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      rows: [
        {
          courier: 'steadfast',
          district: 'Chattogram',
          shipments: 1,
          delivered: 0,
          deliveredShare: null,
          partiallyDelivered: 0,
          returned: 0,
          failed: 0,
          medianDays: null,
          p90Days: null,
          late: 1,
        },
        {
          courier: 'pathao',
          district: 'Dhaka',
          shipments: 4,
          delivered: 2,
          deliveredShare: 0.5,
          partiallyDelivered: 1,
          returned: 1,
          failed: 1,
          // handover → delivery: 1, 3 and 2 days
          medianDays: 2,
          p90Days: 2.8,
          late: 1,
        },
      ],
    });
  });

  it('counts a shipment by the Bangladesh day it was booked on', async () => {
    // booked 2026-10-31T17:59Z is 23:59 on 31 October in Dhaka
    const october = await performance('?from=2026-10-31&to=2026-10-31');
    expect(october.body.rows).toEqual([
      expect.objectContaining({ courier: 'pathao', shipments: 1, delivered: 1 }),
    ]);
  });

  it('refuses a bad period naming the field, and admins who do not choose couriers', async () => {
    const bad = await performance('?from=2026-11-31');
    expect({ status: bad.status, fields: bad.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
      status: 400,
      fields: ['from'],
    });
    expect((await performance('', 'admin:support')).status).toBe(403);
    expect((await performance('', 'shopper')).status).toBe(403);
  });
});
