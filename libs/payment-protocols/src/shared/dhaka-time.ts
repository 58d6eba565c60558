const DHAKA_OFFSET_MS = 6 * 60 * 60 * 1000;
/** `2025-12-09T16:12:43:828 GMT+0600`; the offset may also be written `+06:00` or missing (then Dhaka). */
const BKASH_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[:.](\d{1,3}))?\s*(?:GMT)?\s*(?:([+-])(\d{2}):?(\d{2}))?$/;

/** Asia/Dhaka wall-clock renderings (UTC+06:00, no daylight saving) in the shapes each provider uses. */
export class DhakaTime {
  /** bKash: `2025-12-09T16:12:43:828 GMT+0600`; a colon before the milliseconds, so not ISO-8601. */
  static bkash(epochMs: number): string {
    const p = DhakaTime.parts(epochMs);
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}:${p.millis} GMT+0600`;
  }

  /**
   * Reads a bKash timestamp back into epoch milliseconds; null when it is not one. bKash writes a colon before
   * the milliseconds, so `Date.parse` cannot read it.
   */
  static parseBkash(value: unknown): number | null {
    if (typeof value !== 'string') return null;
    const m = BKASH_TIMESTAMP.exec(value.trim());
    if (!m) return null;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const millis = Number((m[7] ?? '0').padEnd(3, '0'));
    const sign = m[8] === '-' ? -1 : 1;
    const offsetMs = m[8] ? sign * (Number(m[9]) * 60 + Number(m[10])) * 60_000 : DHAKA_OFFSET_MS;
    const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    const check = new Date(local);
    if (
      check.getUTCMonth() !== month - 1 ||
      check.getUTCDate() !== day ||
      hour > 23 ||
      minute > 59 ||
      second > 59
    )
      return null;
    return local - offsetMs;
  }

  /** Nagad: `yyyyMMddHHmmss`. */
  static compact(epochMs: number): string {
    const p = DhakaTime.parts(epochMs);
    return `${p.year}${p.month}${p.day}${p.hour}${p.minute}${p.second}`;
  }

  /** SSLCommerz: `2025-12-09 16:12:43`. */
  static sql(epochMs: number): string {
    const p = DhakaTime.parts(epochMs);
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  }

  /** Whether `value` is a real `yyyyMMddHHmmss` date and time. */
  static isCompact(value: unknown): boolean {
    if (typeof value !== 'string' || !/^\d{14}$/.test(value)) return false;
    const [year, month, day, hour, minute, second] = [0, 4, 6, 8, 10, 12].map((start, index) =>
      Number(value.slice(start, index === 0 ? 4 : start + 2)),
    ) as [number, number, number, number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    return (
      date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60
    );
  }

  private static parts(epochMs: number) {
    const d = new Date(epochMs + DHAKA_OFFSET_MS);
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      year: String(d.getUTCFullYear()),
      month: two(d.getUTCMonth() + 1),
      day: two(d.getUTCDate()),
      hour: two(d.getUTCHours()),
      minute: two(d.getUTCMinutes()),
      second: two(d.getUTCSeconds()),
      millis: String(d.getUTCMilliseconds()).padStart(3, '0'),
    };
  }
}
