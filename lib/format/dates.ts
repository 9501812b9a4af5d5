/**
 * Dates as a reader sees them, in English or Arabic, through dayjs and its Arabic locale: event dates with their
 * precision ("22 Jul 2020", "Oct 2017", "H2 2020", "≈ Apr 2022" / «22 يوليو 2020», «أكتوبر 2017», «النصف الثاني
 * 2020», «حوالي أبريل 2022»), publication days and months, weekdays, timestamps and chart axis labels. Every date
 * is a calendar day in UTC; digits stay Western in both languages, as the app's Arabic sources write them.
 */
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/ar';
import utc from 'dayjs/plugin/utc';
import type { EventDate } from '@/lib/domain/event';

dayjs.extend(utc);

export type DateLocale = 'en' | 'ar';

/**
 * A calendar day (YYYY-MM-DD) or month (YYYY-MM) as a dayjs date at midnight UTC, in the reader's language; invalid
 * when it names no real day (dayjs alone would roll "2020-13" over into January 2021).
 */
export function calendarDay(iso: string, locale: DateLocale = 'en'): Dayjs {
  const day = iso.length === 7 ? `${iso}-01` : iso;
  const date = dayjs.utc(day).locale(locale);
  return date.isValid() && date.format('YYYY-MM-DD') === day ? date : dayjs.utc(Number.NaN);
}

/** The words dates are written with, beside dayjs's month and weekday names. */
const WORDS = {
  en: {
    day: 'D MMM YYYY',
    dayMonth: 'D MMM',
    weekdayDay: 'ddd D MMM YYYY',
    month: 'MMM YYYY',
    monthAlone: 'MMM',
    longDay: 'D MMMM YYYY',
    longMonth: 'MMMM YYYY',
    mod: { early: 'early', mid: 'mid', late: 'late' },
    quarter: (q: number, year: number) => `Q${q} ${year}`,
    half: (h: number, year: number) => `H${h} ${year}`,
    decade: (start: number) => `${start}s`,
    approximately: (label: string) => `≈ ${label}`,
    unknown: 'date unknown',
    timestamp: 'D MMMM YYYY, HH:mm [UTC]',
  },
  ar: {
    day: 'D MMMM YYYY',
    dayMonth: 'D MMMM',
    weekdayDay: 'dddd D MMMM YYYY',
    month: 'MMMM YYYY',
    monthAlone: 'MMMM',
    longDay: 'D MMMM YYYY',
    longMonth: 'MMMM YYYY',
    mod: { early: 'أوائل', mid: 'منتصف', late: 'أواخر' },
    quarter: (q: number, year: number) => `الربع ${ORDINALS_AR[q - 1]} ${year}`,
    half: (h: number, year: number) => `النصف ${ORDINALS_AR[h - 1]} ${year}`,
    decade: (start: number) => `${start}–${start + 9}`,
    approximately: (label: string) => `حوالي ${label}`,
    unknown: 'تاريخ غير معروف',
    timestamp: 'D MMMM YYYY، HH:mm [بالتوقيت العالمي]',
  },
} as const;

const ORDINALS_AR = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

/** "22 Jul 2020" / «22 يوليو 2020»; with `weekday`, "Wed 22 Jul 2020" / «الأربعاء 22 يوليو 2020». */
export function formatDay(iso: string, locale: DateLocale, options: { weekday?: boolean; long?: boolean } = {}): string {
  const words = WORDS[locale];
  return calendarDay(iso, locale).format(options.weekday ? words.weekdayDay : options.long ? words.longDay : words.day);
}

/** "Oct 2017" / «أكتوبر 2017»; `long`: "October 2017". */
export function formatMonth(iso: string, locale: DateLocale, options: { long?: boolean } = {}): string {
  const words = WORDS[locale];
  return calendarDay(iso, locale).format(options.long ? words.longMonth : words.month);
}

/** A month's name alone (1–12): "Jul" / «يوليو»; `long`: "July". */
export function formatMonthName(month: number, locale: DateLocale, options: { long?: boolean } = {}): string {
  return dayjs.utc(Date.UTC(2000, month - 1, 1)).locale(locale).format(options.long ? 'MMMM' : WORDS[locale].monthAlone);
}

/** A weekday's name (0 = Sunday … 6 = Saturday): "Wednesday" / «الأربعاء». */
export function formatWeekday(weekday: number, locale: DateLocale): string {
  // 2 Jan 2000 was a Sunday.
  return dayjs.utc(Date.UTC(2000, 0, 2 + weekday)).locale(locale).format('dddd');
}

/** What stands for a date nobody knows. */
export function unknownDate(locale: DateLocale): string {
  return WORDS[locale].unknown;
}

/** "11 May 2022, 14:05 UTC" / «11 مايو 2022، 14:05 بالتوقيت العالمي»: when something was made (a snapshot). */
export function formatTimestamp(at: Date, locale: DateLocale): string {
  return dayjs.utc(at).locale(locale).format(WORDS[locale].timestamp);
}

const startOfMonth = (d: Dayjs) => d.date() === 1;
const endOfMonth = (d: Dayjs) => d.date() === d.daysInMonth();
const monthAligned = (a: Dayjs, b: Dayjs) => startOfMonth(a) && endOfMonth(b);
const yearAligned = (a: Dayjs, b: Dayjs) => a.month() === 0 && a.date() === 1 && b.month() === 11 && b.date() === 31;

/** "13–15 Jun 2021", "30 Jun–2 Jul 2021", "30 Dec 2021–2 Jan 2022". */
function dayRange(a: Dayjs, b: Dayjs, locale: DateLocale): string {
  const words = WORDS[locale];
  if (a.isSame(b, 'day')) return a.format(words.day);
  if (a.isSame(b, 'month')) return `${a.format('D')}–${b.format(words.day)}`;
  if (a.isSame(b, 'year')) return `${a.format(words.dayMonth)}–${b.format(words.day)}`;
  return `${a.format(words.day)}–${b.format(words.day)}`;
}

/** "Oct 2017", "Oct–Dec 2017", "Nov 2017–Feb 2018"; days when the range does not follow month edges. */
function monthRange(a: Dayjs, b: Dayjs, locale: DateLocale): string {
  const words = WORDS[locale];
  if (!monthAligned(a, b)) return dayRange(a, b, locale);
  if (a.isSame(b, 'month')) return a.format(words.month);
  if (a.isSame(b, 'year')) return `${a.format(words.monthAlone)}–${b.format(words.month)}`;
  return `${a.format(words.month)}–${b.format(words.month)}`;
}

function yearRange(a: Dayjs, b: Dayjs, locale: DateLocale): string {
  if (!yearAligned(a, b)) return monthRange(a, b, locale);
  return a.year() === b.year() ? `${a.year()}` : `${a.year()}–${b.year()}`;
}

/** The label of an event's date, saying as much as its precision allows and no more. */
export function formatEventDate(date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'mod'>, locale: DateLocale): string {
  const words = WORDS[locale];
  const a = calendarDay(date.start, locale);
  const b = calendarDay(date.end, locale);
  if (!a.isValid() || !b.isValid()) return `${date.start}–${date.end}`;
  const mod = date.mod ? words.mod[date.mod] : null;
  // Only quarters and halves need it, and a month difference is the dearest step of a label.
  const months = () => b.diff(a, 'month') + 1;
  let core: string;
  switch (date.precision) {
    case 'month':
      core = mod ? `${mod} ${a.format(words.month)}` : monthRange(a, b, locale);
      break;
    case 'quarter':
      // «مطلع 2018» is said "early 2018", as the text says it, though its range is the first quarter.
      core = mod ? `${mod} ${a.year()}` : a.isSame(b, 'year') && a.month() % 3 === 0 && monthAligned(a, b) && months() === 3 ? words.quarter(a.month() / 3 + 1, a.year()) : monthRange(a, b, locale);
      break;
    case 'half':
      core = a.isSame(b, 'year') && a.month() % 6 === 0 && monthAligned(a, b) && months() === 6 ? words.half(a.month() / 6 + 1, a.year()) : monthRange(a, b, locale);
      break;
    case 'year':
      core = mod ? `${mod} ${a.year()}` : yearRange(a, b, locale);
      break;
    case 'decade': {
      const first = Math.floor(a.year() / 10) * 10;
      const last = Math.floor(b.year() / 10) * 10;
      const whole = yearAligned(a, b) && a.year() === first && b.year() === last + 9;
      if (mod) core = `${mod} ${words.decade(first)}`;
      else if (whole) core = first === last ? words.decade(first) : `${words.decade(first)}–${words.decade(last)}`;
      else core = yearRange(a, b, locale);
      break;
    }
    default:
      core = dayRange(a, b, locale);
  }
  return date.approximate ? words.approximately(core) : core;
}

/** The units a chart axis counts in (vis-timeline's scales). */
export type AxisScale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

/**
 * Axis labels in the reader's language: the minor row names each tick ("Mar", «مارس», "14", "2019"), the major row
 * the larger unit it belongs to ("2019", "March 2019"). Scales finer than a day never occur on a chart of days.
 */
export function axisLabel(at: Date, scale: AxisScale, row: 'minor' | 'major', locale: DateLocale): string {
  const words = WORDS[locale];
  const date = dayjs.utc(at).locale(locale);
  if (row === 'minor') {
    if (scale === 'year') return date.format('YYYY');
    if (scale === 'month') return date.format(words.monthAlone);
    return date.format('D');
  }
  if (scale === 'year') return '';
  if (scale === 'month') return date.format('YYYY');
  return date.format(words.longMonth);
}
