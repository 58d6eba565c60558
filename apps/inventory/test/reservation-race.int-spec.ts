import { randomUUID } from 'node:crypto';
import { DomainException } from '@getit/errors';
import { buyerContext, InventoryFixture } from './inventory.fixture';

jest.setTimeout(120_000);

const BUYERS = 200;

/**
 * Buyers racing for the last units, through the application service on the real Postgres with a pool large
 * enough that dozens of transactions really run at once. Counts are read back from the database.
 */
describe('reservations under concurrency', () => {
  const fx = new InventoryFixture();
  beforeAll(() => fx.start('inventory_race', 40));
  afterAll(() => fx.stop());

  async function race(variantId: string, quantity: number) {
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: BUYERS }, (_, i) =>
        fx.services.reservations.reserve(buyerContext(), {
          reservationKey: `checkout-${variantId}-${i}`,
          lines: [{ variantId, quantity }],
        }),
      ),
    );
    const ms = Math.round(performance.now() - started);
    const rejected = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason as unknown);
    // Every refusal is the 409 a buyer should see, never a deadlock, a timeout or a broken constraint.
    const unexpected = rejected.filter((e) => !(e instanceof DomainException && e.code === 'CONFLICT'));
    return { ms, won: outcomes.length - rejected.length, rejected: rejected.length, unexpected };
  }

  async function database(variantId: string) {
    return fx.one<{
      reservations: number;
      units: number;
      on_hand: number;
      reserved: number;
      min_available: number;
      reserved_events: number;
    }>(
      `SELECT (SELECT count(DISTINCT reservation_id)::int FROM reservation_allocations WHERE variant_id = $1) AS reservations,
              (SELECT coalesce(sum(quantity), 0)::int FROM reservation_allocations WHERE variant_id = $1) AS units,
              sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved,
              min(on_hand - reserved)::int AS min_available,
              (SELECT count(*)::int FROM outbox WHERE type = 'inventory.stock-reserved.v1'
                  AND envelope->'data'->'lines'->0->>'variantId' = $1::text) AS reserved_events
         FROM stock_levels WHERE variant_id = $1`,
      [variantId],
    );
  }

  it(`${BUYERS} buyers for the last 10 units: exactly 10 reservations, never negative stock`, async () => {
    const { variantId } = await fx.stockedVariant([10]);
    const result = await race(variantId, 1);
    process.stdout.write(
      `race, one warehouse: ${result.won} won, ${result.rejected} refused in ${result.ms} ms\n`,
    );

    expect(result.unexpected).toEqual([]);
    expect(result.won).toBe(10);
    expect(result.rejected).toBe(BUYERS - 10);
    expect(await database(variantId)).toEqual({
      reservations: 10,
      units: 10,
      on_hand: 10,
      reserved: 10,
      min_available: 0,
      reserved_events: 10,
    });
    const lastChange = await fx.one<{ available: number; version: number }>(
      `SELECT (envelope->'data'->>'available')::int AS available, (envelope->'data'->>'version')::int AS version
         FROM outbox WHERE type = 'inventory.stock-changed.v1' AND key = $1 ORDER BY seq DESC LIMIT 1`,
      [variantId],
    );
    // one change for the count, then one per reservation, the last of them leaving nothing to sell
    expect(lastChange).toEqual({ available: 0, version: 11 });
  });

  it('splits across warehouses under the same race and still sells exactly what there is', async () => {
    const { variantId } = await fx.stockedVariant([4, 3, 3]);
    const result = await race(variantId, 1);
    process.stdout.write(`race, three warehouses: ${result.won} won in ${result.ms} ms\n`);

    expect(result.unexpected).toEqual([]);
    expect(result.won).toBe(10);
    expect(await database(variantId)).toMatchObject({
      reservations: 10,
      units: 10,
      reserved: 10,
      min_available: 0,
    });
  });

  it('never oversells multi-unit requests: 3 of 3 units each from 10 leaves 1', async () => {
    const { variantId } = await fx.stockedVariant([6, 4]);
    const result = await race(variantId, 3);

    expect(result.unexpected).toEqual([]);
    expect(result.won).toBe(3);
    expect(await database(variantId)).toMatchObject({ reservations: 3, units: 9, on_hand: 10, reserved: 9 });
  });

  it('does not deadlock when baskets lock the same variants in opposite order', async () => {
    const a = await fx.stockedVariant([25]);
    const b = await fx.stockedVariant([25]);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => {
        const lines = [
          { variantId: a.variantId, quantity: 1 },
          { variantId: b.variantId, quantity: 1 },
        ];
        return fx.services.reservations.reserve(buyerContext(), {
          reservationKey: `basket-${randomUUID()}`,
          lines: i % 2 ? lines : lines.reverse(),
        });
      }),
    );
    const unexpected = outcomes.filter(
      (o) =>
        o.status === 'rejected' && !(o.reason instanceof DomainException && o.reason.code === 'CONFLICT'),
    );
    expect(unexpected).toEqual([]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(25);
    for (const { variantId } of [a, b])
      expect(await database(variantId)).toMatchObject({ units: 25, reserved: 25 });
  });

  it('reserves once for a checkout retried concurrently with the same key', async () => {
    const { variantId } = await fx.stockedVariant([10]);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        fx.services.reservations.reserve(buyerContext(), {
          reservationKey: `checkout-retried-${variantId}`,
          lines: [{ variantId, quantity: 2 }],
        }),
      ),
    );
    expect(new Set(outcomes.map((o) => o.reservation.id)).size).toBe(1);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(await database(variantId)).toMatchObject({ reservations: 1, units: 2, reserved: 2 });
  });
});
