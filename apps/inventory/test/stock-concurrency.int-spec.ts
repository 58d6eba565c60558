import { randomUUID } from 'node:crypto';
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
});
