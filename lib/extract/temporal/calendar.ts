/** Plain UTC day arithmetic. A `Day` is a whole number of days since 1970-01-01 (UTC); no local time zone is ever used. */

export type Day = number;
const MS = 86_400_000;

export function dayOf(y: number, m: number, d: number): Day {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  date.setUTCHours(0, 0, 0, 0);
  return Math.round(date.getTime() / MS);
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const date = new Date(day * MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  return dayOf(y, m + 1, 1) - dayOf(y, m, 1);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Adds n months to (y, m); returns the resulting year and month. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

/** The same day n months away (the last day of the month when it has no such day). */
export function monthsAway(day: Day, n: number): Day {
  const { y, m, d } = ymd(day);
  const other = addMonths(y, m, n);
  return dayOf(other.y, other.m, Math.min(d, daysInMonth(other.y, other.m)));
}

export function monthRange(y: number, m: number): { start: Day; end: Day } {
  return { start: dayOf(y, m, 1), end: dayOf(y, m, daysInMonth(y, m)) };
}

export function yearRange(y: number): { start: Day; end: Day } {
  return { start: dayOf(y, 1, 1), end: dayOf(y, 12, 31) };
}

export function iso(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIso(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : null;
}

/** ISO week (Monday–Sunday) containing the day. */
export function weekRange(day: Day): { start: Day; end: Day } {
  const offset = (weekday(day) + 6) % 7; // days since Monday
  return { start: day - offset, end: day - offset + 6 };
}
