import { WarehouseStock } from './warehouse-stock';
import { MostAvailableFirstStrategy } from './most-available-first.strategy';

const V1 = '11111111-1111-4111-8111-111111111111';
const V2 = '22222222-2222-4222-8222-222222222222';
const stock = (variantId: string, warehouseId: string, onHand: number, reserved = 0): WarehouseStock => ({
  variantId,
  warehouseId,
  onHand,
  reserved,
});

describe('MostAvailableFirstStrategy', () => {
  const strategy = new MostAvailableFirstStrategy();

  it('fills a line from the single warehouse with the most available when it can', () => {
    const result = strategy.allocate(
      [{ variantId: V1, quantity: 4 }],
      [stock(V1, 'w-a', 5), stock(V1, 'w-b', 9, 2), stock(V1, 'w-c', 3)],
    );
    expect(result).toEqual({ ok: true, allocations: [{ variantId: V1, warehouseId: 'w-b', quantity: 4 }] });
  });

  it('splits across warehouses, largest first, when no single one has enough', () => {
    const result = strategy.allocate(
      [{ variantId: V1, quantity: 9 }],
      [stock(V1, 'w-a', 5), stock(V1, 'w-b', 4), stock(V1, 'w-c', 3)],
    );
    expect(result).toEqual({
      ok: true,
      allocations: [
        { variantId: V1, warehouseId: 'w-a', quantity: 5 },
        { variantId: V1, warehouseId: 'w-b', quantity: 4 },
      ],
    });
  });

  it('counts reserved units as unavailable and breaks ties by warehouse id', () => {
    const result = strategy.allocate(
      [{ variantId: V1, quantity: 2 }],
      [stock(V1, 'w-b', 6, 3), stock(V1, 'w-a', 3), stock(V1, 'w-c', 2, 2)],
    );
    expect(result).toEqual({ ok: true, allocations: [{ variantId: V1, warehouseId: 'w-a', quantity: 2 }] });
  });

  it('is all or nothing: any short line fails the whole request, naming each shortage', () => {
    const result = strategy.allocate(
      [
        { variantId: V1, quantity: 2 },
        { variantId: V2, quantity: 5 },
      ],
      [stock(V1, 'w-a', 10), stock(V2, 'w-a', 2, 1), stock(V2, 'w-b', 3)],
    );
    expect(result).toEqual({ ok: false, shortages: [{ variantId: V2, requested: 5, available: 4 }] });
  });

  it('reports zero available for a variant nobody stocks', () => {
    expect(strategy.allocate([{ variantId: V1, quantity: 1 }], [])).toEqual({
      ok: false,
      shortages: [{ variantId: V1, requested: 1, available: 0 }],
    });
  });
});
