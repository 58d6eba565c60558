import { waitFor } from '@getit/testing';
import { CheckoutFixture, send } from './checkout.fixture';
import { FaultFixture, FaultTarget, PATIENT_SAGA, recordFigures } from './fault.fixture';

jest.setTimeout(420_000);

const ORDERS = 10;

/**
 * The fault suite, processes and connections: the whole checkout path as separate processes on real Postgres and
 * Kafka, under a small checkout load (half the shoppers pay with bKash on the sandbox, half cash on delivery, each
 * buying from two vendors). Each service on the path is killed with SIGKILL mid-load and started again; the order
 * service loses its Postgres connections. Afterwards every order is confirmed, each idempotency key made one order,
 * stock is exact, the catalog shows the goods sold out and the ledger balances (FaultFixture.underLoad). SIGKILL of
 * the order service mid-saga is in checkout.int-spec.ts; the Kafka broker restart in fault-kafka.int-spec.ts.
 * Figures (orders, kills, recovery times) are printed as `[fault-suite]` lines.
 */
describe('fault suite: SIGKILL and Postgres connection loss', () => {
  const f = new CheckoutFixture({ order: PATIENT_SAGA }, { online: true });
  const fault = new FaultFixture(f);

  beforeAll(() => f.start());
  afterAll(async () => {
    await fault.close();
    await f.stop();
  });

  it.each<FaultTarget>(['inventory', 'payment', 'catalog', 'gateway'])(
    'SIGKILL of %s under checkout load: every order confirms, stock exact, ledger balanced',
    (target) =>
      fault.underLoad(`sigkill ${target}`, ORDERS, async () => ({
        kills: 1,
        downMs: await fault.killAndRestart(target),
      })),
  );

  it('Postgres connection loss: the order service recovers without a restart (/readyz 503, then 200)', async () => {
    const order = f.services.order;
    const pid = order.pid;
    const readiness = async () => (await fetch(`${order.url}/readyz`)).status;

    // a blip: every connection terminated, reconnecting allowed at once
    const blipped = await fault.cutDatabase('order', false);
    expect(blipped).toBeGreaterThan(0);
    await waitFor('/readyz to answer 200 after the blip', async () => (await readiness()) === 200, {
      timeoutMs: 30_000,
      intervalMs: 100,
    });

    // an outage: connections terminated and refused until the database is back
    const cut = Date.now();
    let terminated = 0;
    let duringOutage: number | undefined;
    try {
      terminated = await fault.cutDatabase('order', true);
      await waitFor('/readyz to answer 503', async () => (await readiness()) === 503, {
        timeoutMs: 30_000,
        intervalMs: 100,
      });
      duringOutage = (await send('GET', f.api('/me/orders'), undefined, f.shopper())).status;
      // a database that is not there is the service's 503 problem+json, never a 500
      expect(duringOutage).toBe(503);
    } finally {
      await fault.reconnect('order');
    }
    const notReadyMs = Date.now() - cut;
    const restored = Date.now();
    await waitFor('/readyz to answer 200 again', async () => (await readiness()) === 200, {
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    const recoveryMs = Date.now() - restored;
    expect(order.pid).toBe(pid);

    // requests succeed again: shoppers check out, and every order confirms
    const goods = await fault.goods(4);
    const load = fault.load(goods, 4, 0);
    const outcomes = await fault.settled(await load.run());
    expect(outcomes.map((o) => o.status)).toEqual(Array(4).fill('confirmed'));
    for (const variantId of goods.variantIds)
      expect(await fault.quietStock(variantId)).toEqual({ onHand: 0, reserved: 0 });
    expect(order.pid).toBe(pid);
    recordFigures('postgres connection loss (order)', {
      blipTerminated: blipped,
      outageTerminated: terminated,
      statusDuringOutage: duringOutage,
      notReadyMs,
      readyAgainAfterMs: recoveryMs,
      ordersAfter: 4,
      retriedRequests: load.retries,
    });
  });
});
