import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** "22 July 2020" for a day, "January 2018" for a month, "date unknown" when nothing is known. */
export function formatPublished(published: string | null, precision: 'day' | 'month' | null): string {
  if (!published || !precision) return 'date unknown';
  const date = dayjs.utc(precision === 'month' ? `${published}-01` : published);
  if (!date.isValid()) return published;
  return precision === 'month' ? date.format('MMMM YYYY') : date.format('D MMMM YYYY');
}
