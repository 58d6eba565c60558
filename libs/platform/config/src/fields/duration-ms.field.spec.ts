import { durationMs } from './duration-ms.field';

describe('durationMs', () => {
  it.each([
    ['500', 500],
    ['250ms', 250],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1H', 3_600_000],
  ])('reads %j as %d ms', (input, expected) => {
    expect(durationMs().parse(input)).toBe(expected);
  });

  it.each(['-5s', '1.5s', '10 minutes', 's'])('rejects %j', (input) => {
    expect(durationMs().safeParse(input).error?.issues[0]?.message).toMatch(/^must be a duration/);
  });

  it('uses the default when unset', () => {
    expect(durationMs(5_000).parse(undefined)).toBe(5_000);
  });
});
