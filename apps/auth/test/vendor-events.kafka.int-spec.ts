import { randomUUID } from 'node:crypto';
import { parseEnvelope } from '@getit/contracts';
import { IncomingMessage, KafkaTransport } from '@getit/messaging';
import { infraEnv, waitFor } from '@getit/testing';
import { adminToken, createAdmin, vendorApplication } from './admin.fixtures';
import { AuthHarness, freshPhone } from './auth.harness';

jest.setTimeout(120_000);

describe('auth → outbox → Kafka: vendor decisions reach consumers', () => {
  const topicPrefix = `authit${randomUUID().slice(0, 8)}.`;
  const auth = new AuthHarness({
    MESSAGING_TRANSPORT: 'kafka',
    KAFKA_BROKERS: infraEnv().kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
  });
  const consumer = new KafkaTransport({
    brokers: infraEnv().kafkaBrokers,
    clientId: 'auth-it-consumer',
    topicPrefix,
  });
  const received: IncomingMessage[] = [];
  let stopConsuming: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    await auth.start();
    await consumer.connect();
    const subscription = await consumer.subscribe({
      groupId: `auth-it-${randomUUID().slice(0, 8)}`,
      topics: ['auth.vendors', 'auth.users'],
      handler: async (message) => {
        received.push(message);
      },
    });
    stopConsuming = () => subscription.stop();
  });
  afterAll(async () => {
    await stopConsuming?.();
    await consumer.close();
    await auth.stop();
  });

  it('approving a vendor publishes auth.vendor-approved.v1 on auth.vendors, keyed by the vendor id', async () => {
    const ops = await adminToken(auth, await createAdmin(auth, 'admin:operations', { totp: true }));
    const owner = await auth.otpLogin(freshPhone());
    const applied = await auth.post('/vendors/applications', vendorApplication(), { as: owner.accessToken });
    const vendorId = applied.body.id;
    expect((await auth.post(`/admin/vendors/${vendorId}/approve`, undefined, { as: ops })).status).toBe(200);

    const message = await waitFor(
      'auth.vendor-approved.v1 on Kafka',
      () => received.find((m) => m.key === vendorId && m.headers['event-type'] === 'auth.vendor-approved.v1'),
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    expect(message.topic).toBe('auth.vendors');
    const parsed = parseEnvelope(message.value);
    expect(parsed).toMatchObject({
      ok: true,
      known: true,
      event: {
        type: 'auth.vendor-approved.v1',
        producer: 'auth',
        key: vendorId,
        data: { vendorId, version: 2, district: 'Sylhet', payoutMethod: 'bkash' },
      },
    });

    const registered = await waitFor('the owner’s auth.user-registered.v1', () =>
      received.find((m) => m.key === owner.userId && m.headers['event-type'] === 'auth.user-registered.v1'),
    );
    expect(registered.topic).toBe('auth.users');
    await waitFor('the outbox to be marked published', async () => {
      const [row] = await auth.query(
        'SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL',
      );
      return row.pending === 0;
    });
  });
});
