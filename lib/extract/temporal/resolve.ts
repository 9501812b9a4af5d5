/** Refine (longest non-overlapping hits win) and resolve hits against the publication date into EventDates. */
import type { DateReason, ReasonAnchor } from '@/lib/domain/date-reason';
import type { EventDate, Precision } from '@/lib/domain/event';
import { PRECISIONS } from '@/lib/domain/event';
import { dayOf, daysInMonth, iso, type Day } from './calendar';
import { phraseExplained } from './explain';
import type { Anchor, Hit, Resolution } from './hit';
import { HIJRI_EQUIVALENCE } from './lexicon';
import type { Tense } from './types';

/** Keeps the longest hits (then the higher priority, then the earlier) that do not overlap; returns them sorted by start. */
export function refine(hits: Hit[], length: number): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const kept: Hit[] = [];
  for (const h of sorted) {
    if (h.end <= h.start || h.start < 0 || h.end > length) continue;
    let free = true;
    for (let i = h.start; i < h.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * «اليوم الثلاثاء الموافق 2023/3/7», «بعد غد الاثنين، الموافق 14 أبريل 2025», «السبت المقبل (10 فبراير)»: a date counted from publication that the
 * text restates right after it as a calendar date is one phrase, read as the calendar date: a page's date line may not be
 * the day its story was written.
 */
export function joinRestated(kept: Hit[], text: string): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < kept.length; i++) {
    const h = kept[i]!, next = kept[i + 1];
    // Only a day counted in words («اليوم», «بعد غد الاثنين»); «28 فبراير الجاري» above a date line is a date of its own.
    const counted = next !== undefined && h.kind !== 'absolute' && next.kind === 'absolute' && !/\p{N}/u.test(text.slice(h.start, h.end));
    // «السبت المقبل (العاشر من فبراير 2018)», «غدا - 5 مارس»: a bracket or a dash sets the restatement off as a comma does.
    const between = counted ? text.slice(h.end, next.start).replace(/[\s،,(\[\-–]+/gu, ' ').trim() : null;
    if (counted && between !== null && (between === '' || EQUIVALENCE.has(between))) {
      out.push({ ...next, start: h.start });
      i++;
    } else out.push(h);
  }
  return out;
}
const EQUIVALENCE = new Set(HIJRI_EQUIVALENCE);

const wider = (a: Precision, b: Precision): Precision => (PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b);

function safe(fn: () => Resolution | null): Resolution | null {
  try {
    const r = fn();
    if (!r || !Number.isFinite(r.start) || !Number.isFinite(r.end)) return null;
    return r.start <= r.end ? r : { ...r, start: r.end, end: r.start };
  } catch {
    return null;
  }
}

const rangeOfResolution = (r: Resolution) => ({ start: iso(r.start), end: iso(r.end), precision: r.precision, approximate: r.approximate, mod: r.mod });
const monthIso = ({ y, m }: { y: number; m: number }): string => `${y}-${String(m).padStart(2, '0')}`;

function toEventDate(text: string, r: Resolution, basis: EventDate['basis']): EventDate {
  const d = rangeOfResolution(r);
  return { ...d, text, basis, ...phraseExplained(text, d, r.why) };
}

/** The reason with every publication day it counts from replaced by the publication month. */
function fromMonth<T>(value: T, month: string): T {
  if (Array.isArray(value)) return value.map((v) => fromMonth(v, month)) as T;
  if (!value || typeof value !== 'object') return value;
  if ((value as Partial<ReasonAnchor>).anchor === 'publication') return { anchor: 'publication-month', month } as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromMonth(v, month)])) as T;
}

/**
 * Resolves one hit. Absolute hits ignore the publication date (except to pick a century); relative and vague ones are read
 * against each possible publication day: when the publication is known only to the month, the phrase is read against its
 * first and last day and the two readings are joined, with the precision widened to at least a month and approximate set.
 */
export function resolveHit(hit: Hit, text: string, anchors: Day[], tense: Tense, pubMonth: { y: number; m: number } | null, from?: ReasonAnchor): EventDate | null {
  if (hit.kind === 'absolute') {
    const first = anchors[0];
    const r = safe(() => hit.resolve(first === undefined ? null : { day: first, tense, from }));
    return r ? toEventDate(text, r, 'explicit') : null;
  }
  if (anchors.length === 0) return null;
  const rs = anchors.map((day) => safe(() => hit.resolve({ day, tense, from } satisfies Anchor)));
  const a = rs[0];
  const b = rs[rs.length - 1];
  if (!a || !b) return null;
  if (rs.length === 1 || (a.start === b.start && a.end === b.end)) {
    if (rs.length > 1 && pubMonth) {
      const why: DateReason = { id: 'same-any-day', reason: fromMonth(a.why, monthIso(pubMonth)) };
      return toEventDate(text, { ...a, why }, 'relative');
    }
    return toEventDate(text, a, 'relative');
  }
  const start = Math.min(a.start, b.start), end = Math.max(a.end, b.end);
  const month = pubMonth ? { start: dayOf(pubMonth.y, pubMonth.m, 1), end: dayOf(pubMonth.y, pubMonth.m, daysInMonth(pubMonth.y, pubMonth.m)) } : null;
  // «بدأ زيارة إلى النيجر في 21 من يوليو» on a page of July 2020: a day with no year, read against the month's first and
  // last days, falls a year apart; the reading inside the page's own month is the one meant.
  const inTheMonth = month && yearApart(a, b) ? [a, b].find((r) => r.start >= month.start && r.end <= month.end) : undefined;
  if (inTheMonth && pubMonth) return toEventDate(text, { ...inTheMonth, why: { id: 'page-month-reading', month: monthIso(pubMonth), reason: fromMonth(inTheMonth.why, monthIso(pubMonth)) } }, 'relative');
  // «أمس», «الخميس»: a day counted from a page known only to its month is told in that month, unless the page was
  // written in its first or last days; read as the month itself, and said so.
  const spills = month !== null && start < month.end && end > month.start && month.start - start <= MONTH_SPILL_DAYS && end - month.end <= MONTH_SPILL_DAYS
    && (start < month.start || end > month.end);
  const joined: Resolution = {
    start: spills ? Math.max(start, month.start) : start,
    end: spills ? Math.min(end, month.end) : end,
    precision: wider(wider(a.precision, b.precision), 'month'),
    approximate: true,
    mod: a.mod === b.mod ? a.mod : null,
    why: { id: 'month-only-publication', month: pubMonth && monthIso(pubMonth), first: rangeOfResolution(a), last: rangeOfResolution(b), ...(spills ? { withinTheMonth: true } : {}) },
  };
  return toEventDate(text, joined, 'relative');
}

/** Two readings of a year-less day or month, one a (solar or lunar) year after the other. */
const yearApart = (a: Resolution, b: Resolution) => Math.abs(b.start - a.start) >= LUNAR_YEAR_DAYS && Math.abs(b.start - a.start) <= LEAP_YEAR_DAYS && b.end - b.start === a.end - a.start;
const LUNAR_YEAR_DAYS = 354;
const LEAP_YEAR_DAYS = 366;

/** How many days a range counted from a month-only page may reach past that month and still be read as the month. */
const MONTH_SPILL_DAYS = 7;
