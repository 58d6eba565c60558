import { bool } from './bool.field';

describe('bool', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['false', false],
    ['0', false],
  ])('reads %j as %j', (input, expected) => {
    expect(bool().parse(input)).toBe(expected);
  });

  it.each(['yes', 'on', '2'])('rejects %j rather than guessing', (input) => {
    expect(bool().safeParse(input).error?.issues[0]?.message).toBe('must be true, false, 1 or 0');
  });

  it('uses the default when unset', () => {
    expect(bool(true).parse(undefined)).toBe(true);
  });
});
