/** The article's own date as an EventDate, for events the text reports without a date of their own. */
import type { EventDate, PublicationDate } from '@/lib/domain/event';
import { dayOf, daysInMonth, isValidDate, iso, monthRange, type Day } from './calendar';
import { explained } from './explain';

/** The possible publication days: one day, or the first and last day of the month (null when there is no usable date). */
export function publicationAnchors(published: PublicationDate | null): { days: Day[]; month: { y: number; m: number } | null } {
  if (!published) return { days: [], month: null };
  const v = published.value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (day && published.precision === 'day') {
    const y = Number(day[1]), m = Number(day[2]), d = Number(day[3]);
    if (isValidDate(y, m, d)) return { days: [dayOf(y, m, d)], month: null };
  }
  const month = /^(\d{4})-(\d{2})/.exec(v);
  if (month) {
    const y = Number(month[1]), m = Number(month[2]);
    if (m >= 1 && m <= 12) return { days: [dayOf(y, m, 1), dayOf(y, m, daysInMonth(y, m))], month: { y, m } };
  }
  return { days: [], month: null };
}

/**
 * A day-precision publication gives that day (not approximate); a month-precision one gives the whole month,
 * approximate, since the event is only known to fall around an article that is itself only dated to the month.
 */
export function publicationDate(published: PublicationDate): EventDate {
  const { days, month } = publicationAnchors(published);
  if (days.length === 1) {
    const d = days[0]!;
    return {
      start: iso(d), end: iso(d), precision: 'day', approximate: false, mod: null, text: '', basis: 'publication',
      ...explained({ id: 'publication-day', day: iso(d) }),
    };
  }
  if (month) {
    const r = monthRange(month.y, month.m);
    return {
      start: iso(r.start), end: iso(r.end), precision: 'month', approximate: true, mod: null, text: '', basis: 'publication',
      ...explained({ id: 'publication-month', month: iso(r.start).slice(0, 7) }),
    };
  }
  throw new Error(`Unreadable publication date: ${JSON.stringify(published)}`);
}
