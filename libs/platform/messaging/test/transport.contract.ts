import { randomUUID } from 'node:crypto';
import { waitFor } from '@getit/testing';
import { EventTransport, IncomingMessage, Subscription } from '../src';

/**
 * What every EventTransport must do, run against each implementation (in-process in unit tests, Kafka in
 * integration tests). Topics and groups are unique per test so tests can share one broker.
 */
export function describeTransportContract(name: string, makeTransport: () => Promise<EventTransport>): void {
  describe(`${name} transport contract`, () => {
    let transport: EventTransport;
    let subscriptions: Subscription[];
    const unique = (label: string) => `contract.${label}-${randomUUID().slice(0, 8)}`;

    beforeAll(async () => {
      transport = await makeTransport();
    });
    afterAll(() => transport.close());
    beforeEach(() => {
      subscriptions = [];
    });
    afterEach(async () => {
      await Promise.all(subscriptions.map((s) => s.stop()));
    });

    async function collect(groupId: string, topics: string[], into: IncomingMessage[]) {
      const subscription = await transport.subscribe({
        groupId,
        topics,
        handler: async (message) => {
          into.push(message);
        },
      });
      subscriptions.push(subscription);
      return subscription;
    }

    const message = (topic: string, key: string, value: string) => ({
      topic,
      key,
      value,
      headers: {
        'event-type': 'test',
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      },
    });

    it('delivers a published message with its key, value and headers', async () => {
      const topic = unique('deliver');
      const received: IncomingMessage[] = [];
      await collect(unique('g'), [topic], received);
      await transport.publish([message(topic, 'k1', '{"hello":"ঢাকা"}')]);
      await waitFor('delivery', () => received.length === 1, { timeoutMs: 20_000 });
      expect(received[0]).toMatchObject({ topic, key: 'k1', value: '{"hello":"ঢাকা"}' });
      expect(received[0]!.headers['traceparent']).toContain('4bf92f3577b34da6a3ce929d0e0e4736');
    });

    it('keeps the order of messages that share a key', async () => {
      const topic = unique('order');
      const keys = ['a', 'b', 'c', 'd', 'e'];
      await transport.publish(
        Array.from({ length: 60 }, (_, i) => message(topic, keys[i % keys.length]!, String(i))),
      );
      const received: IncomingMessage[] = [];
      await collect(unique('g'), [topic], received);
      await waitFor('all 60 messages', () => received.length >= 60, { timeoutMs: 20_000 });
      for (const key of keys) {
        const values = received.filter((m) => m.key === key).map((m) => Number(m.value));
        expect(values).toEqual([...values].sort((x, y) => x - y));
      }
    });

    it('gives a new consumer group what was published before it joined', async () => {
      const topic = unique('earliest');
      await transport.publish([message(topic, 'k', 'before')]);
      const received: IncomingMessage[] = [];
      await collect(unique('g'), [topic], received);
      await waitFor('the earlier message', () => received.some((m) => m.value === 'before'), {
        timeoutMs: 20_000,
      });
    });

    it('resumes a stopped group where it left off, losing nothing published while it was down', async () => {
      const topic = unique('resume');
      const groupId = unique('g');
      const first: IncomingMessage[] = [];
      const subscription = await collect(groupId, [topic], first);
      await transport.publish([message(topic, 'k', '1'), message(topic, 'k', '2')]);
      await waitFor('first batch', () => first.length === 2, { timeoutMs: 20_000 });
      await subscription.stop();
      subscriptions = subscriptions.filter((s) => s !== subscription);

      await transport.publish([message(topic, 'k', '3'), message(topic, 'k', '4')]);
      const second: IncomingMessage[] = [];
      await collect(groupId, [topic], second);
      await waitFor(
        'messages sent while down',
        () => second.filter((m) => Number(m.value) >= 3).length === 2,
        {
          timeoutMs: 30_000,
        },
      );
      expect(second.map((m) => m.value)).not.toContain('1');
    });

    it('delivers a message again when its handler fails', async () => {
      const topic = unique('redeliver');
      let calls = 0;
      subscriptions.push(
        await transport.subscribe({
          groupId: unique('g'),
          topics: [topic],
          handler: async () => {
            calls += 1;
            if (calls === 1) throw new Error('transient');
          },
        }),
      );
      await transport.publish([message(topic, 'k', 'x')]);
      await waitFor('a second delivery', () => calls >= 2, { timeoutMs: 30_000 });
    });

    it('reports how far behind a group is', async () => {
      const topic = unique('lag');
      const groupId = unique('g');
      const received: IncomingMessage[] = [];
      const subscription = await collect(groupId, [topic], received);
      await transport.publish([message(topic, 'k', '1')]);
      await waitFor('first message', () => received.length === 1, { timeoutMs: 20_000 });
      await subscription.stop();
      subscriptions = [];
      await transport.publish([message(topic, 'k', '2'), message(topic, 'k', '3')]);
      const total = async () => (await transport.lag(groupId, [topic])).reduce((sum, p) => sum + p.lag, 0);
      expect(
        await waitFor('lag of 2', async () => ((await total()) === 2 ? 2 : undefined), { timeoutMs: 10_000 }),
      ).toBe(2);
    });

    it('reports a running group that handled everything as caught up (lag 0), though nothing more arrives', async () => {
      const topic = unique('caught-up');
      const groupId = unique('g');
      const received: IncomingMessage[] = [];
      await collect(groupId, [topic], received);
      await transport.publish([message(topic, 'a', '1'), message(topic, 'b', '2'), message(topic, 'c', '3')]);
      await waitFor('three messages', () => received.length === 3, { timeoutMs: 20_000 });
      const total = async () => (await transport.lag(groupId, [topic])).reduce((sum, p) => sum + p.lag, 0);
      expect(
        await waitFor('lag of 0', async () => ((await total()) === 0 ? 0 : undefined), { timeoutMs: 10_000 }),
      ).toBe(0);
    });

    it('says it is healthy while connected', async () => {
      expect(await transport.healthy()).toBe(true);
    });
  });
}
