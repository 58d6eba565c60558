import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningService } from '@getit/service-kit';
import { createTestDatabase, freePort, TestDatabase, waitFor } from '@getit/testing';
import { startInventory } from '../src/inventory.host';
import { InventoryHttp } from './inventory-http';

jest.setTimeout(60_000);

const warehouseBody = (overrides: Record<string, unknown> = {}) => ({
  code: 'tgl-1',
  name: 'Tangail main store',
  address: { line1: 'Holding 12, Main Road', area: 'Tangail Sadar', district: 'Tangail', postcode: '1900' },
  contactPhone: '01712345678',
  ...overrides,
});

/** The inventory service over HTTP on a real Postgres, with the in-process bus; the database is read back directly. */
describe('inventory service over HTTP', () => {
  let db: TestDatabase;
  let service: RunningService;
  let sql: Client;
  let http: InventoryHttp;
  const vendorId = randomUUID();
  const otherVendorId = randomUUID();
  const owner = { vendorId, roles: ['vendor:owner'] };
  const staff = { vendorId, roles: ['vendor:staff'] };
  const other = { vendorId: otherVendorId, roles: ['vendor:owner'] };

  beforeAll(async () => {
    db = await createTestDatabase('inventory_api');
    service = await startInventory({
      DATABASE_URL: db.url,
      MESSAGING_TRANSPORT: 'in-process',
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      RESERVATION_SWEEP_INTERVAL_MS: '200',
    });
    http = new InventoryHttp(service.url);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await service?.stop();
    await db?.drop();
  });

  const count = async (table: string) =>
    Number((await sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  const writes = async () => ({
    warehouses: await count('warehouses'),
    items: await count('inventory_items'),
    levels: await count('stock_levels'),
    movements: await count('stock_movements'),
    reservations: await count('reservations'),
    outbox: await count('outbox'),
  });
  const events = async (type: string, key: string) =>
    (
      await sql.query(
        `SELECT envelope->'data' AS data FROM outbox WHERE type = $1 AND key = $2 ORDER BY seq`,
        [type, key],
      )
    ).rows.map((row) => row.data);

  async function newWarehouse(code: string, district = 'Dhaka'): Promise<string> {
    const created = await http.call('POST', `/vendors/${vendorId}/warehouses`, {
      as: owner,
      body: warehouseBody({ code, address: { line1: 'Road 7, Dhanmondi', district } }),
    });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  describe('warehouses', () => {
    it('creates a pickup address with the district checked, normalised and placed in its division', async () => {
      const created = await http.call('POST', `/vendors/${vendorId}/warehouses`, {
        as: owner,
        body: warehouseBody({ code: 'ctg-1', address: { line1: 'Agrabad C/A', district: 'Chittagong' } }),
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        vendorId,
        code: 'CTG-1',
        address: { line1: 'Agrabad C/A', district: 'Chattogram', division: 'Chattogram' },
        contactPhone: '+8801712345678',
      });
      const listed = await http.call('GET', `/vendors/${vendorId}/warehouses`, { as: staff });
      expect(listed.body.items.map((w: { code: string }) => w.code)).toContain('CTG-1');
    });

    it('refuses bad input with problem+json naming the field, writing nothing', async () => {
      const before = await writes();
      const cases: [unknown, number, string][] = [
        [warehouseBody({ address: { line1: 'x', district: 'Kolkata' } }), 400, 'address.district'],
        [warehouseBody({ contactPhone: '12345' }), 400, 'contactPhone'],
        [
          warehouseBody({ address: { line1: 'x', district: 'Dhaka', postcode: '12' } }),
          400,
          'address.postcode',
        ],
        [warehouseBody({ code: 'has space' }), 400, 'code'],
        [warehouseBody({ extra: true }), 400, 'extra'],
      ];
      for (const [body, status, field] of cases) {
        const response = await http.call('POST', `/vendors/${vendorId}/warehouses`, { as: owner, body });
        expect({ field, status: response.status, type: response.contentType }).toEqual({
          field,
          status,
          type: expect.stringContaining('application/problem+json'),
        });
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect(await writes()).toEqual(before);
    });

    it('answers 409 naming the code when the vendor already uses it', async () => {
      await newWarehouse('DUP-1');
      const again = await http.call('POST', `/vendors/${vendorId}/warehouses`, {
        as: owner,
        body: warehouseBody({ code: 'dup-1' }),
      });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'CONFLICT', field: 'code' });
      // another vendor may use the same code
      const theirs = await http.call('POST', `/vendors/${otherVendorId}/warehouses`, {
        as: other,
        body: warehouseBody({ code: 'DUP-1' }),
      });
      expect(theirs.status).toBe(201);
    });

    it('keeps every vendor out of the others’ warehouses', async () => {
      const id = await newWarehouse('PRIVATE-1');
      const before = await writes();
      const asOther = await http.call('GET', `/vendors/${vendorId}/warehouses/${id}`, { as: other });
      expect(asOther.status).toBe(403);
      expect(asOther.body.field).toBe('vendorId');
      const patched = await http.call('PATCH', `/vendors/${vendorId}/warehouses/${id}`, {
        as: other,
        body: { name: 'Mine now' },
      });
      expect(patched.status).toBe(403);
      // under its own path the other vendor does not even see it
      const viaOwnPath = await http.call('GET', `/vendors/${otherVendorId}/warehouses/${id}`, { as: other });
      expect(viaOwnPath.status).toBe(404);
      expect(viaOwnPath.body.field).toBe('warehouseId');
      expect((await http.call('GET', `/vendors/${vendorId}/warehouses`)).status).toBe(401);
      expect(
        (await http.call('POST', `/vendors/${vendorId}/warehouses`, { as: staff, body: warehouseBody() }))
          .status,
      ).toBe(403);
      expect(await writes()).toEqual(before);
    });

    it('edits, and archives only an empty warehouse, freeing its code', async () => {
      const id = await newWarehouse('GZP-1', 'Gazipur');
      const edited = await http.call('PATCH', `/vendors/${vendorId}/warehouses/${id}`, {
        as: owner,
        body: { name: 'Gazipur depot', address: { line1: 'Tongi BSCIC', district: 'gazipur' } },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        name: 'Gazipur depot',
        address: { district: 'Gazipur', division: 'Dhaka' },
      });

      const variantId = randomUUID();
      await http.call('PUT', `/vendors/${vendorId}/warehouses/${id}/stock/${variantId}`, {
        as: owner,
        body: { sku: 'GZP-FAN', onHand: 2 },
      });
      const refused = await http.call('DELETE', `/vendors/${vendorId}/warehouses/${id}`, { as: owner });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ field: 'warehouseId', units: 2 });

      await http.call('PUT', `/vendors/${vendorId}/warehouses/${id}/stock/${variantId}`, {
        as: owner,
        body: { onHand: 0 },
      });
      expect((await http.call('DELETE', `/vendors/${vendorId}/warehouses/${id}`, { as: owner })).status).toBe(
        204,
      );
      expect((await http.call('GET', `/vendors/${vendorId}/warehouses/${id}`, { as: owner })).status).toBe(
        404,
      );
      expect(await newWarehouse('GZP-1', 'Gazipur')).not.toBe(id);
    });
  });

  describe('stock', () => {
    it('counts and adjusts stock, keeping an audit trail of who, when, how much, why and what was left', async () => {
      const warehouseId = await newWarehouse('STOCK-1');
      const variantId = randomUUID();
      const path = `/vendors/${vendorId}/warehouses/${warehouseId}/stock/${variantId}`;
      const actorId = randomUUID();

      const counted = await http.call('PUT', path, {
        as: { ...staff, actorId },
        body: { sku: 'TTG-SAREE-1', onHand: 12 },
      });
      expect(counted.status).toBe(200);
      expect(counted.body.stock).toMatchObject({
        sku: 'TTG-SAREE-1',
        onHand: 12,
        reserved: 0,
        available: 12,
      });
      expect(counted.body.movement).toMatchObject({ delta: 12, reason: 'count', onHandAfter: 12, actorId });

      const damaged = await http.call('POST', `${path}/adjustments`, {
        as: { ...staff, actorId },
        body: { delta: -2, reason: 'damaged', note: 'Torn in transit' },
      });
      expect(damaged.status).toBe(201);
      expect(damaged.body.stock.onHand).toBe(10);

      const unchanged = await http.call('PUT', path, { as: owner, body: { onHand: 10 } });
      expect(unchanged.body.movement).toBeNull();

      const trail = await http.call('GET', `/vendors/${vendorId}/stock/${variantId}/movements`, {
        as: staff,
      });
      expect(trail.body.items).toEqual([
        expect.objectContaining({
          delta: -2,
          reason: 'damaged',
          note: 'Torn in transit',
          onHandAfter: 10,
          actorId,
        }),
        expect.objectContaining({ delta: 12, reason: 'count', onHandAfter: 12, actorId }),
      ]);
      expect(trail.body.items[0].createdAt).toEqual(expect.any(String));
      const changed = await events('inventory.stock-changed.v1', variantId);
      expect(changed.map((e) => e.available)).toEqual([12, 10]);
    });

    it('refuses negative, fractional and impossible quantities, unknown warehouses and others’ variants, writing nothing', async () => {
      const warehouseId = await newWarehouse('STOCK-2');
      const variantId = randomUUID();
      const path = `/vendors/${vendorId}/warehouses/${warehouseId}/stock/${variantId}`;
      await http.call('PUT', path, { as: owner, body: { sku: 'DHK-PHONE', onHand: 3 } });
      const theirWarehouse = (
        await http.call('POST', `/vendors/${otherVendorId}/warehouses`, {
          as: other,
          body: warehouseBody({ code: 'THEIRS' }),
        })
      ).body.id;

      const before = await writes();
      const cases: [string, string, unknown, number, string][] = [
        ['PUT', path, { onHand: -1 }, 400, 'onHand'],
        ['PUT', path, { onHand: 2.5 }, 400, 'onHand'],
        ['PUT', path, { onHand: '4' }, 400, 'onHand'],
        ['POST', `${path}/adjustments`, { delta: 1.5, reason: 'received' }, 400, 'delta'],
        ['POST', `${path}/adjustments`, { delta: 0, reason: 'correction' }, 400, 'delta'],
        ['POST', `${path}/adjustments`, { delta: -1, reason: 'received' }, 400, 'delta'],
        ['POST', `${path}/adjustments`, { delta: -4, reason: 'lost' }, 409, 'delta'],
        ['POST', `${path}/adjustments`, { delta: 1, reason: 'stolen' }, 400, 'reason'],
        [
          'PUT',
          `/vendors/${vendorId}/warehouses/${randomUUID()}/stock/${variantId}`,
          { onHand: 1 },
          404,
          'warehouseId',
        ],
        [
          'PUT',
          `/vendors/${vendorId}/warehouses/${theirWarehouse}/stock/${variantId}`,
          { onHand: 1 },
          404,
          'warehouseId',
        ],
        [
          'PUT',
          `/vendors/${vendorId}/warehouses/${warehouseId}/stock/${randomUUID()}`,
          { onHand: 1 },
          400,
          'sku',
        ],
        [
          'PUT',
          `/vendors/${vendorId}/warehouses/${warehouseId}/stock/not-a-uuid`,
          { onHand: 1 },
          400,
          'variantId',
        ],
      ];
      for (const [method, url, body, status, field] of cases) {
        const response = await http.call(method, url, { as: owner, body });
        const named =
          response.body.field ?? response.body.errors?.map((e: { field: string }) => e.field).join(',');
        expect({ method, url, body, status: response.status, named }).toEqual({
          method,
          url,
          body,
          status,
          named: expect.stringContaining(field),
        });
      }
      // the other vendor cannot stock this vendor's variant in its own warehouse
      const hijack = await http.call(
        'PUT',
        `/vendors/${otherVendorId}/warehouses/${theirWarehouse}/stock/${variantId}`,
        {
          as: other,
          body: { sku: 'MINE', onHand: 50 },
        },
      );
      expect(hijack.status).toBe(403);
      expect(hijack.body.field).toBe('variantId');
      const lost = await http.call('POST', `${path}/adjustments`, {
        as: owner,
        body: { delta: -4, reason: 'lost' },
      });
      expect(lost.body).toMatchObject({ onHand: 3, reserved: 0 });
      expect(await writes()).toEqual(before);
    });

    it('lists the vendor’s variants across warehouses, page by page', async () => {
      const [a, b] = [await newWarehouse('LIST-A'), await newWarehouse('LIST-B')];
      const variantId = randomUUID();
      await http.call('PUT', `/vendors/${vendorId}/warehouses/${a}/stock/${variantId}`, {
        as: owner,
        body: { sku: 'L-1', onHand: 4 },
      });
      await http.call('PUT', `/vendors/${vendorId}/warehouses/${b}/stock/${variantId}`, {
        as: owner,
        body: { onHand: 6 },
      });
      const one = await http.call('GET', `/vendors/${vendorId}/stock/${variantId}`, { as: staff });
      expect(one.body).toMatchObject({ onHand: 10, available: 10 });
      expect(one.body.warehouses.map((w: { warehouseCode: string }) => w.warehouseCode).sort()).toEqual([
        'LIST-A',
        'LIST-B',
      ]);
      const inB = await http.call('GET', `/vendors/${vendorId}/stock?warehouseId=${b}`, { as: staff });
      expect(inB.body.items.map((i: { variantId: string }) => i.variantId)).toEqual([variantId]);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { variantId: string }[]; nextCursor: string | null } } = await http.call(
          'GET',
          `/vendors/${vendorId}/stock?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          { as: staff },
        );
        seen.push(...page.body.items.map((i) => i.variantId));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(
        Number(
          (await sql.query('SELECT count(*) FROM inventory_items WHERE vendor_id = $1', [vendorId])).rows[0]
            .count,
        ),
      );
      expect((await http.call('GET', `/vendors/${vendorId}/stock?limit=0`, { as: staff })).status).toBe(400);
    });
  });

  describe('availability and reservations', () => {
    let warehouseA: string;
    let warehouseB: string;
    beforeAll(async () => {
      warehouseA = await newWarehouse('RSV-A', 'Tangail');
      warehouseB = await newWarehouse('RSV-B', 'Dhaka');
    });

    async function stocked(a: number, b: number): Promise<string> {
      const variantId = randomUUID();
      await http.call('PUT', `/vendors/${vendorId}/warehouses/${warehouseA}/stock/${variantId}`, {
        as: owner,
        body: { sku: 'RSV', onHand: a },
      });
      if (b > 0)
        await http.call('PUT', `/vendors/${vendorId}/warehouses/${warehouseB}/stock/${variantId}`, {
          as: owner,
          body: { onHand: b },
        });
      return variantId;
    }
    const reserve = (body: unknown) => http.call('POST', '/reservations', { body });
    const availability = async (...ids: string[]) =>
      (await http.call('GET', `/availability?variantIds=${ids.join(',')}`)).body.items;

    it('answers availability for many variants at once, publicly; unknown ones have none', async () => {
      const [x, y, unknown] = [await stocked(3, 4), await stocked(0, 0), randomUUID()];
      expect(await availability(x, y, unknown)).toEqual([
        { variantId: x, available: 7, inStock: true },
        { variantId: y, available: 0, inStock: false },
        { variantId: unknown, available: 0, inStock: false },
      ]);
      const bad = await http.call('GET', `/availability?variantIds=${x},nope`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('variantIds.1');
      const tooMany = Array.from({ length: 101 }, () => randomUUID()).join(',');
      expect((await http.call('GET', `/availability?variantIds=${tooMany}`)).status).toBe(400);
    });

    it('reserves from the warehouse with most available, splitting when it must; a retry returns the same reservation', async () => {
      const variantId = await stocked(3, 5);
      const key = `checkout-${randomUUID()}`;
      const first = await reserve({ reservationKey: key, lines: [{ variantId, quantity: 4 }] });
      expect(first.status).toBe(201);
      expect(first.body.lines).toEqual([
        { variantId, vendorId, quantity: 4, allocations: [{ warehouseId: warehouseB, quantity: 4 }] },
      ]);
      const split = await reserve({ reservationKey: `${key}-2`, lines: [{ variantId, quantity: 3 }] });
      expect(split.body.lines[0].allocations).toEqual([{ warehouseId: warehouseA, quantity: 3 }]);
      const retried = await reserve({ reservationKey: key, lines: [{ variantId, quantity: 4 }] });
      expect(retried.status).toBe(200);
      expect(retried.body.id).toBe(first.body.id);
      expect(await availability(variantId)).toEqual([{ variantId, available: 1, inStock: true }]);

      const misuse = await reserve({ reservationKey: key, lines: [{ variantId, quantity: 1 }] });
      expect(misuse.status).toBe(409);
      expect(misuse.body.field).toBe('reservationKey');
      const reserved = await events('inventory.stock-reserved.v1', first.body.id);
      expect(reserved).toHaveLength(1);
      expect(reserved[0]).toMatchObject({ reservationId: first.body.id, reservationKey: key });
    });

    it('splits one line across warehouses when no single one has enough', async () => {
      const variantId = await stocked(3, 5);
      const split = await reserve({
        reservationKey: `split-${randomUUID()}`,
        lines: [{ variantId, quantity: 7 }],
      });
      expect(split.body.lines[0].allocations).toEqual([
        { warehouseId: warehouseB, quantity: 5 },
        { warehouseId: warehouseA, quantity: 2 },
      ]);
    });

    it('answers 409 with the available quantity when asked for too much, and writes nothing', async () => {
      const variantId = await stocked(2, 1);
      const before = await writes();
      const tooMany = await reserve({
        reservationKey: `greedy-${randomUUID()}`,
        lines: [{ variantId, quantity: 4 }],
      });
      expect(tooMany.status).toBe(409);
      expect(tooMany.contentType).toContain('application/problem+json');
      expect(tooMany.body).toMatchObject({
        code: 'CONFLICT',
        available: 3,
        shortages: [{ variantId, requested: 4, available: 3 }],
        errors: [{ field: 'lines.0.quantity', reason: 'only 3 available' }],
      });
      const bad = await reserve({ reservationKey: 'k', lines: [{ variantId, quantity: 1.5 }] });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('lines.0.quantity');
      const twice = await reserve({
        reservationKey: 'k',
        lines: [
          { variantId, quantity: 1 },
          { variantId, quantity: 1 },
        ],
      });
      expect(twice.body.errors[0].field).toBe('lines.1.variantId');
      expect(await writes()).toEqual(before);
    });

    it('commits on order confirmation: on hand drops, available stays, the audit trail names the reservation', async () => {
      const variantId = await stocked(5, 0);
      const { body: held } = await reserve({
        reservationKey: `order-${randomUUID()}`,
        lines: [{ variantId, quantity: 2 }],
      });
      const committed = await http.call('POST', `/reservations/${held.id}/commit`);
      expect(committed.status).toBe(200);
      expect(committed.body).toMatchObject({ status: 'committed', committedAt: expect.any(String) });
      expect((await http.call('POST', `/reservations/${held.id}/commit`)).status).toBe(200);
      const stock = await http.call('GET', `/vendors/${vendorId}/stock/${variantId}`, { as: owner });
      expect(stock.body).toMatchObject({ onHand: 3, reserved: 0, available: 3 });
      const trail = await http.call('GET', `/vendors/${vendorId}/stock/${variantId}/movements`, {
        as: owner,
      });
      expect(trail.body.items[0]).toMatchObject({
        delta: -2,
        reason: 'reservation_committed',
        reservationId: held.id,
        onHandAfter: 3,
      });
      const release = await http.call('POST', `/reservations/${held.id}/release`);
      expect(release.status).toBe(409);
      expect(await events('inventory.reservation-committed.v1', held.id)).toHaveLength(1);
    });

    it('releases on cancellation: the units are available again, once', async () => {
      const variantId = await stocked(4, 0);
      const { body: held } = await reserve({
        reservationKey: `cancel-${randomUUID()}`,
        lines: [{ variantId, quantity: 3 }],
      });
      expect(await availability(variantId)).toEqual([{ variantId, available: 1, inStock: true }]);
      expect((await http.call('POST', `/reservations/${held.id}/release`)).body.status).toBe('released');
      expect((await http.call('POST', `/reservations/${held.id}/release`)).status).toBe(200);
      expect(await availability(variantId)).toEqual([{ variantId, available: 4, inStock: true }]);
      expect((await http.call('POST', `/reservations/${held.id}/commit`)).status).toBe(409);
      expect(await events('inventory.reservation-released.v1', held.id)).toEqual([
        expect.objectContaining({ reason: 'cancelled' }),
      ]);
      expect((await http.call('GET', `/reservations/${randomUUID()}`)).status).toBe(404);
    });

    it('releases unconfirmed reservations when they expire; a late commit is refused', async () => {
      const variantId = await stocked(5, 0);
      const { body: held } = await reserve({
        reservationKey: `slow-${randomUUID()}`,
        lines: [{ variantId, quantity: 5 }],
        ttlSeconds: 1,
      });
      expect(await availability(variantId)).toEqual([{ variantId, available: 0, inStock: false }]);
      const expired = await waitFor(
        'the reservation to expire',
        async () => {
          const r = await http.call('GET', `/reservations/${held.id}`);
          return r.body.status === 'expired' ? r.body : undefined;
        },
        { timeoutMs: 10_000, intervalMs: 100 },
      );
      expect(expired.releasedAt).toEqual(expect.any(String));
      expect(await availability(variantId)).toEqual([{ variantId, available: 5, inStock: true }]);
      const late = await http.call('POST', `/reservations/${held.id}/commit`);
      expect(late.status).toBe(409);
      expect(late.body.detail).toContain('expired');
      expect(await events('inventory.reservation-released.v1', held.id)).toEqual([
        expect.objectContaining({ reason: 'expired' }),
      ]);
    });

    it('raises stock-low once when available falls to the vendor’s threshold, and again only after recovering', async () => {
      const variantId = await stocked(6, 0);
      const threshold = await http.call(
        'PUT',
        `/vendors/${vendorId}/stock/${variantId}/low-stock-threshold`,
        {
          as: staff,
          body: { threshold: 2 },
        },
      );
      expect(threshold.body).toMatchObject({ lowStockThreshold: 2, lowStock: false });
      const take = (quantity: number) =>
        reserve({ reservationKey: `low-${randomUUID()}`, lines: [{ variantId, quantity }] });
      await take(3); // 3 left
      const { body: tipping } = await take(1); // 2 left: low
      await take(1); // 1 left: still low, no second alert
      expect(await events('inventory.stock-low.v1', variantId)).toEqual([
        expect.objectContaining({ variantId, vendorId, available: 2, threshold: 2 }),
      ]);
      await http.call('POST', `/reservations/${tipping.id}/release`); // 2 left: still low
      await http.call(
        'POST',
        `/vendors/${vendorId}/warehouses/${warehouseA}/stock/${variantId}/adjustments`,
        {
          as: staff,
          body: { delta: 5, reason: 'received' },
        },
      ); // 7: recovered
      await take(5); // 2 again: a new shortage
      expect((await events('inventory.stock-low.v1', variantId)).map((e) => e.available)).toEqual([2, 2]);
      const listed = await http.call('GET', `/vendors/${vendorId}/stock?lowOnly=true`, { as: staff });
      expect(listed.body.items.map((i: { variantId: string }) => i.variantId)).toContain(variantId);
      const negative = await http.call('PUT', `/vendors/${vendorId}/stock/${variantId}/low-stock-threshold`, {
        as: staff,
        body: { threshold: -1 },
      });
      expect(negative.body.errors[0].field).toBe('threshold');
      const versions = (await events('inventory.stock-changed.v1', variantId)).map((e) => e.version);
      expect(versions).toEqual([...versions].sort((x, y) => x - y));
    });
  });
});
