import { formatTakaDecimal } from '@getit/contracts';
import { takaToPoisha } from './money-input';

describe('taka typed into a price field', () => {
  it('reads English and Bangla digits, grouping and the taka sign', () => {
    expect(takaToPoisha('1250')).toBe(125_000);
    expect(takaToPoisha('1,250.5')).toBe(125_050);
    expect(takaToPoisha('৳১২৫০.৭৫')).toBe(125_075);
  });

  it('refuses what is not an amount, and writes poisha back as taka', () => {
    expect(takaToPoisha('12.345')).toBeUndefined();
    expect(takaToPoisha('-5')).toBeUndefined();
    expect(takaToPoisha('')).toBeUndefined();
    expect(formatTakaDecimal(125_005)).toBe('1250.05');
    expect(takaToPoisha(formatTakaDecimal(125_005))).toBe(125_005);
  });
});
