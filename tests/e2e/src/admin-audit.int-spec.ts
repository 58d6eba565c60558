import { randomUUID } from 'node:crypto';
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
import {
  DEMO_ACCOUNTS,
  healthyStub,
  realAuthEnv,
  signInAdminWithTotp,
  startGateway,
} from './real-auth.fixture';

jest.setTimeout(360_000);

const dist = join(__dirname, '../../../dist/apps');

const TANGAIL = DEMO_ACCOUNTS.tangail;

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
  let stub: Awaited<ReturnType<typeof healthyStub>>;
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
    stub = await healthyStub();
    const auth = await service('auth', realAuthEnv());
    const catalog = await service('catalog', {});
    const payment = await service('payment', { PAYOUT_INTERVAL_MS: '0' });
    await Promise.all([auth.start(), catalog.start(), payment.start()]);
    gateway = await startGateway(
      { catalog: catalog.url, search: stub.url, auth: auth.url, payment: payment.url },
      { RATE_LIMIT_IP_PER_MINUTE: '0', RATE_LIMIT_AUTH_PER_MINUTE: '0' },
    );
    processes.push(gateway);
    producer = new Kafka({
      clientId: 'e2e-audit',
      brokers: infraEnv().kafkaBrokers,
      logLevel: logLevel.ERROR,
    }).producer();
    await producer.connect();

    admin = await signInAdminWithTotp(gateway.url);
    adminId = (await api('GET', '/auth/me')).body.id;
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all(processes.reverse().map((p) => p.stop()));
    stub?.server.close();
    await Promise.all(databases.map((db) => db.drop()));
  });

  it('lists a moderation decision and a refund made through the gateway, whichever service owns them', async () => {
    // A demo vendor's product waits for review (the shop opens once catalog has auth's approval).
    const owner = await api('POST', '/auth/login', {
      identifier: TANGAIL.phone,
      password: TANGAIL.password,
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
