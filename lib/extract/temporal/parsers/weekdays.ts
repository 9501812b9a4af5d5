/** Weekdays: «الأربعاء», «يوم الأحد», «مساء الخميس», «الأحد المقبل», resolved by tense against publication. */
import type { DateReason } from '@/lib/domain/date-reason';
import { iso, weekday, type Day } from '../calendar';
import { dirOf, effectiveTense, res } from '../anchor';
import { parserOf, type Anchor } from '../hit';
import { WEEKDAYS, WEEKDAY_PARTS, alt, lookup, type Direction } from '../lexicon';
import { B, DIR, E, WD, anchor, re } from '../patterns';

const RX = re(String.raw`${B}(?:(?<q>${alt(WEEKDAY_PARTS)})\s+)?(?<wd>${WD})(?:\s+(?<dir>${DIR}))?${E}`, anchor(WEEKDAYS.keys()));
/** الاثنين is also "the two". */
const TWO_BEFORE = /(?:^|[^\p{L}])(?:بين|كلا|لكلا|هذين)\s+$/u;
const TWO_AFTER = /^\s+(?:معا|كليهما|كلاهما|اللذين|الذين)(?![\p{L}])/u;
/** A weekday told in the present up to three days back is the past one; four or more, the coming one. */
const DAYS_TO_THE_NEARER_PAST = 3;

/**
 * The day a weekday names, by tense against the day it is counted from: the next one (today included) for what lies
 * ahead, the last one (today included) for what is told as past, the nearer of the two for what is told in the present
 * («غادر … إلى موسكو، حيث يجري مباحثات يوم الاثنين», the day after a Sunday's page); «المقبل» and «الماضي» leave
 * today out.
 */
export function weekdayFrom(a: Anchor, wd: number, dir: Direction | undefined): { day: Day; why: DateReason } {
  const pw = weekday(a.day);
  // Named from the day it is counted from, which the explanation calls the publication.
  const pub = { anchor: 'publication', day: iso(a.day) } as const;
  const nearerAhead = a.tense === 'present' && dir === undefined && (pw - wd + 7) % 7 > DAYS_TO_THE_NEARER_PAST;
  if (nearerAhead || effectiveTense(a, dir === 'current' ? undefined : dir) === 'future') {
    let delta = (wd - pw + 7) % 7;
    if (delta === 0 && dir === 'next') delta = 7;
    return { day: a.day + delta, why: delta === 0 ? { id: 'publication-weekday', day: pub.day, weekday: wd } : { id: 'weekday-after', weekday: wd, from: pub } };
  }
  let delta = (pw - wd + 7) % 7;
  if (delta === 0 && dir === 'past') delta = 7;
  return { day: a.day - delta, why: delta === 0 ? { id: 'publication-weekday', day: pub.day, weekday: wd } : { id: 'weekday-before', weekday: wd, from: pub } };
}

export const weekdays = parserOf('weekdays', [{
  pattern: RX,
  read(g, m, text) {
    const wd = lookup(WEEKDAYS, g.wd);
    if (wd === undefined) return null;
    const start = m.index;
    const end = start + m[0].length;
    if (wd === 1 && !g.q && !g.dir) {
      if (TWO_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || TWO_AFTER.test(text.slice(end, end + 12))) return null;
    }
    const dir = dirOf(g.dir);
    return {
      kind: 'relative', priority: 4,
      resolve: (a) => {
        if (!a) return null;
        const { day, why } = weekdayFrom(a, wd, dir);
        return res(day, day, 'day', why);
      },
    };
  },
}]);
