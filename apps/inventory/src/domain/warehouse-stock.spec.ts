import { combineDeltas, totalAvailable, withDeltas } from './warehouse-stock';

const V = '11111111-1111-4111-8111-111111111111';
const W = '22222222-2222-4222-8222-222222222222';

describe('warehouse stock', () => {
  const levels = [
    { variantId: V, warehouseId: 'w-a', onHand: 5, reserved: 2 },
    { variantId: V, warehouseId: 'w-b', onHand: 4, reserved: 0 },
    { variantId: W, warehouseId: 'w-a', onHand: 9, reserved: 9 },
  ];

  it('sums available over warehouses per variant', () => {
    expect(totalAvailable(levels, V)).toBe(7);
    expect(totalAvailable(levels, W)).toBe(0);
    expect(totalAvailable(levels, 'unknown')).toBe(0);
  });

  it('applies deltas without touching the original, adding levels it did not have', () => {
    const after = withDeltas(levels, [
      { variantId: V, warehouseId: 'w-a', onHand: -2, reserved: -2 },
      { variantId: W, warehouseId: 'w-c', onHand: 3, reserved: 0 },
    ]);
    expect(after).toContainEqual({ variantId: V, warehouseId: 'w-a', onHand: 3, reserved: 0 });
    expect(after).toContainEqual({ variantId: W, warehouseId: 'w-c', onHand: 3, reserved: 0 });
    expect(levels[0]).toEqual({ variantId: V, warehouseId: 'w-a', onHand: 5, reserved: 2 });
  });

  it('sums deltas that hit the same level, so one batched UPDATE applies them all', () => {
    expect(
      combineDeltas([
        { variantId: V, warehouseId: 'w-a', onHand: 0, reserved: -1 },
        { variantId: V, warehouseId: 'w-b', onHand: 0, reserved: -2 },
        { variantId: V, warehouseId: 'w-a', onHand: 0, reserved: -3 },
      ]),
    ).toEqual([
      { variantId: V, warehouseId: 'w-a', onHand: 0, reserved: -4 },
      { variantId: V, warehouseId: 'w-b', onHand: 0, reserved: -2 },
    ]);
  });
});
