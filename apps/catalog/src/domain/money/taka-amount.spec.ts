import { takaToPoisha } from './taka-amount';

describe('takaToPoisha', () => {
  it.each([
    ['1250', 125_000],
    ['1250.5', 125_050],
    ['1250.50', 125_050],
    ['0.01', 1],
    ['1,250.75', 125_075],
    ['1,25,000', 12_500_000],
    ['৳ 1,250', 125_000],
    ['Tk. 99', 9_900],
    ['১২৫০.৫০', 125_050],
    ['0.1', 10],
  ])('reads %s as %d poisha, without floating point', (text, poisha) => {
    expect(takaToPoisha(text)).toBe(poisha);
  });

  it.each(['-120', '12.345', '1e3', 'abc', '', '1,2', '12.', '.5', '1 250'])('refuses %p', (text) => {
    expect(takaToPoisha(text)).toBeUndefined();
  });

  it('stays exact where floats would not (0.29 taka is 29 poisha, not 28.999…)', () => {
    expect(takaToPoisha('0.29')).toBe(29);
    expect(takaToPoisha('1234567.89')).toBe(123_456_789);
  });
});
