/**
 * Vague time words. «قريبا», «في القريب العاجل» (soon): publication to 31 Dec of that year, approximate, precision year —
 * the word itself announces the future, so it resolves whatever the clause tense, but places no event. «خلال الساعات
 * المقبلة» (the coming hours) is the anchor's day or the next, approximate; «في الأيام المقبلة» (the coming days) and «في الأسابيع المقبلة» (weeks) are bounded: from the anchor to a week or a month after it,
 * approximate, and they place an event like any relative date; «قبل أيام» and «قبل أسابيع» mirror them: the week before the
 * anchor, or from a month to a week before it — unless counted from an event («قبل أيام من الزيارة»), which is not the
 * anchor. «في وقت سابق», «مؤخرا», «لاحقا»: undated (null),
 * since they give no bound an analyst could check. «في وقت سابق من هذا الشهر/اليوم» is placed: from the start of that period to
 * publication; «في وقت لاحق من هذا العام» from the day after publication to the period's end.
 */
import { dayOf, monthsAway, ymd } from '../calendar';
import { countedFrom, dirOf, dirOffset, res, unitRange } from '../anchor';
import { parserOf, type Pattern, type Rule } from '../hit';
import { EARLIER_OF, LATER_OF, VAGUE, alt, lookup, type Unit } from '../lexicon';
import { ART, B, DIR, E, THIS_W, anchor, re } from '../patterns';

const RX = re(String.raw`${B}(?<v>${alt(VAGUE.keys())})${E}`, anchor(VAGUE.keys()));
/**
 * «في وقت سابق من هذا الشهر», «في وقت لاحق من العام الجاري»: earlier or later in a period counted from the anchor. The
 * period may follow the opener without its «من» («في وقت لاحق اليوم», «في وقت لاحق هذا العام»).
 */
const inThePeriod = (opener: string) => {
  const bare = opener.replace(/\s+\S+$/, '');
  const of = opener.slice(bare.length).trim();
  return re(
    String.raw`${B}${alt([bare])}(?:\s+${of})?\s+(?:(?<this>${THIS_W})\s+ال(?<u1>يوم|اسبوع|شهر|عام|سنه)|${ART}(?<u2>يوم|اسبوع|شهر|عام|سنه)(?:\s+(?<dir>${DIR}))?)${E}`,
    anchor([bare]),
  );
};
const EARLIER = inThePeriod(EARLIER_OF);
const LATER = inThePeriod(LATER_OF);
const UNIT_OF: Record<string, Unit> = { يوم: 'day', اسبوع: 'week', شهر: 'month', عام: 'year', سنه: 'year' };
/** «قبل أيام من انعقاد القمة»: a distance from an event, not from the publication day (the text is folded: «على» may be «علي»). */
const FROM_AN_EVENT = /^\s+(?:من|على|علي)(?![\p{L}\p{N}])/u;

/**
 * «في وقت سابق من هذا الشهر»: the period's start up to the anchor; «في وقت لاحق من هذا العام»: from the day after the
 * anchor (or the period's start, if it lies ahead) to its end.
 */
function partOfThePeriod(pattern: Pattern, id: 'earlier-in' | 'later-in'): Rule {
  return {
    pattern,
    read(g) {
      const unit = UNIT_OF[g.u1 ?? g.u2 ?? ''];
      if (!unit) return null;
      const dir = g.this ? 'current' : (dirOf(g.dir) ?? 'current');
      return {
        kind: 'relative', priority: 5,
        resolve: (a) => {
          if (!a) return null;
          const r = unitRange(a, unit, dirOffset(dir));
          // Later in the day is still that day: the event is ahead of the writing, not of the date; earlier in it too.
          // Earlier in a longer period ends before the anchor's day, as later in it starts after.
          const laterFrom = unit === 'day' ? a.day : a.day + 1;
          const earlierTo = unit === 'day' ? a.day : a.day - 1;
          const [start, end] = id === 'earlier-in' ? [r.start, Math.min(r.end, earlierTo)] : [Math.max(r.start, laterFrom), r.end];
          if (start > end) return null;
          return res(start, end, r.precision, { id, unit, from: countedFrom(a) }, { approximate: unit !== 'day' });
        },
      };
    },
  };
}

export const vague = parserOf('vague', [
  {
    pattern: RX,
    read(g, m, text) {
      const cls = lookup(VAGUE, g.v);
      if (!cls) return null;
      if (cls === 'comingHours' || cls === 'comingDays' || cls === 'comingWeeks') {
        const unit = cls === 'comingHours' ? 'day' : cls === 'comingDays' ? 'week' : 'month';
        // «خلال ساعات» without «المقبلة»: ahead only in a clause told in the future («سيتوجه الوزير خلال ساعات»); «ثالث
        // مباحثات هاتفية خلال ساعات» counts what a few hours held.
        const bare = !/(?:المقبله|القادمه)$/u.test(g.v!);
        return {
          kind: 'relative', priority: 3,
          resolve: (a) => {
            if (!a || (bare && a.tense !== 'future')) return null;
            const end = unit === 'day' ? a.day + 1 : unit === 'week' ? a.day + 7 : monthsAway(a.day, 1);
            return res(a.day, end, unit, { id: 'coming', unit, from: countedFrom(a) }, { approximate: true });
          },
        };
      }
      if (cls === 'pastDays' || cls === 'pastWeeks') {
        if (FROM_AN_EVENT.test(text.slice(m.index + m[0].length))) return null;
        const unit = cls === 'pastDays' ? 'week' : 'month';
        return {
          kind: 'relative', priority: 3,
          resolve: (a) => {
            if (!a) return null;
            const start = unit === 'week' ? a.day - 7 : monthsAway(a.day, -1);
            const end = unit === 'week' ? a.day - 1 : a.day - 7;
            return res(start, end, unit, { id: 'past-few', unit, from: countedFrom(a) }, { approximate: true });
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
  partOfThePeriod(EARLIER, 'earlier-in'),
  partOfThePeriod(LATER, 'later-in'),
]);
