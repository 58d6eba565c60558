import { MoneyAmount } from './money-amount';

describe('MoneyAmount', () => {
  it('reads decimal strings with up to two places and prints two places', () => {
    expect(MoneyAmount.parse('500')?.toString()).toBe('500.00');
    expect(MoneyAmount.parse('500.5')?.toString()).toBe('500.50');
    expect(MoneyAmount.parse('0.07')?.poisha).toBe(7);
    expect(MoneyAmount.parse(12.3)?.toString()).toBe('12.30');
  });

  it('refuses anything that is not a plain non-negative amount', () => {
    for (const value of ['', '-1', '1.234', '1e3', 'abc', '1,000.00', null, undefined, Number.NaN]) {
      expect(MoneyAmount.parse(value)).toBeNull();
    }
  });

  it('adds, subtracts, compares and takes basis-point shares exactly', () => {
    const a = MoneyAmount.parse('1150.00') as MoneyAmount;
    expect(a.share(250).toString()).toBe('28.75');
    expect(a.minus(a.share(250)).toString()).toBe('1121.25');
    expect(a.plus(MoneyAmount.ofPoisha(1)).toString()).toBe('1150.01');
    expect(a.greaterThan(MoneyAmount.parse('1149.99') as MoneyAmount)).toBe(true);
    expect(JSON.stringify({ a })).toBe('{"a":"1150.00"}');
  });
});
