/**
 * The date-expression engine for Arabic news: finds date phrases and resolves them to calendar ranges against the
 * article's publication date. Pure and deterministic; all day arithmetic in UTC.
 *
 * Conventions (see also the lexicon files in lib/extract/lexicon/temporal):
 * - early/mid/late (أوائل/منتصف/أواخر…): a month in thirds (1–10, 11–20, 21–end), a year in Jan–Mar/May–Aug/Oct–Dec,
 *   a decade in years 0–3/4–6/7–9; precision is that of the containing unit, mod says which part.
 * - seasons: meteorological (spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb; «شتاء 2019» = Dec 2018–Feb 2019),
 *   precision 'quarter', approximate.
 * - weeks run Monday–Sunday (ISO).
 * - weekdays and year-less dates: past tense (the default, and 'unknown') → the latest on or before publication;
 *   future → the first on or after; a year-less day or month told in the present ('present': a headline, a relative
 *   clause, reported speech) → the one nearest publication. «الماضي/المقبل» after them exclude the publication day/month itself.
 * - vague: «قريبا»-type words → publication..31 Dec of that year, approximate, precision year; «مؤخرا», «في وقت سابق», «لاحقا» → null.
 * - «اليوم نفسه», «العام ذاته», «ذلك اليوم», «من العام نفسه»: counted from the date phrase written before them, not from
 *   publication; with none before them, date null.
 * - publication known only to the month: relative phrases are read against its first and last day and joined (approximate,
 *   precision at least month); a join that reaches at most a week outside that month is read as the month itself, and its
 *   reason says so. No publication date: relative and vague phrases get date null.
 */
import { normalizeArabic, toOriginalSpan } from '../normalize';
import { PARSERS } from './parsers';
import { publicationAnchors } from './publication';
import { neighbourPeriod } from './neighbours';
import { weekOfMonth } from './weeks-of-month';
import { joinRestated, refine, resolveHit } from './resolve';
import type { ReasonAnchor } from '@/lib/domain/date-reason';
import type { EventDate } from '@/lib/domain/event';
import { iso, parseIso, type Day } from './calendar';
import { phraseExplained, rangeOf } from './explain';
import { formatDateRange } from './format';
import { releaseScanCache, type Hit } from './hit';
import { SAME_AFTER, SAME_BEFORE, WEEKDAYS, countsFromTheStepBefore, fold, isUntilBound, quotedOnTheDayBefore } from './lexicon';
import type { FindTemporalMentions, TemporalMention } from './types';

export type { FindTemporalMentions, TemporalMention, TemporalOptions, Tense } from './types';
export { publicationDate } from './publication';
export { formatDateRange };

/** Harakat, the superscript alef and tatweel: they belong to the letter before them. */
const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;

export const findTemporalMentions: FindTemporalMentions = (text, published, options) => {
  if (typeof text !== 'string' || text.length === 0) return [];
  const norm = normalizeArabic(text);
  let hits: Hit[];
  try {
    hits = PARSERS.flatMap((p) => p.find(norm.text));
  } finally {
    releaseScanCache();
  }
  const kept = joinRestated(refine(hits, norm.text.length), norm.text);
  const { days, month } = publicationAnchors(published);
  const out: TemporalMention[] = [];
  type Previous = { day: Day; from: ReasonAnchor; end: number };
  let previous: Previous | null = null;
  /** The last date written to the day: «وفي نفس اليوم» after «في عام 2024» still counts from it. */
  let previousDay: Previous | null = null;
  const original = (h: Hit) => {
    const span = toOriginalSpan(norm, h.start, h.end);
    // Keep the harakat and tatweel written on the phrase's last letter («غداً», «1441 هـ») inside the span.
    while (span.end < text.length && isMark(text.charCodeAt(span.end))) span.end++;
    return { ...span, phrase: text.slice(span.start, span.end) };
  };
  const tenseAt = (start: number) => {
    const tense = options?.tenseAt?.(start) ?? 'past';
    return tense === 'past' || tense === 'future' || tense === 'present' || tense === 'putOff' || tense === 'unknown' ? tense : 'past';
  };
  for (const [i, found] of kept.entries()) {
    const sameEnd = sameAsEnd(norm.text, found);
    let h = sameEnd === null ? found : { ...found, end: sameEnd };
    let span = original(h);
    if (span.end <= span.start) continue;
    let date: EventDate | null;
    const notBefore = i > 0 ? kept[i - 1]!.end : 0;
    // Read again with the words before it: the period next to it, or the week its ordinal counts.
    const neighbour = sameEnd === null ? neighbourPeriod(norm.text, h, notBefore) ?? weekOfMonth(norm.text, h, notBefore) : null;
    const around = neighbour && original(neighbour);
    const shifted = around && resolveHit(neighbour, around.phrase, days, tenseAt(span.start), month);
    if (shifted) {
      [h, span, date] = [neighbour!, around!, shifted];
    } else {
      // «اليوم نفسه», «العام ذاته»: counted from the date written before it; with none, the phrase stays unplaced.
      // «ثم السعودية بعد يومين»: a count forward after a word of sequence is counted from the step before it.
      const fromBefore: boolean = sameEnd !== null || (previous !== null && (countsFromTheStepBefore(norm.text, h.start, h.end, previous.end) || quotedOnTheDayBefore(norm.text, h.start, h.end, previous.end)));
      const countedFrom = (p: Previous | null) => p && resolveHit({ ...h, kind: 'relative' }, span.phrase, [p.day], tenseAt(span.start), null, p.from);
      date = !fromBefore ? resolveHit(h, span.phrase, days, tenseAt(span.start), month) : countedFrom(previous);
      // «اليوم نفسه» after a date written only to the month or the year would be that period's first day, which nobody
      // wrote: it is the day of the last date written to the day, if any. («الأول من مايو من العام نفسه» names its day.)
      if (fromBefore && previous && previous !== previousDay && date?.precision === 'day' && date.start === iso(previous.day)) date = countedFrom(previousDay);
    }
    const phrase = span.phrase;
    out.push({ start: span.start, end: span.end, text: phrase, kind: h.kind, date: date ?? null });
    if (date && h.kind !== 'vague' && !isUntilBound(norm.text, h.start)) {
      previous = { day: parseIso(date.start)!, from: { anchor: 'previous', text: phrase, range: rangeOf(date) }, end: h.end };
      if (date.precision === 'day') previousDay = previous;
    }
  }
  if (month) onTheWeekdayStated(out);
  return out;
};

/** The weekday a phrase names, if it names one and no day of the month («يوم الخميس», «الخميس الماضي»). */
function weekdayNamed(phrase: string): number | null {
  if (/[0-9٠-٩]/.test(phrase)) return null;
  for (const w of fold(phrase).split(/[^\p{L}]+/u)) {
    const day = WEEKDAYS.get(w.replace(/^و?(?:ب|ل)?/, ''));
    if (day !== undefined) return day;
  }
  return null;
}

/**
 * «استقبل الرئيس يوم الخميس …» on a page dated only to its month, which further down writes «اليوم الخميس 9 يناير»:
 * the bare weekday, which the month alone cannot place, is the one the article dates in full, when that day lies
 * within the days it could be.
 */
function onTheWeekdayStated(mentions: TemporalMention[]): void {
  // The days written in full, with the weekday their words name before the number («اليوم الخميس 9 يناير»).
  const stated = mentions.filter((m) => m.date?.precision === 'day' && m.date.start === m.date.end && !m.date.approximate && /[0-9٠-٩]/.test(m.text))
    .map((m) => ({ m, weekday: weekdayNamed(m.text.replace(/[0-9٠-٩].*$/su, '')) }))
    .filter((x) => x.weekday !== null);
  for (const m of mentions) {
    if (!m.date || m.date.precision === 'day' || m.kind !== 'relative') continue;
    const day = weekdayNamed(m.text);
    if (day === null) continue;
    const full = stated.find((x) => x.weekday === day && x.m.date!.start >= m.date!.start && x.m.date!.start <= m.date!.end)?.m;
    if (!full) continue;
    const range = { start: full.date!.start, end: full.date!.start, precision: 'day' as const, approximate: false, mod: null };
    m.date = { ...m.date, ...range, ...phraseExplained(m.text, range, { id: 'same-weekday-stated', text: full.text }) };
  }
}

/**
 * Where a phrase that counts from the date before it ends: «اليوم نفسه» (past its «نفسه»), «العام ذاته» (the hit
 * holds the word), «ذلك اليوم» (the word before it); null for any other phrase.
 */
function sameAsEnd(folded: string, h: Hit): number | null {
  const lastWord = /[\p{L}]+$/u.exec(folded.slice(h.start, h.end))?.[0];
  if (lastWord && SAME_AFTER.has(lastWord)) return h.end;
  const after = /^\s+([\p{L}]+)/u.exec(folded.slice(h.end, h.end + 12));
  if (after && SAME_AFTER.has(after[1]!)) return h.end + after[0].length;
  const before = /([\p{L}]+)\s+$/u.exec(folded.slice(Math.max(0, h.start - 8), h.start));
  if (before && SAME_BEFORE.has(before[1]!)) return h.end;
  return null;
}
