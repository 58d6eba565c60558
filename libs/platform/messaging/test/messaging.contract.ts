import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Registry } from 'prom-client';
import { createEnvelope, EventEnvelope, EventPayload } from '@getit/contracts';
import { waitFor } from '@getit/testing';
import {
  EventConsumer,
  EventTransport,
  IncomingMessage,
  MessagingMetrics,
  OutboxRelay,
  OutgoingMessage,
  UnitOfWork,
} from '../src';
import { PrismaClient } from './generated/client';
import { messagingTestDatabase, MessagingTestDatabase, Tx } from './messaging-test.database';

type Upserted = EventPayload<'catalog.product-upserted.v1'>;

const product = (productId: string, version = 1): Upserted => ({
  productId,
  vendorId: '8c1e2a4b-3d5f-4a6b-9c7d-0e1f2a3b4c5d',
  slug: `lungi-${productId.slice(0, 8)}`,
  title: { en: 'Cotton Lungi', bn: 'সুতি লুঙ্গি' },
  categoryPath: ['fashion', 'men'],
  price: { amountPoisha: 45_000, currency: 'BDT' },
  status: 'published',
  version,
});

/** A transport whose publishing can be switched off, standing in for a broker outage. */
export class FlakyTransport {
  down = false;
  constructor(readonly inner: EventTransport) {}
  wrap(): EventTransport {
    const inner = this.inner;
    return Object.assign(Object.create(inner), {
      publish: async (messages: OutgoingMessage[]) => {
        if (this.down) throw new Error('broker unreachable');
        return inner.publish(messages);
      },
    });
  }
}

/**
 * The outbox → transport → inbox path on a real Postgres, run once per transport: each event is applied exactly
 * once whatever the transport redelivers, and nothing is lost while a consumer is down.
 */
export function describeMessagingContract(name: string, makeTransport: () => Promise<EventTransport>): void {
  describe(`${name}: outbox, relay and idempotent consumer`, () => {
    let database: MessagingTestDatabase;
    let prisma: PrismaClient;
    let flaky: FlakyTransport;
    let transport: EventTransport;
    let registry: Registry;
    let relay: OutboxRelay;
    let unitOfWork: UnitOfWork<Tx>;
    let consumers: EventConsumer<Tx>[];
    let failuresLeft: Map<string, number>;
    // the relay on its own pg pool, as the service host runs it (its statements skip the ORM; ADR 0016)
    let relayPool: Pool;

    beforeAll(async () => {
      database = await messagingTestDatabase();
      prisma = database.prisma;
      relayPool = new Pool({ connectionString: database.db.url, max: 2 });
      // as the service host's relay pool: an idle connection the server ends (the test database's drop WITH
      // (FORCE), 57P01) is discarded by the pool instead of failing the run as an unhandled 'error' event
      relayPool.on('error', () => undefined);
      flaky = new FlakyTransport(await makeTransport());
      transport = flaky.wrap();
    });
    afterAll(async () => {
      await flaky.inner.close();
      await relayPool.end();
      await database.close();
    });
    beforeEach(async () => {
      registry = new Registry();
      consumers = [];
      failuresLeft = new Map();
      flaky.down = false;
      relay = new OutboxRelay({
        db: prisma,
        pool: relayPool,
        transport,
        metrics: MessagingMetrics.for(registry),
        pollIntervalMs: 100,
      });
      unitOfWork = new UnitOfWork<Tx>({ db: prisma });
      unitOfWork.onEventsCommitted(() => relay.nudge());
      relay.start();
    });
    afterEach(async () => {
      await relay.stop();
      await Promise.all(consumers.map((c) => c.stop()));
    });

    function consumer(
      groupId = `indexer-${randomUUID().slice(0, 8)}`,
      maxAttempts = 3,
      onCommitted?: () => void,
    ) {
      const c = new EventConsumer<Tx>({
        transport,
        unitOfWork,
        groupId,
        metrics: MessagingMetrics.for(registry),
        retry: { maxAttempts, initialDelayMs: 10, maxDelayMs: 50 },
      }).on('catalog.product-upserted.v1', async (event, tx, { work }) => {
        const left = failuresLeft.get(event.data.productId) ?? 0;
        if (left > 0) {
          failuresLeft.set(event.data.productId, left - 1);
          throw new Error(`handler failure for ${event.data.productId}`);
        }
        if (onCommitted) work.afterCommit(onCommitted);
        await tx.appliedEvent.create({
          data: { eventId: event.id, productId: event.data.productId, version: event.data.version },
        });
      });
      consumers.push(c);
      return c;
    }

    async function emit(productId: string, version = 1): Promise<EventEnvelope<Upserted>> {
      return unitOfWork.run({ correlationId: 'corr-1' }, async ({ record }) => {
        const envelope = createEnvelope('catalog.product-upserted.v1', product(productId, version), {
          producer: 'test',
          correlationId: 'corr-1',
          key: productId,
        });
        record(envelope);
        return envelope;
      });
    }

    const applied = (productId: string) => prisma.appliedEvent.count({ where: { productId } });

    async function metricValue(metricName: string, labels: Record<string, string>): Promise<number> {
      const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === metricName);
      const values = (metric?.values ?? []) as { value: number; labels: Record<string, string> }[];
      return values
        .filter((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val))
        .reduce((sum, v) => sum + v.value, 0);
    }

    it('publishes an event written in a committed transaction and applies it once', async () => {
      await consumer().start();
      const productId = randomUUID();
      await emit(productId);
      await waitFor('the event to be applied', async () => (await applied(productId)) === 1, {
        timeoutMs: 30_000,
      });
      const [row] = await prisma.outboxEvent.findMany({ where: { key: productId } });
      expect(row?.publishedAt).toBeInstanceOf(Date);
    });

    it('publishes nothing from a transaction that rolled back', async () => {
      const productId = randomUUID();
      await expect(
        unitOfWork.run({ correlationId: 'c' }, async ({ record }) => {
          record(
            createEnvelope('catalog.product-upserted.v1', product(productId), {
              producer: 't',
              correlationId: 'c',
              key: productId,
            }),
          );
          throw new Error('business rule failed');
        }),
      ).rejects.toThrow('business rule failed');
      expect(await prisma.outboxEvent.count({ where: { key: productId } })).toBe(0);
    });

    it('applies an event delivered ten times exactly once, and says so once after commit', async () => {
      let commits = 0;
      const c = consumer(undefined, 3, () => (commits += 1));
      await c.start();
      const productId = randomUUID();
      const envelope = createEnvelope('catalog.product-upserted.v1', product(productId), {
        producer: 't',
        correlationId: 'c',
        key: productId,
      });
      const copy = {
        topic: 'catalog.products',
        key: productId,
        value: JSON.stringify(envelope),
        headers: {},
      };
      await transport.publish(Array.from({ length: 10 }, () => copy));
      await waitFor(
        'ten deliveries',
        async () => (await metricValue('messaging_consumer_messages_total', { outcome: 'duplicate' })) >= 9,
        { timeoutMs: 30_000 },
      );
      expect(await applied(productId)).toBe(1);
      // every event the group applied (a new group also reads earlier tests' events) was announced once, and
      // none of the nine duplicates was
      expect(commits).toBe(await metricValue('messaging_consumer_messages_total', { outcome: 'processed' }));
    });

    it('loses nothing written while the consumer was down, and applies each event once', async () => {
      const groupId = `indexer-${randomUUID().slice(0, 8)}`;
      const first = consumer(groupId);
      await first.start();
      const warmup = randomUUID();
      await emit(warmup);
      await waitFor('warm-up event', async () => (await applied(warmup)) === 1, { timeoutMs: 30_000 });
      await first.stop();

      const ids = Array.from({ length: 5 }, () => randomUUID());
      for (const id of ids) await emit(id);
      await waitFor(
        'outbox drained',
        async () => (await prisma.outboxEvent.count({ where: { publishedAt: null } })) === 0,
      );

      await consumer(groupId).start();
      for (const id of ids)
        await waitFor(`event for ${id}`, async () => (await applied(id)) === 1, { timeoutMs: 30_000 });
      expect(await applied(warmup)).toBe(1);
    });

    it('retries a failing handler with backoff and applies the event once it succeeds', async () => {
      await consumer().start();
      const productId = randomUUID();
      failuresLeft.set(productId, 2);
      await emit(productId);
      await waitFor('the event after two failures', async () => (await applied(productId)) === 1, {
        timeoutMs: 30_000,
      });
      expect(await metricValue('messaging_consumer_messages_total', { outcome: 'retried' })).toBe(2);
    });

    it('parks a poison event on the dead-letter topic and carries on with the next', async () => {
      const c = consumer(undefined, 3);
      await c.start();
      const parked: IncomingMessage[] = [];
      const dlq = await transport.subscribe({
        groupId: `dlq-reader-${randomUUID().slice(0, 8)}`,
        topics: [c.deadLetterTopic],
        handler: async (m) => {
          parked.push(m);
        },
      });
      try {
        const poison = randomUUID();
        const healthy = randomUUID();
        failuresLeft.set(poison, 99);
        await emit(poison);
        await emit(healthy);
        await waitFor('the healthy event', async () => (await applied(healthy)) === 1, { timeoutMs: 30_000 });
        await waitFor('the poison event on the DLQ', () => parked.length === 1, { timeoutMs: 30_000 });
        expect(parked[0]!.key).toBe(poison);
        expect(parked[0]!.headers).toMatchObject({
          'dlq-attempts': '3',
          'dlq-original-topic': 'catalog.products',
        });
        expect(parked[0]!.headers['dlq-reason']).toContain(`handler failure for ${poison}`);
        expect(await applied(poison)).toBe(0);
      } finally {
        await dlq.stop();
      }
    });

    it('parks a message that is not a valid event without retrying it', async () => {
      const c = consumer();
      await c.start();
      const parked: IncomingMessage[] = [];
      const dlq = await transport.subscribe({
        groupId: `dlq-reader-${randomUUID().slice(0, 8)}`,
        topics: [c.deadLetterTopic],
        handler: async (m) => {
          parked.push(m);
        },
      });
      try {
        await transport.publish([
          { topic: 'catalog.products', key: 'x', value: '{"not":"an event"}', headers: {} },
        ]);
        await waitFor('the invalid message on the DLQ', () => parked.length === 1, { timeoutMs: 30_000 });
        expect(parked[0]!.headers['dlq-reason']).toContain('invalid envelope');
      } finally {
        await dlq.stop();
      }
    });

    it('keeps events in the outbox while the broker is unreachable and publishes them when it is back', async () => {
      await consumer().start();
      flaky.down = true;
      const productId = randomUUID();
      await emit(productId);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await prisma.outboxEvent.count({ where: { key: productId, publishedAt: null } })).toBe(1);
      expect(await applied(productId)).toBe(0);
      flaky.down = false;
      await waitFor('publication after recovery', async () => (await applied(productId)) === 1, {
        timeoutMs: 30_000,
      });
    });

    it('exports consumer lag and outbox depth with real values', async () => {
      const groupId = `indexer-${randomUUID().slice(0, 8)}`;
      await consumer(groupId).start();
      const productId = randomUUID();
      await emit(productId);
      await waitFor('the event to be applied', async () => (await applied(productId)) === 1, {
        timeoutMs: 30_000,
      });
      await waitFor(
        'nothing left to publish',
        async () => (await metricValue('messaging_outbox_pending', {})) === 0,
      );
      const lag = await waitFor('a lag series for the group', async () => {
        const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === 'messaging_consumer_lag');
        const series = ((metric?.values ?? []) as { value: number; labels: Record<string, string> }[]).filter(
          (v) => v.labels['group'] === groupId && v.labels['topic'] === 'catalog.products',
        );
        return series.length > 0 && series.every((v) => v.value === 0) ? series : undefined;
      });
      expect(lag.length).toBeGreaterThan(0);

      await consumers.pop()!.stop();
      flaky.down = true;
      await emit(randomUUID());
      expect(await metricValue('messaging_outbox_pending', {})).toBe(1);
    });
  });
}
