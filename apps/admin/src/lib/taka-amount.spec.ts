import { takaToPoisha } from '@getit/contracts';
import { dhakaDate, dhakaDayEnd, dhakaDayStart, percentToBasisPoints } from './taka-amount';

describe('a refund amount typed in taka', () => {
  it('becomes integer poisha, in English or Bangla digits, with or without the sign and grouping', () => {
    expect(takaToPoisha('250')).toBe(25_000);
    expect(takaToPoisha('1,250.5')).toBe(125_050);
    expect(takaToPoisha('৳ ১২৫০.৫০')).toBe(125_050);
    expect(takaToPoisha('0.07')).toBe(7);
  });

  it('is refused when it is not an amount a person could pay', () => {
    for (const bad of ['', 'abc', '12.345', '-5', '1e3']) expect(takaToPoisha(bad)).toBeUndefined();
  });
});

describe('Dhaka days', () => {
  it('starts a day at midnight Dhaka time and counts days in Dhaka, not UTC', () => {
    expect(dhakaDayStart('2026-12-07')).toBe('2026-12-07T00:00:00+06:00');
    expect(dhakaDayEnd('2026-12-07')).toBe('2026-12-07T18:00:00.000Z');
    // 20:00 UTC on 6 December is 02:00 on 7 December in Dhaka
    expect(dhakaDate(new Date('2026-12-06T20:00:00Z'))).toBe('2026-12-07');
    expect(dhakaDate(new Date('2026-12-06T20:00:00Z'), 7)).toBe('2026-11-30');
  });
});

describe('a commission rate typed in percent', () => {
  it('becomes basis points, up to 100%', () => {
    expect(percentToBasisPoints('10')).toBe(1_000);
    expect(percentToBasisPoints('7.5%')).toBe(750);
    expect(percentToBasisPoints('১২.২৫')).toBe(1_225);
    expect(percentToBasisPoints('100.01')).toBeUndefined();
    expect(percentToBasisPoints('ten')).toBeUndefined();
  });
});
