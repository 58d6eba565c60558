import { ValidationException } from '@getit/errors';
import { performancePeriod } from './performance-period';

const fieldOf = (query: { from?: string; to?: string }, now = new Date('2026-12-07T12:00:00Z')) => {
  try {
    performancePeriod(query, now);
  } catch (error) {
    return (error as ValidationException).fieldErrors.map((e) => e.field);
  }
  return [];
};

describe('performancePeriod', () => {
  it('defaults to the 30 Bangladesh days up to today, as instants of UTC+6', () => {
    // 20:00 UTC on the 7th is 02:00 on the 8th in Dhaka
    expect(performancePeriod({}, new Date('2026-12-07T20:00:00Z'))).toEqual({
      from: '2026-11-09',
      to: '2026-12-08',
      start: new Date('2026-11-08T18:00:00Z'),
      end: new Date('2026-12-08T18:00:00Z'),
    });
  });

  it('takes both days as given, the last one included', () => {
    const period = performancePeriod({ from: '2026-01-01', to: '2026-01-01' }, new Date());
    expect(period.start.toISOString()).toBe('2025-12-31T18:00:00.000Z');
    expect(period.end.toISOString()).toBe('2026-01-01T18:00:00.000Z');
  });

  it('runs 30 days back from to, or from from to today', () => {
    expect(performancePeriod({ to: '2026-03-30' }, new Date()).from).toBe('2026-03-01');
    expect(performancePeriod({ from: '2026-12-01' }, new Date('2026-12-07T12:00:00Z')).to).toBe('2026-12-07');
  });

  it('refuses a bad day, a reversed period or one longer than a year, naming the field', () => {
    expect(fieldOf({ from: '2026-02-30' })).toEqual(['from']);
    expect(fieldOf({ to: '7/12/2026' })).toEqual(['to']);
    expect(fieldOf({ from: '2026-12-02', to: '2026-12-01' })).toEqual(['from']);
    expect(fieldOf({ from: '2025-01-01', to: '2026-12-01' })).toEqual(['from']);
    expect(fieldOf({ from: '2025-12-01', to: '2026-12-01' })).toEqual([]);
  });
});
