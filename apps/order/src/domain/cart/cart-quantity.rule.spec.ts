import { MAX_QUANTITY_PER_LINE } from '../checkout/order-split';
import { checkLineQuantity, mergeCartLines } from './cart-quantity.rule';

describe('checkLineQuantity', () => {
  it('accepts a whole quantity up to what is available, and 0 (remove) always', () => {
    expect(checkLineQuantity(3, 3)).toBeNull();
    expect(checkLineQuantity(0, 0)).toBeNull();
  });

  it('names how many are available when the shopper asks for more', () => {
    expect(checkLineQuantity(4, 3)).toEqual({ kind: 'not_enough_stock', available: 3 });
    expect(checkLineQuantity(1, -2)).toEqual({ kind: 'not_enough_stock', available: 0 });
  });

  it('refuses fractions, negatives and more than the per-line maximum', () => {
    for (const quantity of [1.5, -1, MAX_QUANTITY_PER_LINE + 1])
      expect(checkLineQuantity(quantity, 1_000)).toEqual({
        kind: 'out_of_range',
        max: MAX_QUANTITY_PER_LINE,
      });
  });
});

describe('mergeCartLines', () => {
  const stock = new Map([
    ['a', 10],
    ['b', 2],
    ['c', 0],
    ['d', 500],
  ]);

  it('adds quantities of the same variant and keeps the shopper’s order first', () => {
    expect(
      mergeCartLines(
        [{ variantId: 'a', quantity: 2 }],
        [
          { variantId: 'd', quantity: 1 },
          { variantId: 'a', quantity: 3 },
        ],
        stock,
      ),
    ).toEqual([
      { variantId: 'a', quantity: 5 },
      { variantId: 'd', quantity: 1 },
    ]);
  });

  it('caps by stock and by the per-line maximum, and drops sold-out or unknown variants', () => {
    expect(
      mergeCartLines(
        [
          { variantId: 'b', quantity: 1 },
          { variantId: 'd', quantity: 90 },
        ],
        [
          { variantId: 'b', quantity: 5 },
          { variantId: 'c', quantity: 1 },
          { variantId: 'x', quantity: 1 },
          { variantId: 'd', quantity: 90 },
        ],
        stock,
      ),
    ).toEqual([
      { variantId: 'b', quantity: 2 },
      { variantId: 'd', quantity: MAX_QUANTITY_PER_LINE },
    ]);
  });
});
