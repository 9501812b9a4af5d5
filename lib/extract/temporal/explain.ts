/** The one-sentence explanation attached to every EventDate: «"الأربعاء" → Wed 22 Jul 2020: the Wednesday before publication on Thu 23 Jul 2020». */
import type { EventDate } from '@/lib/domain/event';
import type { Day } from './calendar';
import { dayWithWeekday, formatDateRange } from './format';

export function label(d: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'mod'>, startDay: Day, endDay: Day): string {
  if (d.precision === 'day' && startDay === endDay && !d.approximate) return dayWithWeekday(startDay);
  return formatDateRange(d, 'en');
}

export function explanation(text: string, d: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'mod'>, why: string): string {
  const s = Date.parse(d.start) / 86_400_000;
  const e = Date.parse(d.end) / 86_400_000;
  return `"${text}" → ${label(d, s, e)}: ${why}`;
}


