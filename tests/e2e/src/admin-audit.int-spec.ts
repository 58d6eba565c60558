import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { createEnvelope, EventPayload, EventType, topicOf } from '@getit/contracts';
import {
  createTestDatabase,
  freePort,
  infraEnv,
  ServiceProcess,
  TestDatabase,
  waitFor,
} from '@getit/testing';
import { demoProduct, HttpAnswer, send } from './marketplace.fixture';

jest.setTimeout(360_000);

const dist = join(__dirname, '../../../dist/apps');

// The auth service's demo accounts (apps/auth/src/application/demo-accounts.ts), published on purpose.
const TANGAIL = { vendorId: 'b7b0a2f4-54a8-4d11-8d4f-0b6a7c1d9e22', phone: '01711000001' };
const ADMIN = {
  identifier: 'admin@demo.getit.com.bd',
  password: 'demo-Admin-pass-2026',
  totpSecret: 'GETITDEMOADMINTOTPSECRETKEY23456',
};

/** RFC 6238 (SHA-1, 30 s, 6 digits), as an authenticator app computes it. */
function totp(base32Secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Secret) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * Issue 11 §8 end to end: auth, catalog and payment as separate processes on real Postgres and Kafka behind the
 * gateway. The demo admin moderates a product (catalog) and refunds a package (payment) through the gateway, and
 * `GET /api/admin/audit` (auth) lists both, with who, what, target, when, address and outcome.
 */
describe('every admin action in one audit trail', () => {
  const prefix = `e2eaudit${randomUUID().slice(0, 6)}.`;
  const databases: TestDatabase[] = [];
  const processes: ServiceProcess[] = [];
  let gateway: ServiceProcess;
  let stub: Server;
  let producer: Producer;
  let admin: string;
  let adminId: string;

  async function service(name: string, env: Record<string, string>): Promise<ServiceProcess> {
    const db = await createTestDatabase(`e2e_audit_${name}`);
    databases.push(db);
    const port = await freePort();
    const started = new ServiceProcess({
      name,
      script: join(dist, name, 'src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: process.env['E2E_LOG_LEVEL'] ?? 'warn',
        DATABASE_URL: db.url,
        MESSAGING_TRANSPORT: 'kafka',
        KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        ...env,
      },
      // three services start at once on a machine the rest of the suite shares
      readyTimeoutMs: 180_000,
    });
    processes.push(started);
    return started;
  }

  const api = (method: string, path: string, body?: unknown, token = admin): Promise<HttpAnswer> =>
    send(method, `${gateway.url}/api${path}`, body, token ? { authorization: `Bearer ${token}` } : {});

  async function publish<T extends EventType>(type: T, data: EventPayload<T>, key: string): Promise<void> {
    const envelope = createEnvelope(type, data, { producer: type.split('.')[0]!, correlationId: 'e2e', key });
    await producer.send({
      topic: `${prefix}${topicOf(type)}`,
      messages: [
        {
          key,
          value: JSON.stringify(envelope),
          headers: { 'event-id': envelope.id, 'event-type': envelope.type },
        },
      ],
    });
  }

  beforeAll(async () => {
    stub = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'),
    );
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    const auth = await service('auth', {
      AUTH_KEY_ENCRYPTION_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO_DATA: 'true',
      SMS_PROVIDER: 'dev-sink',
      REDIS_URL: '',
    });
    const catalog = await service('catalog', {});
    const payment = await service('payment', { PAYOUT_INTERVAL_MS: '0' });
    await Promise.all([auth.start(), catalog.start(), payment.start()]);
    const port = await freePort();
    gateway = await new ServiceProcess({
      name: 'gateway',
      script: join(dist, 'gateway/src/main.js'),
      url: `http://127.0.0.1:${port}`,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        CATALOG_URL: catalog.url,
        SEARCH_URL: stubUrl,
        AUTH_URL: auth.url,
        PAYMENT_URL: payment.url,
        REDIS_URL: '',
        RATE_LIMIT_IP_PER_MINUTE: '0',
        RATE_LIMIT_AUTH_PER_MINUTE: '0',
      },
    }).start();
    processes.push(gateway);
    producer = new Kafka({
      clientId: 'e2e-audit',
      brokers: infraEnv().kafkaBrokers,
      logLevel: logLevel.ERROR,
    }).producer();
    await producer.connect();

    const login = await api('POST', '/auth/login', {
      identifier: ADMIN.identifier,
      password: ADMIN.password,
      totp: totp(ADMIN.totpSecret),
    });
    expect(login.status).toBe(200);
    admin = login.body.accessToken;
    adminId = (await api('GET', '/auth/me')).body.id;
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all(processes.reverse().map((p) => p.stop()));
    stub?.close();
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('lists a moderation decision and a refund made through the gateway, whichever service owns them', async () => {
    // A demo vendor's product waits for review (the shop opens once catalog has auth's approval).
    const owner = await api('POST', '/auth/login', {
      identifier: TANGAIL.phone,
      password: 'demo-Tangail-owner-2026',
    });
    const product = await waitFor('the demo shop to take products', async () => {
      const created = await api(
        'POST',
        `/vendors/${TANGAIL.vendorId}/products`,
        { ...demoProduct(), submitForReview: true },
        owner.body.accessToken,
      );
      return created.status === 201 ? created.body : undefined;
    });
    const approved = await api('POST', `/admin/products/${product.id}/approve`, {});
    expect(approved.status).toBe(200);

    // A cash-on-delivery package delivered and collected, as the order service reports it.
    const orderId = randomUUID();
    const packageId = randomUUID();
    const line = { lineId: randomUUID(), productId: product.id, variantId: randomUUID(), sku: 'JAM-1' };
    await publish(
      'order.placed.v1',
      {
        orderId,
        orderNumber: `GI-20261207-${orderId.slice(0, 6).toUpperCase()}`,
        shopperId: randomUUID(),
        phone: '+8801712345678',
        paymentMethod: 'cod',
        currency: 'BDT',
        itemsTotalPoisha: 125_000,
        deliveryTotalPoisha: 6_000,
        totalPoisha: 131_000,
        destinationDistrict: 'Dhaka',
        packages: [
          {
            packageId,
            vendorId: TANGAIL.vendorId,
            subtotalPoisha: 125_000,
            deliveryChargePoisha: 6_000,
            totalPoisha: 131_000,
            lines: [
              { ...line, title: 'Jamdani', quantity: 1, unitPricePoisha: 125_000, lineTotalPoisha: 125_000 },
            ],
          },
        ],
        placedAt: new Date().toISOString(),
      },
      orderId,
    );
    await publish(
      'order.package-status-changed.v1',
      {
        orderId,
        packageId,
        vendorId: TANGAIL.vendorId,
        from: 'handed_to_courier',
        to: 'delivered',
        actor: { kind: 'system', id: 'e2e' },
        totalPoisha: 131_000,
        changedAt: new Date().toISOString(),
      },
      orderId,
    );
    const refund = await waitFor('payment to have the delivered package', async () => {
      const granted = await api('POST', '/admin/refunds', {
        orderId,
        packageId,
        amountPoisha: 50_000,
        reason: 'returned',
      });
      return granted.status === 201 ? granted.body : undefined;
    });
    expect(refund).toMatchObject({ status: 'manual_pending', amountPoisha: 50_000 });

    const moderation = await waitFor('the moderation decision in the audit log', async () => {
      const page = await api('GET', `/admin/audit?action=catalog.*&targetId=${product.id}`);
      return page.body.items?.length ? page.body.items : undefined;
    });
    expect(moderation).toEqual([
      expect.objectContaining({
        action: 'catalog.product.approve',
        outcome: 'success',
        actorId: adminId,
        actorRoles: expect.arrayContaining(['admin:super-admin']),
        targetType: 'product',
        targetId: product.id,
        ip: '127.0.0.1',
        details: expect.objectContaining({ from: 'pending_review', to: 'published', service: 'catalog' }),
      }),
    ]);
    const refunds = await waitFor('the refund in the audit log', async () => {
      const page = await api(
        'GET',
        `/admin/audit?action=payment.refund.*&outcome=success&targetId=${refund.id}`,
      );
      return page.body.items?.length ? page.body.items : undefined;
    });
    expect(refunds).toEqual([
      expect.objectContaining({
        action: 'payment.refund.create',
        actorId: adminId,
        targetType: 'refund',
        targetId: refund.id,
        ip: '127.0.0.1',
        details: expect.objectContaining({ orderId, packageId, amountPoisha: 50_000, service: 'payment' }),
      }),
    ]);
    expect(Date.parse(refunds[0].occurredAt)).toBeGreaterThan(Date.parse(moderation[0].occurredAt));
  });
});
