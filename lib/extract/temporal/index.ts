/**
 * The date-expression engine for Arabic news: finds date phrases and resolves them to calendar ranges against the
 * article's publication date. Pure and deterministic; all day arithmetic in UTC.
 *
 * Conventions (see also the lexicon files in lib/extract/lexicon/temporal):
 * - early/mid/late (أوائل/منتصف/أواخر…): a month in thirds (1–10, 11–20, 21–end), a year in Jan–Apr/May–Aug/Sep–Dec,
 *   a decade in years 0–3/4–6/7–9; precision is that of the containing unit, mod says which part.
 * - seasons: meteorological (spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb; «شتاء 2019» = Dec 2018–Feb 2019),
 *   precision 'quarter', approximate.
 * - weeks run Monday–Sunday (ISO).
 * - weekdays and year-less dates: past tense (the default, and 'unknown') → the latest on or before publication;
 *   future → the first on or after. «الماضي/المقبل» after them exclude the publication day/month itself.
 * - vague: «قريبا»-type words → publication..31 Dec of that year, approximate, precision year; «مؤخرا», «في وقت سابق», «لاحقا» → null.
 * - publication known only to the month: relative phrases are read against its first and last day and joined (approximate,
 *   precision at least month). No publication date: relative and vague phrases get date null.
 */
import { normalizeArabic, toOriginalSpan } from '../normalize';
import { PARSERS } from './parsers';
import { publicationAnchors } from './publication';
import { refine, resolveHit } from './resolve';
import { releaseScanCache, type Hit } from './hit';
import type { FindTemporalMentions, TemporalMention } from './types';

export type { FindTemporalMentions, TemporalMention, TemporalOptions, Tense } from './types';
export { publicationDate } from './publication';
export { formatDateRange } from './format';

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
  const kept = refine(hits, norm.text.length);
  const { days, month } = publicationAnchors(published);
  const out: TemporalMention[] = [];
  for (const h of kept) {
    const span = toOriginalSpan(norm, h.start, h.end);
    // Keep the harakat and tatweel written on the phrase's last letter («غداً», «1441 هـ») inside the span.
    while (span.end < text.length && isMark(text.charCodeAt(span.end))) span.end++;
    if (span.end <= span.start) continue;
    const phrase = text.slice(span.start, span.end);
    let tense = options?.tenseAt?.(span.start) ?? 'past';
    if (tense !== 'past' && tense !== 'future' && tense !== 'unknown') tense = 'past';
    out.push({ start: span.start, end: span.end, text: phrase, kind: h.kind, date: resolveHit(h, phrase, days, tense, month) });
  }
  return out;
};
