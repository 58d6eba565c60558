import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createEnvelope, EventPayload, EventType } from '@getit/contracts';
import { InProcessTransport } from '@getit/messaging';
import { RunningService } from '@getit/service-kit';
import {
  CourierSandbox,
  CourierSandboxConfig,
  createTestDatabase,
  eventFixture,
  freePort,
  TestDatabase,
} from '@getit/testing';
import { startShipping } from '../../src/shipping.host';

/**
 * Shipping on a fresh real-Postgres database with the in-process bus, booking the courier sandbox (its own process):
 * what the courier integration specs share. `env` adds the spec's couriers and timings to shipping's environment.
 */
export class ShippingWithCouriers {
  readonly transport = new InProcessTransport();
  readonly sandbox = new CourierSandbox();
  db!: TestDatabase;
  shipping!: RunningService;
  /** A client of shipping's database, for assertions. */
  sql!: Client;

  async start(
    database: string,
    env: (couriers: CourierSandboxConfig) => Record<string, string>,
  ): Promise<this> {
    this.db = await createTestDatabase(database);
    await this.sandbox.start();
    const couriers = await this.sandbox.config();
    await this.transport.connect();
    this.shipping = await startShipping(
      {
        DATABASE_URL: this.db.url,
        MESSAGING_TRANSPORT: 'in-process',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
        LOG_LEVEL: 'silent',
        SHIPPING_BOOKING_INTERVAL_MS: '200',
        ...env(couriers),
      },
      { transport: this.transport },
    );
    this.sql = new Client({ connectionString: this.db.url });
    await this.sql.connect();
    return this;
  }

  async stop(): Promise<void> {
    await this.sql?.end();
    await this.shipping?.stop();
    await this.sandbox.stop();
    await this.transport.close();
    await this.db?.drop();
  }

  /** An event of order's, as order publishes it on order.orders. */
  publish<T extends EventType>(type: T, data: EventPayload<T> & { orderId: string }): Promise<void> {
    return this.transport.publish([
      {
        topic: 'order.orders',
        key: data.orderId,
        value: JSON.stringify(
          createEnvelope(type, data, { producer: 'order', correlationId: 't', key: data.orderId }),
        ),
        headers: {},
      },
    ]);
  }

  /**
   * A cash-on-delivery order of one ৳1,250 package to Gulshan, Dhaka, placed and confirmed as order publishes them
   * (`destinationDistrict`: the order's, else the fixture's); returns its ids.
   */
  async confirmedOrder(
    options: { vendorId?: string; confirmedAt?: Date; destinationDistrict?: string } = {},
  ): Promise<{ orderId: string; packageId: string; vendorId: string; shopperId: string }> {
    const placed = eventFixture<EventPayload<'order.placed.v1'>>('order.placed.v1');
    const ids = {
      orderId: randomUUID(),
      packageId: randomUUID(),
      vendorId: options.vendorId ?? randomUUID(),
      shopperId: randomUUID(),
    };
    await this.publish('order.placed.v1', {
      ...placed,
      orderId: ids.orderId,
      shopperId: ids.shopperId,
      ...(options.destinationDistrict ? { destinationDistrict: options.destinationDistrict } : {}),
      recipient: {
        name: 'Karim Ahmed',
        street: 'House 7, Road 12',
        area: 'Gulshan 1',
        district: 'Dhaka',
        postcode: '1212',
      },
      packages: [
        {
          ...placed.packages[0]!,
          packageId: ids.packageId,
          vendorId: ids.vendorId,
          totalPoisha: 125_000,
          weightGrams: 800,
        },
      ],
    });
    await this.publish('order.confirmed.v1', {
      ...eventFixture<EventPayload<'order.confirmed.v1'>>('order.confirmed.v1'),
      orderId: ids.orderId,
      packages: [{ packageId: ids.packageId, vendorId: ids.vendorId, totalPoisha: 125_000 }],
      confirmedAt: (options.confirmedAt ?? new Date()).toISOString(),
    });
    return ids;
  }

  /** The vendor packed the package (order's event). */
  packed(ids: { orderId: string; packageId: string; vendorId: string }): Promise<void> {
    return this.publish('order.package-status-changed.v1', {
      orderId: ids.orderId,
      packageId: ids.packageId,
      vendorId: ids.vendorId,
      from: 'confirmed',
      to: 'packed',
      actor: { kind: 'vendor', id: randomUUID() },
      totalPoisha: 125_000,
      changedAt: new Date().toISOString(),
    });
  }
}
