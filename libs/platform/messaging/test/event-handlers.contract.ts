import { randomUUID } from 'node:crypto';
import { Controller, Inject, INestMicroservice, Module } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { createEnvelope, EventPayload } from '@getit/contracts';
import { waitFor } from '@getit/testing';
import {
  EventConsumerStrategy,
  EventContext,
  type EventOf,
  EventTransport,
  IncomingMessage,
  OutboxRelay,
  UnitOfWork,
  Work,
  WorkContext,
  type WorkScope,
} from '../src';
import { messagingTestDatabase, MessagingTestDatabase, Tx } from './messaging-test.database';

type Upserted = EventPayload<'catalog.product-upserted.v1'>;

/** What the handlers saw, and how tests steer them. */
class Probe {
  readonly seen: { productId: string; title: string; context: WorkContext; attempt: number }[] = [];
  readonly removed: { productId: string; context: WorkContext }[] = [];
  readonly failuresLeft = new Map<string, number>();
  /** Products whose upsert handler records a removal (handled by the other group). */
  readonly cascade = new Set<string>();
}
const PROBE = Symbol('probe');
const REMOVALS_GROUP = `contract.removals-${randomUUID().slice(0, 8)}`;

@Controller()
class ProductEventsController {
  constructor(@Inject(PROBE) private readonly probe: Probe) {}

  @EventPattern('catalog.product-upserted.v1')
  async upserted(
    @Payload() event: EventOf<'catalog.product-upserted.v1'>,
    @Work() work: WorkScope<Tx>,
    @Ctx() delivery: EventContext<Tx>,
  ): Promise<void> {
    const { productId } = event.data;
    const left = this.probe.failuresLeft.get(productId) ?? 0;
    if (left > 0) {
      this.probe.failuresLeft.set(productId, left - 1);
      throw new Error(`handler failure for ${productId}`);
    }
    await work.tx.appliedEvent.create({
      data: { eventId: event.id, productId, version: event.data.version },
    });
    if (this.probe.cascade.has(productId))
      work.record(
        createEnvelope(
          'catalog.product-removed.v1',
          { productId, vendorId: event.data.vendorId, reason: 'vendor_suspended', version: 2 },
          { producer: 'test', correlationId: work.context.correlationId, key: productId },
        ),
      );
    work.afterCommit(() =>
      this.probe.seen.push({
        productId,
        title: event.data.title.en ?? event.data.title.bn ?? '',
        context: work.context,
        attempt: delivery.attempt,
      }),
    );
  }

  @EventPattern('catalog.product-removed.v1', { group: REMOVALS_GROUP })
  async removed(
    @Payload() event: EventOf<'catalog.product-removed.v1'>,
    @Work() work: WorkScope<Tx>,
  ): Promise<void> {
    work.afterCommit(() =>
      this.probe.removed.push({ productId: event.data.productId, context: work.context }),
    );
  }
}

/**
 * `@EventPattern` controllers served by EventConsumerStrategy over one transport, on a real Postgres: the typed
 * event and the unit of work reach the handler, the producer's correlation id and actor come with it, events the
 * handler records are published after its commit, and the consumer's retries and dead-letter topic still hold.
 */
export function describeEventHandlersContract(
  name: string,
  makeTransport: () => Promise<EventTransport>,
): void {
  describe(`${name}: @EventPattern handlers through EventConsumerStrategy`, () => {
    let database: MessagingTestDatabase;
    let transport: EventTransport;
    let unitOfWork: UnitOfWork<Tx>;
    let relay: OutboxRelay;
    let strategy: EventConsumerStrategy<Tx>;
    let microservice: INestMicroservice;
    const probe = new Probe();
    const groupId = `contract.handlers-${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      database = await messagingTestDatabase('messaging_handlers');
      transport = await makeTransport();
      unitOfWork = new UnitOfWork<Tx>({ db: database.prisma });
      relay = new OutboxRelay({ db: database.prisma, transport, pollIntervalMs: 5_000 });
      unitOfWork.onEventsCommitted(() => relay.nudge());
      relay.start();
      strategy = new EventConsumerStrategy<Tx>({
        transport,
        unitOfWork,
        groupId,
        retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
      });
      @Module({ controllers: [ProductEventsController], providers: [{ provide: PROBE, useValue: probe }] })
      class ContractModule {}
      microservice = await EventConsumerStrategy.serve(ContractModule, strategy);
    });
    afterAll(async () => {
      await microservice?.close();
      await relay?.stop();
      await transport?.close();
      await database?.close();
    });

    const upsert = (productId: string): Upserted => ({
      productId,
      vendorId: '8c1e2a4b-3d5f-4a6b-9c7d-0e1f2a3b4c5d',
      slug: `gamchha-${productId.slice(0, 8)}`,
      title: { en: 'Cotton Gamchha', bn: 'সুতি গামছা' },
      categoryPath: ['home', 'textiles'],
      price: { amountPoisha: 25_000, currency: 'BDT' },
      status: 'published',
      version: 1,
    });
    const admin = { correlationId: `corr-${randomUUID()}`, actor: { id: 'admin-7', roles: ['admin'] } };
    const emit = (productId: string, context: WorkContext = admin) =>
      unitOfWork.run(context, async ({ record }) =>
        record(
          createEnvelope('catalog.product-upserted.v1', upsert(productId), {
            producer: 'test',
            correlationId: context.correlationId,
            key: productId,
          }),
        ),
      );
    const applied = (productId: string) => database.prisma.appliedEvent.count({ where: { productId } });

    it('subscribes one consumer per group, each to the types its handlers name', () => {
      expect(strategy.subscriptions).toEqual(
        expect.arrayContaining([
          { groupId, types: ['catalog.product-upserted.v1'] },
          { groupId: REMOVALS_GROUP, types: ['catalog.product-removed.v1'] },
        ]),
      );
    });

    it('hands the typed event and its unit of work to the handler, with the producer’s correlation id and actor', async () => {
      const productId = randomUUID();
      await emit(productId);
      await waitFor('the handler', () => probe.seen.some((s) => s.productId === productId), {
        timeoutMs: 30_000,
      });
      expect(await applied(productId)).toBe(1);
      expect(probe.seen.find((s) => s.productId === productId)).toEqual({
        productId,
        title: 'Cotton Gamchha',
        context: admin,
        attempt: 1,
      });
    });

    it('publishes what a handler records once its transaction commits, to the other group’s handler', async () => {
      const productId = randomUUID();
      probe.cascade.add(productId);
      await emit(productId);
      const removal = await waitFor(
        'the removal recorded by the first handler',
        () => probe.removed.find((r) => r.productId === productId),
        { timeoutMs: 30_000 },
      );
      expect(removal.context).toEqual(admin);
    });

    it('retries a failing handler, then parks the event on its group’s dead-letter topic with the handler’s error', async () => {
      const parked: IncomingMessage[] = [];
      const dlq = await transport.subscribe({
        groupId: `dlq-reader-${randomUUID().slice(0, 8)}`,
        topics: [`${groupId}.dlq`],
        handler: async (m) => {
          parked.push(m);
        },
      });
      try {
        const flaky = randomUUID();
        const poison = randomUUID();
        probe.failuresLeft.set(flaky, 2);
        probe.failuresLeft.set(poison, 99);
        await emit(flaky);
        await emit(poison);
        await waitFor(
          'the flaky event on its third attempt',
          () => probe.seen.some((s) => s.productId === flaky),
          {
            timeoutMs: 30_000,
          },
        );
        expect(probe.seen.find((s) => s.productId === flaky)?.attempt).toBe(3);
        await waitFor('the poison event on the DLQ', () => parked.some((m) => m.key === poison), {
          timeoutMs: 30_000,
        });
        const dead = parked.find((m) => m.key === poison)!;
        expect(dead.headers['dlq-attempts']).toBe('3');
        expect(dead.headers['dlq-reason']).toBe(`Error: handler failure for ${poison}`);
        expect(await applied(poison)).toBe(0);
      } finally {
        await dlq.stop();
      }
    });
  });
}
