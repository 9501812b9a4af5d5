/**
 * «بعد شهر رمضان», «قبل الصيف», «عقب انتهاء شهر أكتوبر»: a named month or season after «after» or «before» words does
 * not date the event inside it but next to it. The phrase takes the words in, and its range moves to the period of about
 * the same length that follows (or precedes) it, marked approximate: an analyst sees "about Mar 20–Apr 18", not Ramadan.
 * Days, years and parts of a year are left as they are: «بعد 7 أكتوبر», «قبل 2020» and «قبل نهاية العام» bound an event
 * without placing it.
 */
import type { Hit, Resolution } from './hit';
import { BEFORE_AFTER_PERIOD } from './lexicon';

const SPAN_DAYS: Partial<Record<Resolution['precision'], number>> = { month: 30, quarter: 90 };
const LOOK_BACK = 24;

function shifted(r: Resolution | null, side: 'after' | 'before'): Resolution | null {
  const length = r ? SPAN_DAYS[r.precision] : undefined;
  // «قبل نهاية العام»: before a part of a year is a deadline within it, not the season before.
  if (!r || length === undefined || r.mod) return null;
  const start = side === 'after' ? r.end + 1 : r.start - length;
  return { start, end: start + length - 1, precision: r.precision, approximate: true, mod: null, why: { id: 'neighbour-period', side, reason: r.why } };
}

/**
 * The hit read as the period next to a month or season, its span taking in the «after»/«before» words, when such words
 * come right before it (after `notBefore`, the end of the previous phrase); it resolves to null for a day or a year.
 */
export function neighbourPeriod(folded: string, h: Hit, notBefore: number): Hit | null {
  const from = Math.max(notBefore, h.start - LOOK_BACK);
  const m = BEFORE_AFTER_PERIOD.exec(folded.slice(from, h.start));
  if (!m) return null;
  const side = m.groups?.after ? 'after' : 'before';
  return { ...h, start: from + m.index + m[0].search(/\p{L}/u), resolve: (a) => shifted(h.resolve(a), side) };
}
