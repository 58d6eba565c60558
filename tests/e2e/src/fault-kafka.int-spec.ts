import { KafkaBrokerProcess, waitFor } from '@getit/testing';
import { CheckoutFixture } from './checkout.fixture';
import { FaultFixture, PATIENT_SAGA, recordFigures } from './fault.fixture';

jest.setTimeout(600_000);

const ORDERS = 10;

/**
 * The fault suite, the broker: the checkout path on a Kafka broker of this spec's own (so killing it touches no one
 * else's tests), which is killed with SIGKILL under a small checkout load and started again on the same port and
 * data. No event may be lost: every order confirms, stock is exact, the catalog shows the goods sold out, the ledger
 * balances (FaultFixture.underLoad), and every service's outbox drains.
 */
describe('fault suite: Kafka broker restart', () => {
  let broker: KafkaBrokerProcess;
  const sharedBrokers = process.env['KAFKA_BROKERS'];
  const f = new CheckoutFixture({ order: PATIENT_SAGA }, { online: true });
  const fault = new FaultFixture(f);

  beforeAll(async () => {
    broker = await KafkaBrokerProcess.start();
    process.env['KAFKA_BROKERS'] = broker.brokers;
    await f.start();
  });
  afterAll(async () => {
    await fault.close();
    await f.stop();
    await broker?.stop();
    if (sharedBrokers === undefined) delete process.env['KAFKA_BROKERS'];
    else process.env['KAFKA_BROKERS'] = sharedBrokers;
  });

  it('SIGKILL and restart of the broker under checkout load: no event lost, every outbox drains', async () => {
    await fault.underLoad('kafka broker restart', ORDERS, async () => {
      const killed = Date.now();
      await broker.kill('SIGKILL');
      await broker.restart();
      return { kills: 1, brokerDownMs: Date.now() - killed };
    });
    const drainStarted = Date.now();
    const pending = await waitFor(
      'every outbox to drain',
      async () => {
        const counts = await fault.pendingOutbox();
        return Object.values(counts).every((n) => n === 0) ? counts : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(Object.keys(pending)).toEqual(
      expect.arrayContaining(['catalog', 'inventory', 'order', 'payment']),
    );
    recordFigures('kafka broker restart: outboxes', {
      drainedAfterSettleMs: Date.now() - drainStarted,
      outboxes: Object.keys(pending).join(','),
    });
  });
});
