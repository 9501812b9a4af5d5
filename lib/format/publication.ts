import { calendarDay, formatDay, formatMonth, unknownDate, type DateLocale } from './dates';

/** "22 July 2020" for a day, "January 2018" for a month, "date unknown" when nothing is known; in the reader's language. */
export function formatPublished(published: string | null, precision: 'day' | 'month' | null, locale: DateLocale = 'en'): string {
  if (!published || !precision) return unknownDate(locale);
  if (!calendarDay(published).isValid()) return published;
  return precision === 'month' ? formatMonth(published, locale, { long: true }) : formatDay(published, locale, { long: true });
}
