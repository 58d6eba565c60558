import {
  formatCount,
  formatDateTime,
  formatDay,
  formatDecimal,
  formatMoney,
  formatPercent,
  formatRelative,
} from './locale-format';

describe('locale formatting for pages', () => {
  it('writes money with lakh grouping, in Bengali digits in Bangla', () => {
    expect(formatMoney(12_345_650, 'bn')).toBe('৳১,২৩,৪৫৬.৫০');
    expect(formatMoney(12_345_650, 'en')).toBe('৳1,23,456.50');
  });

  it('writes counts with lakh grouping', () => {
    expect(formatCount(100_000, 'en')).toBe('1,00,000');
    expect(formatCount(3, 'bn')).toBe('৩');
  });

  it('writes one decimal and percentages in the locale’s digits', () => {
    expect(formatDecimal(2.84, 'en')).toBe('2.8');
    expect(formatDecimal(2.84, 'bn')).toBe('২.৮');
    expect(formatDecimal(3, 'bn')).toBe('৩');
    expect(formatDecimal(1234.96, 'en')).toBe('1,235');
    expect(formatDecimal(0.05, 'en')).toBe('0.1');
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatPercent(2 / 3, 'bn')).toBe('৬৭%');
  });

  it('writes a calendar day as written, in the locale’s words and digits', () => {
    expect(formatDay('2026-11-01', 'en')).toBe('1 Nov 2026');
    expect(formatDay('2026-11-01', 'bn')).toMatch(/^১ .*২০২৬$/);
  });

  it('writes dates in Dhaka time with the locale’s digits', () => {
    const en = formatDateTime('2026-12-07T08:05:00Z', 'en');
    const bn = formatDateTime('2026-12-07T08:05:00Z', 'bn');
    expect(en).toContain('2026');
    expect(en).toContain('14:05');
    expect(bn).toContain('২০২৬');
    expect(bn).not.toMatch(/[0-9]/);
  });

  it('writes relative times in the locale', () => {
    const now = new Date('2026-12-07T08:05:00Z');
    expect(formatRelative('2026-12-07T08:02:00Z', 'en', now)).toBe('3 minutes ago');
    expect(formatRelative('2026-12-07T08:02:00Z', 'bn', now)).toMatch(/^৩ মিনিট/);
  });
});
