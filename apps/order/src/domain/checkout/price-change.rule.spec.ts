import { PricedCartLine, checkPrices } from './price-change.rule';

const line = (variantId: string, unitPricePoisha: number, quantity = 1): PricedCartLine => ({
  variantId,
  sku: `SKU-${variantId}`,
  title: `Item ${variantId}`,
  quantity,
  unitPricePoisha,
});

describe('checkPrices', () => {
  it('reports nothing when every price is as the shopper saw it', () => {
    expect(
      checkPrices(
        [line('a', 100_00), line('b', 0)],
        new Map([
          ['a', 100_00],
          ['b', 0],
        ]),
      ),
    ).toEqual({
      changed: [],
      unavailable: [],
      unchanged: true,
    });
  });

  it('lists price rises and drops with old, new and the line delta, in cart order', () => {
    const result = checkPrices(
      [line('a', 100_00, 2), line('b', 50_00), line('c', 75_00, 3)],
      new Map([
        ['a', 120_00],
        ['b', 50_00],
        ['c', 70_00],
      ]),
    );
    expect(result.unchanged).toBe(false);
    expect(result.changed).toEqual([
      {
        variantId: 'a',
        sku: 'SKU-a',
        title: 'Item a',
        oldUnitPricePoisha: 100_00,
        newUnitPricePoisha: 120_00,
        lineDeltaPoisha: 40_00,
      },
      {
        variantId: 'c',
        sku: 'SKU-c',
        title: 'Item c',
        oldUnitPricePoisha: 75_00,
        newUnitPricePoisha: 70_00,
        lineDeltaPoisha: -15_00,
      },
    ]);
  });

  it('reports variants without a current price as unavailable', () => {
    expect(checkPrices([line('a', 10), line('gone', 10)], new Map([['a', 10]]))).toEqual({
      changed: [],
      unavailable: ['gone'],
      unchanged: false,
    });
  });

  it('treats an empty cart as unchanged', () => {
    expect(checkPrices([], new Map())).toEqual({ changed: [], unavailable: [], unchanged: true });
  });
});
