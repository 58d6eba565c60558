import { randomBytes, randomUUID, scrypt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase, freePort, ServiceProcess, waitFor, type TestDatabase } from '@getit/testing';
import { MarketplaceApi } from './marketplace-api';

const ROOT = join(__dirname, '../../..');
const EMBEDDED_MAIN = join(ROOT, 'dist/apps/embedded/src/main.js');
const derive = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: object,
) => Promise<Buffer>;

export interface SeededShipment {
  courier: 'pathao' | 'steadfast' | 'redx';
  district: string;
  status: string;
  attempt?: number;
  bookedAt: string;
  deliveryDueAt: string;
  /** The courier's applied reports: [shipment status, when it arrived]. */
  reports: [string, string][];
}

/**
 * The embedded mode (every service in one process on a fresh real-Postgres database) serving the built admin SPA
 * at /admin/ and the API at /api, as `npm start` does. One instance for the whole suite.
 */
export class AdminFixture {
  origin = '';
  api!: MarketplaceApi;
  private databaseUrl = '';
  private database?: TestDatabase;
  private embedded?: ServiceProcess;
  private authUrl = '';

  async start(): Promise<void> {
    // While working on the dashboard: point the suite at a running instance (e.g. Vite's dev server in front of it).
    if (process.env['ADMIN_E2E_ORIGIN']) {
      this.origin = process.env['ADMIN_E2E_ORIGIN'];
      this.authUrl = process.env['ADMIN_E2E_AUTH_URL'] ?? '';
      this.databaseUrl = process.env['ADMIN_E2E_DATABASE_URL'] ?? '';
    } else {
      if (!existsSync(join(ROOT, 'apps/admin/dist/index.html')))
        throw new Error('build the SPA first: npx nx run admin:build');
      const port = await freePort();
      this.origin = `http://127.0.0.1:${port}`;
      this.database = await createTestDatabase('admin');
      this.databaseUrl = this.database.url;
      this.embedded = await new ServiceProcess({
        name: 'embedded',
        script: EMBEDDED_MAIN,
        env: {
          PORT: String(port),
          DATABASE_URL: this.database.url,
          DATA_DIR: join(ROOT, '.data', `admin-test-${port}`),
          LOG_LEVEL: 'error',
        },
        url: this.origin,
        readyTimeoutMs: 240_000,
      }).start();
      await waitFor('the demo data', async () => this.embedded!.logs().includes('Ready.'), {
        timeoutMs: 240_000,
        intervalMs: 250,
      });
      this.authUrl = /(http:\/\/[\d.]+:\d+)\/dev\/sms/.exec(this.embedded.logs())?.[1] ?? '';
    }
    this.api = new MarketplaceApi(this.origin, (phone) => this.smsCode(phone));
  }

  async stop(): Promise<void> {
    await this.embedded?.stop();
    await this.database?.drop().catch(() => undefined);
  }

  /**
   * An admin without TOTP, written into auth's tables as an operator would (admins are not self-service): the
   * password hash in auth's own format (scrypt, `$scrypt$ln=…`), cheap parameters auth upgrades at first login.
   */
  async createPasswordOnlyAdmin(role: string): Promise<{ email: string; password: string }> {
    const id = randomUUID();
    const email = `ops.${id.slice(0, 8)}@getit.test`;
    const password = 'lanterns-and-ledgers-2026';
    const salt = randomBytes(16);
    const key = await derive(password.normalize('NFKC'), salt, 32, { N: 2 ** 10, r: 8, p: 1 });
    const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
    const hash = `$scrypt$ln=10,r=8,p=1$${b64(salt)}$${b64(key)}`;
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO auth.users (id, email, password_hash, kind, display_name) VALUES ($1, $2, $3, 'admin', 'Ops Admin')`,
        [id, email, hash],
      );
      await client.query('INSERT INTO auth.user_roles (user_id, role) VALUES ($1, $2)', [id, role]);
    } finally {
      await client.end();
    }
    return { email, password };
  }

  /**
   * Courier history as shipping stored it (packages, shipments and the couriers' applied reports), written into
   * shipping's tables: the embedded mode books no courier, so the admin's performance view needs this to show.
   */
  async seedShipments(shipments: SeededShipment[]): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    try {
      for (const shipment of shipments) {
        const [packageId, shipmentId, orderId, vendorId] = [
          randomUUID(),
          randomUUID(),
          randomUUID(),
          randomUUID(),
        ];
        const consignment = `T-${shipmentId.slice(0, 8)}`;
        await client.query(
          `INSERT INTO shipping.packages_to_ship (package_id, order_id, order_number, vendor_id, recipient_phone,
             recipient_name, recipient_address, destination_district, payment_method, total_poisha, weight_grams,
             paid_at)
           VALUES ($1, $2, 'GI-T', $3, '01712345678', 'Rahima Akter', 'House 12, Road 5', $4, 'cod', 150000, 800, $5)`,
          [packageId, orderId, vendorId, shipment.district, shipment.bookedAt],
        );
        await client.query(
          `INSERT INTO shipping.shipments (id, package_id, order_id, vendor_id, courier, consignment_id, status,
             attempt, cod_amount_poisha, delivery_due_at, booked_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 150000, $9, $10)`,
          [
            shipmentId,
            packageId,
            orderId,
            vendorId,
            shipment.courier,
            consignment,
            shipment.status,
            shipment.attempt ?? 0,
            shipment.deliveryDueAt,
            shipment.bookedAt,
          ],
        );
        for (const [index, [step, at]] of shipment.reports.entries())
          await client.query(
            `INSERT INTO shipping.courier_events (courier, consignment_id, shipment_id, courier_status, mapped_status,
               outcome, payload, payload_sha256, received_at)
             VALUES ($1, $2, $3, $4, $4, 'applied', '{}', $5, $6)`,
            [shipment.courier, consignment, shipmentId, step, `${shipmentId}-${index}`, at],
          );
      }
    } finally {
      await client.end();
    }
  }

  /** The newest SMS code auth's development sink "sent" to a number. */
  async smsCode(phone: string): Promise<string> {
    let code = '';
    await waitFor(
      'the SMS code',
      async () => {
        const response = await fetch(`${this.authUrl}/dev/sms?phone=${encodeURIComponent(phone)}`);
        const { items } = (await response.json()) as { items: { body: string }[] };
        code = /\b(\d{6})\b/.exec(items[0]?.body ?? '')?.[1] ?? '';
        return code !== '';
      },
      { timeoutMs: 15_000, intervalMs: 250 },
    );
    return code;
  }
}
