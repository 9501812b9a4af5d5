/**
 * The explanation attached to every EventDate: a reason in no language (lib/domain/date-reason.ts) and its English
 * sentence, «"الأربعاء" → Wed 22 Jul 2020: the Wednesday before publication on Thu 23 Jul 2020».
 */
import type { DateReason, EventDay, ReasonRange } from '@/lib/domain/date-reason';
import { iso, parseIso } from './calendar';
import type { EventDate } from '@/lib/domain/event';
import { renderDateReason } from '@/lib/i18n/date-reasons';

export const rangeOf = (d: ReasonRange): ReasonRange => ({ start: d.start, end: d.end, precision: d.precision, approximate: d.approximate, mod: d.mod });

/** A date's reason and the English sentence stored beside it. */
export function explained(reason: DateReason): Pick<EventDate, 'reason' | 'explanation'> {
  return { reason, explanation: renderDateReason(reason, 'en') };
}

/** The reason of a date, or its English sentence when it has none (a date made by hand). */
export const reasonOf = (date: EventDate): DateReason => date.reason ?? { id: 'as-written', en: date.explanation };

/** The explanation of a date phrase: the phrase, the range it gives and why. */
export const phraseExplained = (text: string, d: ReasonRange, why: DateReason): Pick<EventDate, 'reason' | 'explanation'> =>
  explained({ id: 'phrase', text, range: rangeOf(d), reason: why });

/**
 * The first, the last or the nth day of an event's days («في ختام الزيارة», «في اليوم الثاني من الزيارة»), explained as
 * such; one day, a coarser date, or days fewer than the nth, stay.
 */
export function dayAtEnd(date: EventDate, end: EventDay): EventDate {
  if (date.precision !== 'day' || date.start === date.end) return date;
  const first = parseIso(date.start)!;
  if (typeof end === 'number' && first + end - 1 > parseIso(date.end)!) return date;
  const day = end === 'last' ? date.end : end === 'first' ? date.start : iso(first + end - 1);
  return { ...date, start: day, end: day, ...explained({ id: 'end-of-event', end, reason: reasonOf(date) }) };
}
