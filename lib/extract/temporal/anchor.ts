/** Resolution helpers shared by the parser families: choosing a year from the publication date and tense, splitting periods into parts. */
import type { DateReason, ReasonAnchor } from '@/lib/domain/date-reason';
import { YEAR_PART_MONTHS, type DateMod, type Precision } from '@/lib/domain/event';
import { addMonths, dayOf, daysInMonth, iso, monthRange, weekRange, yearRange, ymd, type Day } from './calendar';
import type { Anchor, Resolution } from './hit';
import { DIRECTIONS, MONTHS, lookup, type Direction, type Mod, type Unit } from './lexicon';

/** 'unknown' reads as 'past': news reports what happened. */
export function effectiveTense(anchor: Anchor, dir?: Direction): 'past' | 'future' {
  if (dir === 'past') return 'past';
  if (dir === 'next') return 'future';
  return anchor.tense === 'future' || anchor.tense === 'putOff' ? 'future' : 'past';
}

/** The day that stands for a month when only the month is named and the nearest one is wanted. */
const MID_MONTH = 15;

/** The year in which a day of the year (29 February where there is one) falls nearest the anchor day. */
function nearestYear(day: Day, m: number, d: number): number {
  const y = ymd(day).y;
  const candidates = [y - 1, y, y + 1].filter((c) => d <= daysInMonth(c, m));
  return candidates.reduce((best, c) => (Math.abs(dayOf(c, m, d) - day) < Math.abs(dayOf(best, m, d) - day) ? c : best));
}

export const dirOf = (word: string | undefined): Direction | undefined => lookup(DIRECTIONS, word);
export const dirOffset = (dir: Direction | undefined): number => (dir === 'past' ? -1 : dir === 'next' ? 1 : 0);

/** The month a month group names; none when a second name set off by a space only («آذار مارس») names another. */
export function monthOf(groups: Record<string, string | undefined> | undefined, g: string): number | undefined {
  const month = lookup(MONTHS, groups?.[g]);
  const spaced = groups?.[g + 's'];
  return spaced !== undefined && lookup(MONTHS, spaced) !== month ? undefined : month;
}

/** The day an explanation says a phrase is counted from: the anchor's own name, else the publication day. */
export const countedFrom = (a: Anchor): ReasonAnchor => a.from ?? { anchor: 'publication', day: iso(a.day) };

/**
 * The year of a month (and optional day) written without a year. dir past/next ("يوليو الماضي") excludes the
 * publication month itself; otherwise past tense takes the latest one on or before publication, future the next on or after.
 */
export function yearFor(anchor: Anchor, m: number, d: number | null, dir?: Direction): { y: number; why: DateReason } {
  const p = ymd(anchor.day);
  const key = (mm: number, dd: number) => mm * 100 + dd;
  const pk = d === null ? p.m * 100 : key(p.m, p.d);
  const k = d === null ? m * 100 : key(m, d);
  const what = { month: m, day: d, from: countedFrom(anchor) };
  if (dir === 'current') return { y: p.y, why: { id: 'year-of', ...what } };
  if (dir === 'past') return { y: k < pk ? p.y : p.y - 1, why: { id: 'last-before', ...what } };
  if (dir === 'next') return { y: k > pk ? p.y : p.y + 1, why: { id: 'next-after', ...what } };
  // Told in the present («نتوقع أن يتمكن الملك من المشاركة في القمة في أكتوبر») or put off («تأجل اللقاء الذي كان مقررا
  // في مارس»): the nearest, a month alone being the one whose middle is nearest.
  if (anchor.tense === 'present' || anchor.tense === 'putOff') return { y: nearestYear(anchor.day, m, d ?? MID_MONTH), why: { id: 'nearest-to', ...what } };
  if (effectiveTense(anchor) === 'future') return { y: k >= pk ? p.y : p.y + 1, why: { id: 'first-on-or-after', ...what } };
  return { y: k <= pk ? p.y : p.y - 1, why: { id: 'latest-on-or-before', ...what } };
}

/**
 * Splits a range by convention: a month in thirds (1–10/11–20/21–end), a decade (0–3/4–6/7–9), a week's days (1–3/3–5/5–7);
 * a year's start and end are its first and last quarters (Jan–Mar, Oct–Dec: «مطلع العام», «نهاية العام» are what analysts
 * read as Q1 and Q4) and its middle May–Aug.
 */
/**
 * The precision of a part of a unit: a year's start or end is one of its quarters (read so by analysts, and exactly that
 * range); its middle, and the parts of other units, keep the unit's.
 */
export function partPrecision(precision: Precision, unit: 'week' | 'month' | 'year', mod: Mod): Precision {
  return unit === 'year' && mod !== 'mid' ? 'quarter' : precision;
}

export function applyMod(start: Day, end: Day, unit: 'week' | 'month' | 'year' | 'decade', mod: Mod): { start: Day; end: Day } {
  const a = ymd(start);
  switch (unit) {
    case 'month': {
      const last = daysInMonth(a.y, a.m);
      if (mod === 'early') return { start: dayOf(a.y, a.m, 1), end: dayOf(a.y, a.m, 10) };
      if (mod === 'mid') return { start: dayOf(a.y, a.m, 11), end: dayOf(a.y, a.m, 20) };
      return { start: dayOf(a.y, a.m, 21), end: dayOf(a.y, a.m, last) };
    }
    case 'year': {
      const [first, last] = YEAR_PART_MONTHS[mod];
      return { start: dayOf(a.y, first, 1), end: dayOf(a.y, last, daysInMonth(a.y, last)) };
    }
    case 'decade': {
      const d0 = a.y - (a.y % 10);
      if (mod === 'early') return { start: dayOf(d0, 1, 1), end: dayOf(d0 + 3, 12, 31) };
      if (mod === 'mid') return { start: dayOf(d0 + 4, 1, 1), end: dayOf(d0 + 6, 12, 31) };
      return { start: dayOf(d0 + 7, 1, 1), end: dayOf(d0 + 9, 12, 31) };
    }
    case 'week':
      if (mod === 'early') return { start, end: start + 2 };
      if (mod === 'mid') return { start: start + 2, end: start + 4 };
      return { start: start + 4, end };
  }
  return { start, end };
}


/** The calendar unit (week, month, year) containing the publication day shifted by n units. */
export function unitRange(anchor: Anchor, unit: Unit, n: number): { start: Day; end: Day; precision: Precision } {
  const p = ymd(anchor.day);
  switch (unit) {
    case 'day':
      return { start: anchor.day + n, end: anchor.day + n, precision: 'day' };
    case 'week': {
      const w = weekRange(anchor.day + 7 * n);
      return { ...w, precision: 'week' };
    }
    case 'month': {
      const t = addMonths(p.y, p.m, n);
      return { ...monthRange(t.y, t.m), precision: 'month' };
    }
    case 'year':
      return { ...yearRange(p.y + n), precision: 'year' };
  }
}

export function res(start: Day, end: Day, precision: Precision, why: DateReason, extra: { approximate?: boolean; mod?: DateMod | null } = {}): Resolution {
  return { start, end, precision, approximate: extra.approximate ?? false, mod: extra.mod ?? null, why };
}
