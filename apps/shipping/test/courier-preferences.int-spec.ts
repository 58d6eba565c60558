import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningService } from '@getit/service-kit';
import { courierEnv, waitFor } from '@getit/testing';
import { ShippingWithCouriers } from './support/couriers.harness';

jest.setTimeout(90_000);


interface Settings {
  courier: string;
  bookOnPacking: boolean;
  pickupWarehouseId: string | null;
  offered: string[];
  pickupPoints: { warehouseId: string; stores: { courier: string; storeId: string }[] }[];
}
interface QueueItem {
  packageId: string;
  state: string;
  courier: string | null;
  consignmentId: string | null;
  lastError: string | null;
  offers: { courier: string; feePoisha: number }[];
  marketplaceChoice: string | null;
}
interface BookingResult {
  packageId: string;
  courier: string;
  state: string;
  consignmentId: string | null;
  error: string | null;
}

/**
 * A vendor's courier choices against the courier sandbox as a process and a real Postgres: pickup stores per
 * warehouse made once at each courier, the stored preference applied on packing, the vendor's queue with prices,
 * booking one or the whole queue (Steadfast's bulk endpoint), a courier that is down, and bad input.
 */
describe('vendor courier preferences, pickup stores and booking (courier sandbox process)', () => {
  const harness = new ShippingWithCouriers();
  const { sandbox } = harness;
  let shipping: RunningService;
  let sql: Client;

  beforeAll(async () => {
    await harness.start('shipping_preferences', (couriers) => ({
      ...courierEnv(couriers),
    }));
    ({ shipping, sql } = harness);
  });
  afterAll(() => harness.stop());

  const owner = (vendorId: string) => ({ vendorId, roles: ['vendor:owner'] });
  async function call<T>(
    method: string,
    path: string,
    as: { vendorId?: string; roles: string[] },
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${shipping.url}${path}`, {
      method,
      headers: {
        'x-actor-id': randomUUID(),
        'x-actor-roles': as.roles.join(','),
        ...(as.vendorId ? { 'x-vendor-id': as.vendorId } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** A confirmed COD package of `vendorId` to Dhaka, packed; resolves once shipping has seen the packing. */
  async function packedPackage(vendorId: string) {
    const { orderId, packageId } = await harness.confirmedOrder({ vendorId, destinationDistrict: 'Dhaka' });
    await harness.packed({ orderId, packageId, vendorId });
    await waitFor('shipping to see the packing', async () => {
      const { rows } = await sql.query(
        `SELECT 1 FROM packages_to_ship WHERE package_id = $1 AND packed_at IS NOT NULL`,
        [packageId],
      );
      return rows.length === 1;
    });
    return { orderId, packageId };
  }

  const MIRPUR = {
    name: 'Mirpur shop',
    contactPhone: '01711000001',
    address: 'House 4, Road 2, Mirpur 10, Dhaka',
    area: 'Mirpur',
    district: 'Dhaka',
  };

  /** A vendor whose Mirpur warehouse is its pickup point, with the given courier choice. */
  async function vendorWith(preference: { courier: string; bookOnPacking: boolean }) {
    const vendorId = randomUUID();
    const warehouseId = randomUUID();
    const saved = await call<Settings>(
      'PUT',
      `/vendors/${vendorId}/pickup-points/${warehouseId}`,
      owner(vendorId),
      MIRPUR,
    );
    expect(saved.status).toBe(200);
    const set = await call<Settings>(
      'PUT',
      `/vendors/${vendorId}/courier-preference`,
      owner(vendorId),
      preference,
    );
    expect(set.status).toBe(200);
    return { vendorId, warehouseId, settings: set.body };
  }

  it('registers a warehouse once as a Pathao store and a RedX pickup store (Steadfast has none), and finds it again', async () => {
    const { vendorId, warehouseId, settings } = await vendorWith({
      courier: 'marketplace',
      bookOnPacking: true,
    });
    expect(settings).toMatchObject({
      courier: 'marketplace',
      bookOnPacking: true,
      pickupWarehouseId: warehouseId,
    });
    expect(settings.offered.sort()).toEqual(['pathao', 'redx', 'steadfast']);
    const stores = settings.pickupPoints[0]!.stores;
    expect(stores.map((store) => store.courier)).toEqual(['pathao', 'redx']);

    // saving again keeps the stores; and with shipping's record lost, the courier's store is found by its tag
    const again = await call<Settings>(
      'PUT',
      `/vendors/${vendorId}/pickup-points/${warehouseId}`,
      owner(vendorId),
      MIRPUR,
    );
    expect(again.body.pickupPoints[0]!.stores).toEqual(stores);
    await sql.query(`DELETE FROM courier_stores WHERE warehouse_id = $1`, [warehouseId]);
    const found = await call<Settings>(
      'PUT',
      `/vendors/${vendorId}/pickup-points/${warehouseId}`,
      owner(vendorId),
      MIRPUR,
    );
    expect(found.body.pickupPoints[0]!.stores).toEqual(stores);
  });

  it('books on packing with the stored courier, from the warehouse’s pickup store', async () => {
    const { vendorId, settings } = await vendorWith({ courier: 'redx', bookOnPacking: true });
    const redxStore = settings.pickupPoints[0]!.stores.find((store) => store.courier === 'redx')!.storeId;
    const { packageId } = await packedPackage(vendorId);
    const parcel = await waitFor('the RedX parcel', async () =>
      (await sandbox.parcels('redx')).find((entry) => entry.merchantRef === packageId),
    );
    expect(parcel).toMatchObject({ storeId: redxStore, codTaka: 1250 });
  });

  it('keeps packed packages in the vendor’s queue with each courier’s price, and books one with the chosen courier once', async () => {
    const { vendorId, settings } = await vendorWith({ courier: 'marketplace', bookOnPacking: false });
    const { packageId } = await packedPackage(vendorId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await sandbox.parcels()).filter((entry) => entry.merchantRef === packageId)).toEqual([]);

    const queue = await call<{ items: QueueItem[] }>(
      'GET',
      `/vendors/${vendorId}/courier-queue`,
      owner(vendorId),
    );
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        packageId,
        state: 'awaiting',
        courier: null,
        offers: [
          { courier: 'pathao', feePoisha: 8000 },
          { courier: 'steadfast', feePoisha: 8000 },
          { courier: 'redx', feePoisha: 8000 },
        ],
        marketplaceChoice: 'pathao',
      }),
    ]);

    const staff = { vendorId, roles: ['vendor:staff'] };
    const booked = await call<{ results: BookingResult[] }>(
      'POST',
      `/vendors/${vendorId}/courier-bookings`,
      staff,
      {
        courier: 'pathao',
        packageIds: [packageId],
      },
    );
    expect(booked.status).toBe(200);
    expect(booked.body.results).toEqual([
      expect.objectContaining({ packageId, courier: 'pathao', state: 'booked', error: null }),
    ]);
    const consignmentId = booked.body.results[0]!.consignmentId!;
    const pathaoStore = settings.pickupPoints[0]!.stores.find((store) => store.courier === 'pathao')!.storeId;
    expect((await sandbox.parcels('pathao')).filter((entry) => entry.merchantRef === packageId)).toEqual([
      expect.objectContaining({ id: consignmentId, storeId: pathaoStore }),
    ]);

    // asked again (a double click, a retry): the same consignment, nothing booked twice
    const again = await call<{ results: BookingResult[] }>(
      'POST',
      `/vendors/${vendorId}/courier-bookings`,
      staff,
      {
        courier: 'redx',
        packageIds: [packageId],
      },
    );
    expect(again.body.results).toEqual([
      expect.objectContaining({ courier: 'pathao', consignmentId, state: 'booked' }),
    ]);
    expect((await sandbox.parcels()).filter((entry) => entry.merchantRef === packageId)).toHaveLength(1);
    const after = await call<{ items: QueueItem[] }>(
      'GET',
      `/vendors/${vendorId}/courier-queue`,
      owner(vendorId),
    );
    expect(after.body.items).toEqual([
      expect.objectContaining({ packageId, state: 'booked', consignmentId }),
    ]);
  });

  it('books the whole awaiting queue in one action, Steadfast through its bulk endpoint', async () => {
    const { vendorId } = await vendorWith({ courier: 'steadfast', bookOnPacking: false });
    const packages = [
      await packedPackage(vendorId),
      await packedPackage(vendorId),
      await packedPackage(vendorId),
    ];
    const booked = await call<{ results: BookingResult[] }>(
      'POST',
      `/vendors/${vendorId}/courier-bookings`,
      owner(vendorId),
      {
        courier: 'steadfast',
      },
    );
    expect(booked.body.results.map((result) => [result.packageId, result.state]).sort()).toEqual(
      packages.map((pkg) => [pkg.packageId, 'booked']).sort(),
    );
    const parcels = await sandbox.parcels('steadfast');
    for (const result of booked.body.results)
      expect(parcels.filter((parcel) => parcel.merchantRef === result.packageId)).toEqual([
        expect.objectContaining({ id: result.consignmentId, bulk: true }),
      ]);
  });

  it('tells the vendor when the courier is down, and books once it is back', async () => {
    const { vendorId } = await vendorWith({ courier: 'marketplace', bookOnPacking: false });
    const { packageId } = await packedPackage(vendorId);
    await sandbox.setDown('redx', true);
    try {
      const booked = await call<{ results: BookingResult[] }>(
        'POST',
        `/vendors/${vendorId}/courier-bookings`,
        owner(vendorId),
        {
          courier: 'redx',
          packageIds: [packageId],
        },
      );
      expect(booked.body.results).toEqual([
        expect.objectContaining({
          packageId,
          state: 'retrying',
          consignmentId: null,
          error: expect.stringContaining('redx answered 503'),
        }),
      ]);
      const queue = await call<{ items: QueueItem[] }>(
        'GET',
        `/vendors/${vendorId}/courier-queue`,
        owner(vendorId),
      );
      expect(queue.body.items).toEqual([
        expect.objectContaining({
          packageId,
          state: 'booking',
          courier: 'redx',
          lastError: expect.stringContaining('503'),
        }),
      ]);
    } finally {
      await sandbox.setDown('redx', false);
    }
    await waitFor(
      'the retried booking',
      async () => (await sandbox.parcels('redx')).some((parcel) => parcel.merchantRef === packageId),
      { timeoutMs: 30_000, intervalMs: 250 },
    );
  });

  it('answers bad input and other people with a problem naming the field, never a 500', async () => {
    const vendorId = randomUUID();
    const { packageId } = await (async () => {
      await call('PUT', `/vendors/${vendorId}/courier-preference`, owner(vendorId), {
        courier: 'marketplace',
        bookOnPacking: false,
      });
      return packedPackage(vendorId);
    })();
    const problem = (response: { body: unknown }) =>
      response.body as { status: number; errors?: { field: string }[] };

    const dhl = await call('PUT', `/vendors/${vendorId}/courier-preference`, owner(vendorId), {
      courier: 'dhl',
      bookOnPacking: true,
    });
    expect(dhl.status).toBe(400);
    expect(problem(dhl).errors?.map((error) => error.field)).toEqual(['courier']);

    const notMine = await call('PUT', `/vendors/${vendorId}/courier-preference`, owner(vendorId), {
      courier: 'pathao',
      bookOnPacking: true,
      pickupWarehouseId: randomUUID(),
    });
    expect(notMine.status).toBe(400);
    expect(problem(notMine).errors?.map((error) => error.field)).toEqual(['pickupWarehouseId']);

    const badPhone = await call(
      'PUT',
      `/vendors/${vendorId}/pickup-points/${randomUUID()}`,
      owner(vendorId),
      {
        ...MIRPUR,
        contactPhone: '+8801711',
      },
    );
    expect(badPhone.status).toBe(400);
    expect(problem(badPhone).errors?.map((error) => error.field)).toEqual(['contactPhone']);

    const unknown = await call('POST', `/vendors/${vendorId}/courier-bookings`, owner(vendorId), {
      courier: 'marketplace',
      packageIds: [packageId, randomUUID()],
    });
    expect(unknown.status).toBe(400);
    expect(problem(unknown).errors?.map((error) => error.field)).toEqual(['packageIds.1']);

    const staffSettings = await call(
      'PUT',
      `/vendors/${vendorId}/courier-preference`,
      { vendorId, roles: ['vendor:staff'] },
      {
        courier: 'pathao',
        bookOnPacking: true,
      },
    );
    expect(staffSettings.status).toBe(403);
    const otherVendor = await call('GET', `/vendors/${vendorId}/courier-queue`, owner(randomUUID()));
    expect(otherVendor.status).toBe(403);
    const admin = await call(
      'POST',
      `/vendors/${vendorId}/courier-bookings`,
      { roles: ['admin:super-admin'] },
      {
        courier: 'pathao',
      },
    );
    expect(admin.status).toBe(403);
    // nothing above booked the package
    expect((await sandbox.parcels()).filter((parcel) => parcel.merchantRef === packageId)).toEqual([]);
  });
});
