/**
 * «الأسبوع الثاني من شهر يونيو», «في الأسبوع الأول من الشهر المقبل»: an ordinal after the word for week counts weeks of
 * the month, not its days. The day-of-month reading the parsers make («الثاني من شهر يونيو», 2 June) becomes that week:
 * days 8–14, precision week; the fifth week is what is left of the month after day 28.
 */
import type { Hit, Resolution } from './hit';
import { daysInMonth, dayOf, ymd } from './calendar';
import { WEEK_WORDS } from './lexicon';

const WEEKS_IN_A_MONTH = 5;
/** How far before a phrase the week word is looked for: «الأسبوع» and the spaces after it. */
const LOOK_BACK = 16;
const DAYS_IN_A_WEEK = 7;

function asWeek(r: Resolution | null): Resolution | null {
  if (!r || r.precision !== 'day' || r.start !== r.end) return null;
  const { y, m, d: week } = ymd(r.start);
  const first = (week - 1) * DAYS_IN_A_WEEK + 1;
  const last = Math.min(week * DAYS_IN_A_WEEK, daysInMonth(y, m));
  if (week > WEEKS_IN_A_MONTH || first > last) return null;
  return { start: dayOf(y, m, first), end: dayOf(y, m, last), precision: 'week', approximate: false, mod: null, why: { id: 'week-of-month', week, first, last, reason: r.why } };
}

/** The hit read as a week of its month, its span taking in the week word, when that word comes right before it. */
export function weekOfMonth(folded: string, h: Hit, notBefore: number): Hit | null {
  const from = Math.max(notBefore, h.start - LOOK_BACK);
  const before = folded.slice(from, h.start).trimEnd();
  const word = WEEK_WORDS.find((w) => before.endsWith(w) && (before.length === w.length ? from === notBefore || !/\p{L}/u.test(folded[from - 1] ?? '') : /\s/.test(before[before.length - w.length - 1]!)));
  if (!word) return null;
  return { ...h, start: from + before.length - word.length, resolve: (a) => asWeek(h.resolve(a)) };
}
