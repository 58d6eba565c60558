import { positiveInt } from './positive-int.field';

describe('positiveInt', () => {
  it('reads a whole number', () => {
    expect(positiveInt().parse('25')).toBe(25);
  });

  it.each(['0', '-3', '1.5', 'ten', '99999999999999999999'])('rejects %j', (input) => {
    expect(positiveInt().safeParse(input).error?.issues[0]?.message).toBe('must be a positive integer');
  });

  it('uses the default when unset', () => {
    expect(positiveInt(10).parse(undefined)).toBe(10);
  });
});
