import { planReturnRestock, SoldAllocation } from './return-restock.rule';

const VENDOR = 'vendor-1';
const alloc = (variantId: string, warehouseId: string, quantity: number): SoldAllocation => ({
  variantId,
  warehouseId,
  vendorId: VENDOR,
  quantity,
});

describe('planReturnRestock', () => {
  it('puts returned units back into the warehouse the order took them from', () => {
    expect(
      planReturnRestock([alloc('saree', 'dhanmondi', 3)], [{ variantId: 'saree', quantity: 2 }]),
    ).toEqual({
      restock: [alloc('saree', 'dhanmondi', 2)],
      unmatched: [],
    });
  });

  it('spreads a variant over its warehouses, never more per warehouse than was taken', () => {
    const plan = planReturnRestock(
      [alloc('saree', 'dhanmondi', 1), alloc('saree', 'mirpur', 4), alloc('gamcha', 'mirpur', 2)],
      [
        { variantId: 'saree', quantity: 2 },
        { variantId: 'saree', quantity: 1 },
      ],
    );
    expect(plan.restock).toEqual([alloc('saree', 'dhanmondi', 1), alloc('saree', 'mirpur', 2)]);
  });

  it('names units beyond what the order took instead of restocking them', () => {
    expect(
      planReturnRestock(
        [alloc('saree', 'dhanmondi', 1)],
        [
          { variantId: 'saree', quantity: 2 },
          { variantId: 'lungi', quantity: 1 },
        ],
      ),
    ).toEqual({
      restock: [alloc('saree', 'dhanmondi', 1)],
      unmatched: [
        { variantId: 'saree', quantity: 1 },
        { variantId: 'lungi', quantity: 1 },
      ],
    });
  });
});
