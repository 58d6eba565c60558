import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DomainException } from '@getit/errors';
import { buyerContext, InventoryFixture, vendorContext } from './inventory.fixture';

jest.setTimeout(120_000);

/**
 * Vendors' stock writers racing each other and checkouts on a real Postgres with a pool large enough that the
 * transactions really overlap: adjustments, counts, bulk counts and a first count of a new variant. Every refusal
 * is a 409 a vendor can act on (never a deadlock, a unique violation or a timeout), and the audit trail adds up.
 */
describe('stock adjustments and counts under concurrency', () => {
  const fx = new InventoryFixture();
  beforeAll(() => fx.start('inventory_stock_race', 30));
  afterAll(() => fx.stop());

  const unexpected = (outcomes: PromiseSettledResult<unknown>[]) =>
    outcomes
      .filter((o): o is PromiseRejectedResult => o.status === 'rejected')
      .map((o) => o.reason as unknown)
      .filter((e) => !(e instanceof DomainException && e.code === 'CONFLICT'));

  async function level(variantId: string) {
    return fx.one<{ on_hand: number; reserved: number; movements: number; moved: number }>(
      `SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved,
              (SELECT count(*)::int FROM stock_movements WHERE variant_id = $1) AS movements,
              (SELECT coalesce(sum(delta), 0)::int FROM stock_movements WHERE variant_id = $1) AS moved
         FROM stock_levels WHERE variant_id = $1`,
      [variantId],
    );
  }

  async function firstWarehouse(vendorId: string): Promise<string> {
    const row = await fx.one<{ id: string }>('SELECT id::text FROM warehouses WHERE vendor_id = $1 LIMIT 1', [
      vendorId,
    ]);
    return row.id;
  }

  it('applies 40 concurrent receipts and damages exactly: the level equals the audit trail', async () => {
    const { vendor, vendorId, variantId } = await fx.stockedVariant([100]);
    const warehouseId = await firstWarehouse(vendorId);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        fx.services.stock.adjust(
          vendor,
          { vendorId, warehouseId, variantId },
          i % 2 ? { delta: 3, reason: 'received' } : { delta: -2, reason: 'damaged' },
        ),
      ),
    );
    expect(unexpected(outcomes)).toEqual([]);
    expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
    // 100 counted, then 20 × +3 and 20 × −2
    expect(await level(variantId)).toEqual({ on_hand: 120, reserved: 0, movements: 41, moved: 120 });
  });

  it('refuses with 409 the removals that would go below what checkouts reserved, and no more', async () => {
    const { vendor, vendorId, variantId } = await fx.stockedVariant([10]);
    const warehouseId = await firstWarehouse(vendorId);
    await fx.services.reservations.reserve(buyerContext(), {
      reservationKey: `checkout-${randomUUID()}`,
      lines: [{ variantId, quantity: 4 }],
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        fx.services.stock.adjust(vendor, { vendorId, warehouseId, variantId }, { delta: -1, reason: 'lost' }),
      ),
    );
    expect(unexpected(outcomes)).toEqual([]);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(4);
    for (const { reason } of refused) {
      expect(reason.detail).toBe(
        '4 units are reserved for checkouts here; on hand cannot go below that (asked for 3).',
      );
      expect(reason.extensions).toEqual({ field: 'delta', onHand: 4, reserved: 4 });
    }
    expect(await level(variantId)).toEqual({ on_hand: 4, reserved: 4, movements: 7, moved: 4 });
  });

  it('lets concurrent counts of one variant end on one of the counted figures, each recorded in the trail', async () => {
    const { vendor, vendorId, variantId } = await fx.stockedVariant([5]);
    const warehouseId = await firstWarehouse(vendorId);
    const figures = [7, 9, 11, 13, 15, 17];
    const outcomes = await Promise.allSettled(
      figures.map((onHand) =>
        fx.services.stock.count(vendor, { vendorId, warehouseId, variantId }, { onHand }),
      ),
    );
    expect(unexpected(outcomes)).toEqual([]);
    const now = await level(variantId);
    expect(figures).toContain(now.on_hand);
    // every movement's delta was taken against the level the one before it left
    expect(now.moved).toBe(now.on_hand);
    const trail = (
      await fx.sql.query(
        'SELECT on_hand_after FROM stock_movements WHERE variant_id = $1 ORDER BY seq DESC LIMIT 1',
        [variantId],
      )
    ).rows[0];
    expect(trail.on_hand_after).toBe(now.on_hand);
  });

  it('runs overlapping bulk counts in opposite orders without a deadlock', async () => {
    const vendorId = randomUUID();
    const vendor = vendorContext(vendorId);
    const warehouse = await fx.services.warehouses.create(vendor, vendorId, {
      code: 'WH-BULK',
      name: 'Bulk',
      address: { line1: 'House 1, Road 1', district: 'Dhaka' },
    });
    const variants = Array.from({ length: 12 }, () => randomUUID());
    const counts = (onHand: number) =>
      variants.map((variantId) => ({ variantId, onHand, sku: `SKU-${variantId.slice(0, 6)}` }));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        fx.services.stock.countMany(
          vendor,
          { vendorId, warehouseId: warehouse.id },
          { counts: i % 2 ? counts(10 + i) : counts(10 + i).reverse() },
        ),
      ),
    );
    expect(unexpected(outcomes)).toEqual([]);
    expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
    const levels = (
      await fx.sql.query('SELECT DISTINCT on_hand FROM stock_levels WHERE variant_id = ANY($1)', [variants])
    ).rows;
    // one bulk count applied last, whole: every variant shows its figure
    expect(levels).toHaveLength(1);
  });

  it('registers a new variant once when its first counts arrive together', async () => {
    const vendorId = randomUUID();
    const vendor = vendorContext(vendorId);
    const warehouse = await fx.services.warehouses.create(vendor, vendorId, {
      code: 'WH-NEW',
      name: 'New',
      address: { line1: 'House 2, Road 2', district: 'Tangail' },
    });
    const variantId = randomUUID();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        fx.services.stock.adjust(
          vendor,
          { vendorId, warehouseId: warehouse.id, variantId },
          { sku: 'TTG-NEW-1', delta: 1, reason: 'received' },
        ),
      ),
    );
    expect(unexpected(outcomes)).toEqual([]);
    expect(outcomes.every((o) => o.status === 'fulfilled')).toBe(true);
    expect(await level(variantId)).toEqual({ on_hand: 10, reserved: 0, movements: 10, moved: 10 });
    const items = await fx.one<{ n: number }>(
      'SELECT count(*)::int AS n FROM inventory_items WHERE variant_id = $1',
      [variantId],
    );
    expect(items.n).toBe(1);
  });
  describe('a first count in a new warehouse committed while a checkout waits on the variant', () => {
    /**
     * Holds the variant the way a first count in `warehouseId` does (item locked, the level inserted with
     * `onHand` units, the item's version bumped) in an open transaction on a connection of its own, runs `step`
     * (which then waits on the item lock) and commits the count while it waits: the step locks items and levels in
     * one statement, whose snapshot predates the count, and must still see the new level.
     */
    async function countedWhileWaiting<T>(
      target: { variantId: string; warehouseId: string; onHand: number },
      step: () => Promise<T>,
    ): Promise<T> {
      const count = new Client({ connectionString: fx.db.url });
      await count.connect();
      try {
        await count.query('BEGIN');
        await count.query('SELECT 1 FROM inventory_items WHERE variant_id = $1 FOR UPDATE', [target.variantId]);
        await count.query('INSERT INTO stock_levels (variant_id, warehouse_id, on_hand) VALUES ($1, $2, $3)', [
          target.variantId,
          target.warehouseId,
          target.onHand,
        ]);
        await count.query('UPDATE inventory_items SET version = version + 1 WHERE variant_id = $1', [
          target.variantId,
        ]);
        const running = step();
        await waitForLockWait();
        await count.query('COMMIT');
        return await running;
      } finally {
        await count.end();
      }
    }

    /** Until some backend of the test database waits on a row lock. */
    async function waitForLockWait(): Promise<void> {
      for (let i = 0; i < 100; i++) {
        const waiting = await fx.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (waiting.n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error('no statement waited on the count');
    }

    async function newWarehouse(vendorId: string): Promise<string> {
      const warehouse = await fx.services.warehouses.create(vendorContext(vendorId), vendorId, {
        code: 'WH-LATE',
        name: 'Late',
        address: { line1: 'House 9, Road 9', district: 'Dhaka' },
      });
      return warehouse.id;
    }

    const lastAvailable = async (variantId: string) =>
      (
        await fx.one<{ available: number }>(
          `SELECT (envelope -> 'data' ->> 'available')::int AS available FROM outbox
            WHERE type = 'inventory.stock-changed.v1' AND key = $1 ORDER BY seq DESC LIMIT 1`,
          [variantId],
        )
      ).available;

    it('reserves from it when it has the most units, and announces what is available with it', async () => {
      const { vendorId, variantId } = await fx.stockedVariant([1]);
      const warehouseId = await newWarehouse(vendorId);
      const { reservation } = await countedWhileWaiting({ variantId, warehouseId, onHand: 10 }, () =>
        fx.services.reservations.reserve(buyerContext(), {
          reservationKey: `checkout-${randomUUID()}`,
          lines: [{ variantId, quantity: 1 }],
        }),
      );
      expect(reservation.lines).toEqual([
        { variantId, vendorId, quantity: 1, allocations: [{ warehouseId, quantity: 1 }] },
      ]);
      expect(await lastAvailable(variantId)).toBe(10);
    });

    it('releases with the new level counted in what it announces', async () => {
      const { vendorId, variantId } = await fx.stockedVariant([1]);
      const { reservation } = await fx.services.reservations.reserve(buyerContext(), {
        reservationKey: `checkout-${randomUUID()}`,
        lines: [{ variantId, quantity: 1 }],
      });
      const warehouseId = await newWarehouse(vendorId);
      await countedWhileWaiting({ variantId, warehouseId, onHand: 10 }, () =>
        fx.services.reservations.release(buyerContext(), reservation.id),
      );
      expect(await lastAvailable(variantId)).toBe(11);
    });
  });
});
