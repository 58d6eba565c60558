import { addPoisha, multiplyPoisha } from './poisha';

// isPoisha itself is @getit/contracts' (tested there).
describe('poisha arithmetic', () => {
  it('adds amounts exactly and refuses anything that is not poisha', () => {
    expect(addPoisha()).toBe(0);
    expect(addPoisha(10, 20, 30)).toBe(60);
    expect(() => addPoisha(10, 0.5)).toThrow(RangeError);
    expect(() => addPoisha(Number.MAX_SAFE_INTEGER, 1)).toThrow('safe integer');
  });

  it('multiplies a unit price by a quantity without leaving the safe range', () => {
    expect(multiplyPoisha(19_999, 3)).toBe(59_997);
    expect(multiplyPoisha(19_999, 0)).toBe(0);
    expect(() => multiplyPoisha(10, 1.5)).toThrow('not a quantity');
    expect(() => multiplyPoisha(-10, 1)).toThrow('not an amount');
    expect(() => multiplyPoisha(Number.MAX_SAFE_INTEGER, 2)).toThrow('safe integer');
  });
});
