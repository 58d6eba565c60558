import { DhakaTime } from './dhaka-time';

describe('DhakaTime', () => {
  const instant = Date.UTC(2025, 11, 9, 10, 12, 43, 828);

  it("renders bKash's non-ISO timestamp with a colon before the milliseconds", () => {
    expect(DhakaTime.bkash(instant)).toBe('2025-12-09T16:12:43:828 GMT+0600');
    expect(DhakaTime.bkash(Date.UTC(2025, 0, 1, 0, 0, 0, 5))).toBe('2025-01-01T06:00:00:005 GMT+0600');
  });

  it('reads bKash timestamps back, whatever the offset spelling', () => {
    expect(DhakaTime.parseBkash('2025-12-09T16:12:43:828 GMT+0600')).toBe(instant);
    expect(DhakaTime.parseBkash(DhakaTime.bkash(instant))).toBe(instant);
    expect(DhakaTime.parseBkash('2025-12-09T16:12:43:828 GMT+06:00')).toBe(instant);
    expect(DhakaTime.parseBkash('2025-12-09T16:12:43:828')).toBe(instant);
    expect(DhakaTime.parseBkash('2025-12-09T10:12:43.828 GMT+0000')).toBe(instant);
    expect(DhakaTime.parseBkash('2025-12-09T16:12:43 GMT+0600')).toBe(instant - 828);
  });

  it('refuses what is not a bKash timestamp', () => {
    for (const value of ['', '2025-02-30T10:00:00:000 GMT+0600', '2025-12-09 16:12:43', 'yesterday', 1, null])
      expect(DhakaTime.parseBkash(value)).toBeNull();
  });

  it('rolls over the date at Dhaka midnight, not UTC midnight', () => {
    expect(DhakaTime.compact(Date.UTC(2025, 11, 31, 18, 30, 0))).toBe('20260101003000');
    expect(DhakaTime.sql(instant)).toBe('2025-12-09 16:12:43');
  });

  it('accepts only real yyyyMMddHHmmss values', () => {
    expect(DhakaTime.isCompact('20251209161243')).toBe(true);
    expect(DhakaTime.isCompact('20250230120000')).toBe(false);
    expect(DhakaTime.isCompact('20251209246000')).toBe(false);
    expect(DhakaTime.isCompact('2025-12-09')).toBe(false);
    expect(DhakaTime.isCompact(20251209161243)).toBe(false);
  });
});
