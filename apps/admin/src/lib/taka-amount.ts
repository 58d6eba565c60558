const BENGALI_DIGITS = /[\u09E6-\u09EF]/g;

/** The start of a Dhaka calendar day (`2026-12-07`) as an ISO time with its +06:00 offset. */
export function dhakaDayStart(date: string): string {
  return `${date}T00:00:00+06:00`;
}

/** The end of a Dhaka calendar day: the next day's midnight, as an ISO time (UTC). */
export function dhakaDayEnd(date: string): string {
  return new Date(Date.parse(dhakaDayStart(date)) + 86_400_000).toISOString();
}

/** Today's date in Dhaka, `YYYY-MM-DD`, `daysAgo` days back. */
export function dhakaDate(now: Date, daysAgo = 0): string {
  const shifted = new Date(now.getTime() + 6 * 3_600_000 - daysAgo * 86_400_000);
  return shifted.toISOString().slice(0, 10);
}

/** A percentage typed by a person (`10`, `7.5`, `১২.২৫`) as basis points (1,000 = 10%); undefined otherwise. */
export function percentToBasisPoints(input: string): number | undefined {
  const text = input
    .replace(BENGALI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x09e6))
    .replace(/[%\s]/g, '');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return undefined;
  const [whole, fraction = ''] = text.split('.');
  const bps = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return bps <= 10_000 ? bps : undefined;
}
