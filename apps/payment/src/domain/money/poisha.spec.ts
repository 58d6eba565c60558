import { isPoisha, isPositivePoisha } from './poisha';

describe('payment amounts', () => {
  it.each([0, 1, 100_00, Number.MAX_SAFE_INTEGER])('%p is poisha', (value) =>
    expect(isPoisha(value)).toBe(true),
  );
  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, '10'])(
    '%p is not poisha',
    (value) => expect(isPoisha(value)).toBe(false),
  );
  it('requires at least one poisha to charge', () => {
    expect(isPositivePoisha(0)).toBe(false);
    expect(isPositivePoisha(1)).toBe(true);
  });
});
