import { port } from './port.field';

describe('port', () => {
  it.each([
    ['1', 1],
    [' 8080 ', 8080],
    ['65535', 65535],
  ])('accepts %j', (input, expected) => {
    expect(port().parse(input)).toBe(expected);
  });

  it.each(['0', '65536', 'abc', '80.5', '-1', '0x50'])('rejects %j', (input) => {
    expect(port().safeParse(input).error?.issues[0]?.message).toBe('must be an integer between 1 and 65535');
  });

  it('uses the default when unset', () => {
    expect(port(3000).parse(undefined)).toBe(3000);
  });
});
