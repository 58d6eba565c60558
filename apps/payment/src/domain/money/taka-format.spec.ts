import { formatTaka } from './taka-format';

describe('formatTaka', () => {
  it.each([
    [0, '৳0'],
    [5, '৳0.05'],
    [125_000, '৳1,250'],
    [5_000_000, '৳50,000'],
    [12_000_050, '৳1,20,000.50'],
    [1_234_567_890, '৳1,23,45,678.90'],
  ])('%i poisha reads %s', (poisha, text) => {
    expect(formatTaka(poisha)).toBe(text);
  });
});
