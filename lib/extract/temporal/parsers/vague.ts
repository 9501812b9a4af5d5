/**
 * Vague time words. «قريبا», «في القريب العاجل» (soon): publication to 31 Dec of that year, approximate, precision year —
 * the word itself announces the future, so it resolves whatever the clause tense, but places no event. «في الأيام المقبلة»
 * (the coming days) and «في الأسابيع المقبلة» (weeks) are bounded: from the anchor to a week or a month after it,
 * approximate, and they place an event like any relative date. «في وقت سابق», «مؤخرا», «لاحقا»: undated (null),
 * since they give no bound an analyst could check. «في وقت سابق من هذا الشهر/اليوم» is placed: from the start of that period to publication.
 */
import { addMonths, dayOf, daysInMonth, ymd } from '../calendar';
import { countedFrom, dirOf, dirOffset, res, unitRange } from '../anchor';
import { parserOf } from '../hit';
import { EARLIER_OF, VAGUE, alt, lookup, type Unit } from '../lexicon';
import { ART, B, DIR, E, THIS_W, anchor, re } from '../patterns';

const RX = re(String.raw`${B}(?<v>${alt(VAGUE.keys())})${E}`, anchor(VAGUE.keys()));
const EARLIER = re(
  String.raw`${B}${alt([EARLIER_OF])}\s+(?:(?<this>${THIS_W})\s+ال(?<u1>يوم|اسبوع|شهر|عام|سنه)|${ART}(?<u2>يوم|اسبوع|شهر|عام|سنه)(?:\s+(?<dir>${DIR}))?)${E}`,
  anchor([EARLIER_OF]),
);
const UNIT_OF: Record<string, Unit> = { يوم: 'day', اسبوع: 'week', شهر: 'month', عام: 'year', سنه: 'year' };

export const vague = parserOf('vague', [
  {
    pattern: RX,
    read(g) {
      const cls = lookup(VAGUE, g.v);
      if (!cls) return null;
      if (cls === 'comingDays' || cls === 'comingWeeks') {
        const unit = cls === 'comingDays' ? 'week' : 'month';
        return {
          kind: 'relative', priority: 3,
          resolve: (a) => {
            if (!a) return null;
            const { y, m, d } = ymd(a.day);
            const next = addMonths(y, m, 1);
            const end = unit === 'week' ? a.day + 7 : dayOf(next.y, next.m, Math.min(d, daysInMonth(next.y, next.m)));
            return res(a.day, end, unit, { id: 'coming', unit, from: countedFrom(a) }, { approximate: true });
          },
        };
      }
      return {
        kind: 'vague', priority: 3,
        resolve: (a) => {
          if (cls !== 'soon' || !a) return null;
          const y = ymd(a.day).y;
          return res(a.day, dayOf(y, 12, 31), 'year', { id: 'soon', from: countedFrom(a) }, { approximate: true });
        },
      };
    },
  },
  {
    pattern: EARLIER,
    read(g) {
      const unit = UNIT_OF[g.u1 ?? g.u2 ?? ''];
      if (!unit) return null;
      const dir = g.this ? 'current' : (dirOf(g.dir) ?? 'current');
      return {
        kind: 'relative', priority: 5,
        resolve: (a) => {
          if (!a) return null;
          const r = unitRange(a, unit, dirOffset(dir));
          const end = Math.min(r.end, a.day);
          return res(r.start, end, r.precision, { id: 'earlier-in', unit, from: countedFrom(a) }, { approximate: unit !== 'day' });
        },
      };
    },
  },
]);
