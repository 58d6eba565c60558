import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase } from '@getit/testing';
import { startShipping } from '../src/shipping.host';

jest.setTimeout(60_000);

interface Caller {
  roles: string[];
  id?: string;
  ip?: string;
}

const vendorA = randomUUID();
const vendorB = randomUUID();

const pathaoCard = {
  zones: {
    same_city: { upTo500gPoisha: 7_000, upTo1kgPoisha: 8_000, upTo2kgPoisha: 9_000, perExtraKgPoisha: 1_500 },
    suburb: { upTo500gPoisha: 8_000, upTo1kgPoisha: 10_000, upTo2kgPoisha: 12_000, perExtraKgPoisha: 2_500 },
    outside_dhaka: {
      upTo500gPoisha: 12_000,
      upTo1kgPoisha: 14_000,
      upTo2kgPoisha: 16_000,
      perExtraKgPoisha: 2_500,
    },
  },
  codFeeBasisPoints: 100,
};

/** The shipping service over HTTP on a real Postgres, seeded by its migration; the database is read back directly. */
describe('shipping service over HTTP', () => {
  let db: TestDatabase;
  let service: RunningService;
  let sql: Client;

  beforeAll(async () => {
    db = await createTestDatabase('shipping_api');
    service = await startShipping({
      DATABASE_URL: db.url,
      MESSAGING_TRANSPORT: 'in-process',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
    });
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await service?.stop();
    await db?.drop();
  });

  async function call(method: string, path: string, body?: unknown, as?: Caller) {
    const headers: Record<string, string> = { 'x-correlation-id': `test-${randomUUID().slice(0, 8)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (as) {
      headers['x-actor-id'] = as.id ?? randomUUID();
      headers['x-actor-roles'] = as.roles.join(',');
      if (as.ip) headers['x-forwarded-for'] = as.ip;
    }
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      contentType: response.headers.get('content-type') ?? '',
    };
  }
  const card = async () =>
    (
      await sql.query(
        `SELECT c.version, c.cod_fee_basis_points, c.updated_by, z.zone, z.up_to_500g_poisha, z.per_extra_kg_poisha
           FROM rate_cards c JOIN rate_card_zones z USING (marketplace) ORDER BY z.zone`,
      )
    ).rows;
  const operations = { roles: ['admin:operations'] };

  const order = {
    destination: { district: 'Dhaka' },
    paymentMethod: 'cod',
    packages: [
      { vendorId: vendorA, originDistrict: 'Dhaka', weightGrams: 450, codAmountPoisha: 150_050 },
      { vendorId: vendorA, originDistrict: 'Dhaka', weightGrams: 2_300, codAmountPoisha: 0 },
      { vendorId: vendorB, originDistrict: 'gazipur', weightGrams: 1_000, codAmountPoisha: 99_900 },
      { vendorId: vendorB, originDistrict: 'Chittagong', weightGrams: 600, codAmountPoisha: 10_000 },
    ],
  };

  it('quotes one charge per package on the seeded Pathao card, with the order total', async () => {
    const quote = await call('POST', '/quotes', order);
    expect(quote.status).toBe(200);
    expect(quote.body).toMatchObject({
      currency: 'BDT',
      rateCardVersion: 1,
      totalPoisha: 7_000 + 1_501 + 10_500 + 10_000 + 999 + 14_000 + 100,
    });
    expect(
      quote.body.packages.map((p: any) => [
        p.vendorId,
        p.originDistrict,
        p.zone,
        p.slab,
        p.extraKg,
        p.codFeePoisha,
        p.totalPoisha,
      ]),
    ).toEqual([
      [vendorA, 'Dhaka', 'same_city', 'up_to_500g', 0, 1_501, 8_501],
      [vendorA, 'Dhaka', 'same_city', 'over_2kg', 1, 0, 10_500],
      [vendorB, 'Gazipur', 'suburb', 'up_to_1kg', 0, 999, 10_999],
      [vendorB, 'Chattogram', 'outside_dhaka', 'up_to_1kg', 0, 100, 14_100],
    ]);
    expect(quote.body.packages[0].breakdown.en).toContain('total ৳85.01');
    expect(quote.body.packages[0].breakdown.bn).toContain('মোট ৳৮৫.০১');
  });

  it('needs no sign-in for a quote, and a prepaid quote has no COD fee', async () => {
    const quote = await call('POST', '/quotes', {
      destination: { district: 'Sylhet' },
      paymentMethod: 'prepaid',
      packages: [{ vendorId: vendorA, originDistrict: 'Dhaka', weightGrams: 500 }],
    });
    expect(quote.status).toBe(200);
    expect(quote.body.packages[0]).toMatchObject({
      zone: 'outside_dhaka',
      codFeePoisha: 0,
      totalPoisha: 12_000,
    });
  });

  it.each([
    ['an unknown district', { originDistrict: 'Atlantis' }, 'packages.1.originDistrict'],
    ['no weight', { weightGrams: 0 }, 'packages.1.weightGrams'],
    ['more than 50 kg', { weightGrams: 50_001 }, 'packages.1.weightGrams'],
    ['a fraction of a poisha', { codAmountPoisha: 100.5 }, 'packages.1.codAmountPoisha'],
    ['a fraction of a gram', { weightGrams: 500.5 }, 'packages.1.weightGrams'],
  ])('answers 400 problem+json naming the field for %s', async (_label, change, field) => {
    const before = await card();
    const bad = { ...order, packages: [order.packages[0], { ...order.packages[1], ...change }] };
    const response = await call('POST', '/quotes', bad);
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.errors.map((error: any) => error.field)).toContain(field);
    expect(await card()).toEqual(before);
  });

  it('refuses an unknown destination, and a COD parcel without its amount', async () => {
    const parcel = { vendorId: vendorA, originDistrict: 'Dhaka', weightGrams: 500 };
    const nowhere = await call('POST', '/quotes', {
      destination: { district: 'Narnia' },
      paymentMethod: 'prepaid',
      packages: [parcel],
    });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.errors.map((error: any) => error.field)).toEqual(['destination.district']);
    const noAmount = await call('POST', '/quotes', {
      destination: { district: 'Dhaka' },
      paymentMethod: 'cod',
      packages: [parcel],
    });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.errors.map((error: any) => error.field)).toEqual(['packages.0.codAmountPoisha']);
  });

  describe('rate card', () => {
    it('is only for super-admins and operations', async () => {
      const before = await card();
      expect((await call('PUT', '/admin/rate-card', pathaoCard)).status).toBe(401);
      expect((await call('PUT', '/admin/rate-card', pathaoCard, { roles: ['admin:finance'] })).status).toBe(
        403,
      );
      expect((await call('GET', '/admin/rate-card', undefined, { roles: ['customer'] })).status).toBe(403);
      expect(await card()).toEqual(before);
    });

    it('refuses a card whose heavier slab is cheaper, writing nothing', async () => {
      const before = await card();
      const bad = {
        ...pathaoCard,
        zones: { ...pathaoCard.zones, suburb: { ...pathaoCard.zones.suburb, upTo1kgPoisha: 5_000 } },
      };
      const response = await call('PUT', '/admin/rate-card', bad, operations);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: any) => error.field)).toContain('zones.suburb');
      expect(await card()).toEqual(before);
    });

    it('an admin edit prices the next quote', async () => {
      const shown = await call('GET', '/admin/rate-card', undefined, operations);
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ version: 1, currency: 'BDT', ...pathaoCard, updatedBy: null });

      const edited = {
        ...pathaoCard,
        zones: { ...pathaoCard.zones, same_city: { ...pathaoCard.zones.same_city, upTo500gPoisha: 6_000 } },
        codFeeBasisPoints: 150,
      };
      const saved = await call('PUT', '/admin/rate-card', edited, { roles: ['admin:super-admin'] });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 2, ...edited });
      expect(saved.body.updatedBy).toEqual(expect.any(String));

      const quote = await call('POST', '/quotes', {
        destination: { district: 'Dhaka' },
        paymentMethod: 'cod',
        packages: [
          { vendorId: vendorA, originDistrict: 'Dhaka', weightGrams: 450, codAmountPoisha: 150_050 },
        ],
      });
      // 1.5% of ৳1,500.50 = 2,250.75 poisha, rounded up.
      expect(quote.body).toMatchObject({ rateCardVersion: 2, totalPoisha: 6_000 + 2_251 });
      expect((await card()).find((row) => row.zone === 'same_city')).toMatchObject({
        version: 2,
        cod_fee_basis_points: 150,
        up_to_500g_poisha: '6000',
      });
    });

    it('queues ten edits sent at once: each applies whole, one after another, and each is audited', async () => {
      const before = (await call('GET', '/admin/rate-card', undefined, operations)).body.version;
      const admin = { roles: ['admin:operations'], id: randomUUID(), ip: '203.0.113.77' };
      const edits = Array.from({ length: 10 }, (_, i) => ({ ...pathaoCard, codFeeBasisPoints: 200 + i }));
      const saved = await Promise.all(edits.map((edit) => call('PUT', '/admin/rate-card', edit, admin)));
      expect(saved.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(saved.map((r) => r.body.version).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 10 }, (_, i) => before + 1 + i),
      );
      const last = saved.find((r) => r.body.version === before + 10)!;
      const rows = await card();
      expect(rows.every((row) => row.version === before + 10)).toBe(true);
      expect(rows[0].cod_fee_basis_points).toBe(last.body.codFeeBasisPoints);

      const audit = (
        await sql.query(
          `SELECT envelope FROM outbox WHERE type = 'audit.recorded.v1' AND envelope->'data'->>'actorId' = $1`,
          [admin.id],
        )
      ).rows.map((row) => row.envelope);
      expect(audit).toHaveLength(10);
      expect(audit.map((e) => e.data.details.version).sort((a: number, b: number) => a - b)).toEqual(
        Array.from({ length: 10 }, (_, i) => before + 1 + i),
      );
      expect(audit[0]).toMatchObject({
        producer: 'shipping',
        key: 'getit',
        data: {
          action: 'shipping.rate-card.replace',
          outcome: 'success',
          actorRoles: ['admin:operations'],
          targetType: 'rate-card',
          targetId: 'getit',
          ip: '203.0.113.77',
          details: { zones: pathaoCard.zones },
        },
      });
    });

    it('audits a refused edit as denied, naming who tried and from where', async () => {
      const finance = { roles: ['admin:finance'], id: randomUUID(), ip: '198.51.100.23' };
      expect((await call('PUT', '/admin/rate-card', pathaoCard, finance)).status).toBe(403);
      const audit = (
        await sql.query(
          `SELECT envelope FROM outbox WHERE type = 'audit.recorded.v1' AND envelope->'data'->>'actorId' = $1`,
          [finance.id],
        )
      ).rows.map((row) => row.envelope.data);
      expect(audit).toEqual([
        expect.objectContaining({
          action: 'shipping.rate-card.replace',
          outcome: 'denied',
          ip: '198.51.100.23',
          details: expect.objectContaining({ code: 'FORBIDDEN' }),
        }),
      ]);
    });
  });
  it('with no courier configured, lists no packed package as awaiting a courier and refuses to book (packages move by hand)', async () => {
    const vendorId = randomUUID();
    const packageId = randomUUID();
    await sql.query(
      `INSERT INTO packages_to_ship (package_id, order_id, order_number, vendor_id, recipient_phone, recipient_name,
         recipient_address, destination_district, payment_method, total_poisha, weight_grams, packed_at)
       VALUES ($1, $2, 'GI-20261207-EMBED1', $3, '01712345678', 'Karim Ahmed', 'House 7, Gulshan 1, Dhaka', 'Dhaka',
         'cod', 125000, 800, now())`,
      [packageId, randomUUID(), vendorId],
    );
    const vendor = { roles: ['vendor:owner'] };
    const ask = (path: string, method = 'GET', body?: unknown) =>
      fetch(`${service.url}${path}`, {
        method,
        headers: {
          'x-actor-id': randomUUID(),
          'x-actor-roles': vendor.roles.join(','),
          'x-vendor-id': vendorId,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const queue = await ask(`/vendors/${vendorId}/courier-queue`);
    expect(await queue.json()).toEqual({ items: [] });
    const book = await ask(`/vendors/${vendorId}/courier-bookings`, 'POST', { courier: 'marketplace' });
    expect(book.status).toBe(400);
    expect(
      ((await book.json()) as { errors: { field: string }[] }).errors.map((error) => error.field),
    ).toEqual(['courier']);
    const settings = await ask(`/vendors/${vendorId}/courier-preference`);
    expect(await settings.json()).toMatchObject({ courier: 'marketplace', bookOnPacking: true, offered: [] });
  });
});
