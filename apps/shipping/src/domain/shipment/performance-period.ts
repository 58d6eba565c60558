import { ValidationException } from '@getit/errors';

/** Bangladesh is UTC+6 all year (no daylight saving), so a day there is a fixed span of UTC. */
const DHAKA_OFFSET_MS = 6 * 3600_000;
const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Bangladesh days `from` … `to` (both included) and the instants they span: [start, end). */
export interface PerformancePeriod {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

/**
 * The period of the courier performance report from `?from=&to=` (`YYYY-MM-DD`, days in Bangladesh): by default
 * the 30 days up to today; `to` alone goes back 30 days from it, `from` alone runs to today. At most 366 days, and
 * `from` not after `to`; a bad value is refused naming its field.
 */
export function performancePeriod(query: { from?: string; to?: string }, now: Date): PerformancePeriod {
  const today = dayOf(now);
  const to = query.to === undefined ? today : parseDay('to', query.to);
  const from = query.from === undefined ? to - (DEFAULT_DAYS - 1) : parseDay('from', query.from);
  if (from > to)
    throw new ValidationException('from must not be after to.', [
      { field: 'from', reason: 'must be on or before to' },
    ]);
  if (to - from + 1 > MAX_DAYS)
    throw new ValidationException(`A period spans at most ${MAX_DAYS} days.`, [
      { field: 'from', reason: `must be at most ${MAX_DAYS - 1} days before to` },
    ]);
  return {
    from: dayText(from),
    to: dayText(to),
    start: new Date(from * DAY_MS - DHAKA_OFFSET_MS),
    end: new Date((to + 1) * DAY_MS - DHAKA_OFFSET_MS),
  };
}

/** Days since 1970-01-01 of the Bangladesh calendar day `instant` falls on. */
function dayOf(instant: Date): number {
  return Math.floor((instant.getTime() + DHAKA_OFFSET_MS) / DAY_MS);
}

function parseDay(field: 'from' | 'to', text: string): number {
  const match = DAY.exec(text);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls 2026-02-30 over to March: a real day reads back as written
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text)
    throw new ValidationException(`${field} must be a date written YYYY-MM-DD.`, [
      { field, reason: 'must be a calendar date YYYY-MM-DD' },
    ]);
  return ms / DAY_MS;
}

function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
