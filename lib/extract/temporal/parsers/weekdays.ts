/** Weekdays: «الأربعاء», «يوم الأحد», «مساء الخميس», «الأحد المقبل», resolved by tense against publication. */
import { weekday } from '../calendar';
import { dirOf, effectiveTense, res } from '../anchor';
import { dayWithWeekday } from '../format';
import { parserOf } from '../hit';
import { WEEKDAYS, WEEKDAY_LABELS, WEEKDAY_PARTS, alt, lookup } from '../lexicon';
import { B, DIR, E, WD, anchor, re } from '../patterns';

const RX = re(String.raw`${B}(?:(?<q>${alt(WEEKDAY_PARTS)})\s+)?(?<wd>${WD})(?:\s+(?<dir>${DIR}))?${E}`, anchor(WEEKDAYS.keys()));
/** الاثنين is also "the two". */
const TWO_BEFORE = /(?:^|[^\p{L}])(?:بين|كلا|لكلا|هذين)\s+$/u;
const TWO_AFTER = /^\s+(?:معا|كليهما|كلاهما|اللذين|الذين)(?![\p{L}])/u;

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
    const name = WEEKDAY_LABELS.enLong[wd] ?? '';
    return {
      kind: 'relative', priority: 4,
      resolve: (a) => {
        if (!a) return null;
        const pw = weekday(a.day);
        const pub = dayWithWeekday(a.day);
        if (effectiveTense(a, dir === 'current' ? undefined : dir) === 'future') {
          let delta = (wd - pw + 7) % 7;
          if (delta === 0 && dir === 'next') delta = 7;
          const d = a.day + delta;
          return res(d, d, 'day', delta === 0 ? `the day of publication itself (${pub}), a ${name}` : `the ${name} after publication on ${pub}`);
        }
        let delta = (pw - wd + 7) % 7;
        if (delta === 0 && dir === 'past') delta = 7;
        const d = a.day - delta;
        return res(d, d, 'day', delta === 0 ? `the day of publication itself (${pub}), a ${name}` : `the ${name} before publication on ${pub}`);
      },
    };
  },
}]);
