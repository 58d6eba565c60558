import { formatKg, formatTaka } from './taka-format';

describe('taka formatting', () => {
  it.each([
    [0, '৳0', '৳০'],
    [7_000, '৳70', '৳৭০'],
    [1_251, '৳12.51', '৳১২.৫১'],
    [1_205, '৳12.05', '৳১২.০৫'],
    [12_345_678_950, '৳12,34,56,789.50', '৳১২,৩৪,৫৬,৭৮৯.৫০'],
    [100_000, '৳1,000', '৳১,০০০'],
  ])('%i poisha → %s / %s', (poisha, en, bn) => {
    expect(formatTaka(poisha, 'en')).toBe(en);
    expect(formatTaka(poisha, 'bn')).toBe(bn);
  });

  it('writes kilograms in both scripts', () => {
    expect(formatKg(1_250, 'en')).toBe('1.25 kg');
    expect(formatKg(1_250, 'bn')).toBe('১.২৫ কেজি');
  });
});
