import { findShortages } from './stock-check.rule';

describe('findShortages', () => {
  it('lists each line asking for more than is available, with its cart position', () => {
    const available = new Map([
      ['a', 5],
      ['b', 1],
    ]);
    expect(
      findShortages(
        [
          { variantId: 'a', quantity: 5 },
          { variantId: 'b', quantity: 2 },
          { variantId: 'c', quantity: 1 },
        ],
        available,
      ),
    ).toEqual([
      { index: 1, variantId: 'b', requested: 2, available: 1 },
      { index: 2, variantId: 'c', requested: 1, available: 0 },
    ]);
  });

  it('finds nothing when every line fits', () => {
    expect(findShortages([{ variantId: 'a', quantity: 1 }], new Map([['a', 1]]))).toEqual([]);
  });
});
