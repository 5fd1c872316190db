/**
 * Date arithmetic on ISO calendar dates (AD, `YYYY-MM-DD`) in UTC, so results do not depend on the
 * device's time zone. Internal to the livelihood module.
 */

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y ?? Number.NaN, m ?? Number.NaN, d ?? Number.NaN];
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/**
 * The date `months` calendar months after `isoDate`, clamped to the end of a shorter month
 * (2026-01-31 plus one month is 2026-02-28), as employment anniversaries are usually counted.
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = parts(isoDate);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month1 = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month1));
  return `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Nepal Standard Time is UTC+05:45 all year (no daylight saving). */
const NEPAL_OFFSET_MS = (5 * 60 + 45) * 60_000;

/**
 * Today's date in Nepal as `YYYY-MM-DD`, whatever the device's time zone: from 18:15 UTC it is already the
 * next day in Nepal, and that is the day an offer is posted or a wage is due there.
 */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + NEPAL_OFFSET_MS).toISOString().slice(0, 10);
}
