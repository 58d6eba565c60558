import { poishaSchema } from './money.schema';
import { isPoisha, isPositivePoisha } from './poisha';

describe('poisha amounts', () => {
  it.each([0, 1, 100_00, Number.MAX_SAFE_INTEGER])('%p is poisha', (value) =>
    expect(isPoisha(value)).toBe(true),
  );

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, '10', null])(
    '%p is not poisha',
    (value) => expect(isPoisha(value)).toBe(false),
  );

  it('agrees with the schema every request is parsed with', () => {
    for (const value of [0, 1, 2.5, -3, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1])
      expect(isPoisha(value)).toBe(poishaSchema.safeParse(value).success);
  });

  it('requires at least one poisha to charge', () => {
    expect(isPositivePoisha(0)).toBe(false);
    expect(isPositivePoisha(1)).toBe(true);
    expect(isPositivePoisha(-1)).toBe(false);
  });
});
