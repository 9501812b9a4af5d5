/**
 * The dates this app stores and draws. Publication dates run from 1900 to today; an event may be dated from 1900 to
 * ten years after the publication that reports it (plans reach that far, nothing reported reaches further). Readers
 * draw four-digit years only, so whatever lies outside 1900-01-01 … 9999-12-31 is never handed to them.
 */

export const EARLIEST_DAY = '1900-01-01';
/** The last day a four-digit year can write; JavaScript's date parser reads no other. */
export const LATEST_READABLE_DAY = '9999-12-31';
/** How far after its publication an event may be dated: plans and timetables, not typing errors. */
export const PLAN_HORIZON_YEARS = 10;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A stored date range the readers can draw: two real days, in order, inside 1900-01-01 … 9999-12-31. */
export function isReadableRange(start: string, end: string): boolean {
  return isCalendarDay(start) && isCalendarDay(end) && start >= EARLIEST_DAY && end <= LATEST_READABLE_DAY && start <= end;
}

/** Today as YYYY-MM-DD (UTC). */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The last day of a publication date given as a day (YYYY-MM-DD) or a month (YYYY-MM). */
function lastDayOf(published: string): string {
  if (published.length === 10) return published;
  const [year, month] = published.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The day after `today`: a paper dated by its own time zone may be a day ahead of UTC. */
function dayAfter(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Why a publication date (already a real day or month) cannot be stored, or null: before 1900 or after today. */
export function publicationOutOfRange(published: string, today: string): string | null {
  if (lastDayOf(published) < EARLIEST_DAY) return `published ${published} is before ${EARLIEST_DAY}`;
  const latest = dayAfter(today);
  if (published > latest.slice(0, published.length)) return `published ${published} is after today (${today})`;
  return null;
}

/** The last day an event reported on `published` (or, when unknown, stored on `stored`) may be dated. */
export function eventHorizon(published: string | null, stored: string): string {
  const base = published ? lastDayOf(published) : stored;
  const year = Number(base.slice(0, 4)) + PLAN_HORIZON_YEARS;
  // 29 February ten years on is 28 February.
  const day = `${String(year).padStart(4, '0')}${base.slice(4)}`;
  return isCalendarDay(day) ? day : `${String(year).padStart(4, '0')}-02-28`;
}
