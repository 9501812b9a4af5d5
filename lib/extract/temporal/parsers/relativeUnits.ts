/** Weeks, months and years counted from publication: «الأسبوع الماضي», «الشهر المقبل», «السنة الجارية», «هذا العام», «منذ عامين», «قبل حوالي شهرين», «بعد 3 أشهر», «في غضون أسبوعين». */
import { dayOf, isValidDate, monthsAway, ymd, type Day } from '../calendar';
import type { Precision } from '@/lib/domain/event';
import type { DateReason } from '@/lib/domain/date-reason';
import { countedFrom, dirOf, dirOffset, res, unitRange } from '../anchor';
import { parserOf } from '../hit';
import { AFTER, AGO, APPROX, CARDINALS, CURRENT_MONTH_AFTER_DAY, GENERAL_NOUNS, ORDINALS, SAME_AFTER, SPENT_AFTER_COUNT, UNIT_WORDS, VAGUE_CARDINALS, WITHIN, alt, lookup, type Unit } from '../lexicon';
import { A_UNIT, ART, B, DIR, E, ORD, THIS_W, anchor, dayNum, re } from '../patterns';

const UNIT = String.raw`(?:اسبوع|شهر|عام|سنه)`;
const UNIT_OF: Record<string, Unit> = { اسبوع: 'week', شهر: 'month', عام: 'year', سنه: 'year' };

/** The precision of a window «في غضون» a count of units bounds: a little coarser than the unit. */
const WITHIN_PRECISION: Record<Unit, Precision> = { day: 'week', week: 'month', month: 'month', year: 'year' };

/** The day `count` units after `day`. */
function unitsAfter(day: Day, unit: Unit, count: number): Day {
  return unit === 'day' ? day + count : unit === 'week' ? day + 7 * count : monthsAway(day, unit === 'month' ? count : 12 * count);
}

/** «الأسبوع قبل الماضي», «العام قبل الماضي»: the one before the last. */
const BEFORE_LAST = 'قبل';
const THIS_OR_DIR = re(String.raw`${B}(?:(?<this>${THIS_W})\s+ال(?<u1>${UNIT})|${ART}(?<u2>${UNIT})\s+(?:(?<before>${BEFORE_LAST})\s+)?(?<dir>${DIR}))${E}`, A_UNIT);
const COUNTED = re(
  String.raw`${B}(?<pre>${alt([...AGO, ...AFTER, ...WITHIN])})\s+(?:(?<ap>${alt(APPROX)})\s*)?(?:(?<n>\d{1,3}|${alt(CARDINALS.keys())})\s+(?<u>${alt(UNIT_WORDS.keys())})|(?<u0>${alt(UNIT_WORDS.keys())}))${E}(?!\s+(?:من|علي)\s)(?!\s*\p{N})`,
  anchor([...AGO, ...AFTER, ...WITHIN]),
);

/** «من 24 إلى 28 الشهر الحالي», «يومي 4 و5 من الشهر الجاري»: the last day of a stretch of days of that month. */
const TO_DAY = (g: string): string => String.raw`(?:\s*(?<${g}c>الي\s+غايه|الي|حتي|لغايه|-|و)\s*${dayNum(g)})?`;
/**
 * «في 12 من الشهر الماضي», «الـ15 من الشهر الجاري», «في 24 الشهر الحالي», «في العاشر من هذا الشهر», «في 12 من الشهر
 * ذاته» (counted from the date before it), «يوم 9 الجاري», «في السابع عشر من الحالي» (the month left out), and stretches
 * of them («من 24 إلى 28 الشهر الحالي», «من 3 إلى 5 الجاري»). «من» may be left out only after a number: «مجموعة العشرين الشهر الحالي» is the G20.
 */
const DAY_OF_MONTH = re(
  String.raw`${B}(?:(?<pair>يومي)\s+|يوم\s+)?(?:ال)?(?:(?:${dayNum('d')}${TO_DAY('de')}\s+(?:من\s+)?|(?<o>${ORD})\s+من\s+)(?:(?<this>${THIS_W})\s+الشهر|${ART}شهر\s+(?:(?<dir>${DIR})|(?<same>${alt(SAME_AFTER)})))|(?:${dayNum('dc')}${TO_DAY('dce')}\s+(?:من\s+)?|(?<oc>${ORD})\s+من\s+)(?<cur>${alt(CURRENT_MONTH_AFTER_DAY)}))${E}`,
  anchor(['شهر', ...CURRENT_MONTH_AFTER_DAY]),
);

export const relativeUnits = parserOf('relative weeks, months, years', [
  {
    pattern: THIS_OR_DIR,
    read(g, m, text) {
      const unit = UNIT_OF[g.u1 ?? g.u2 ?? ''];
      if (!unit) return null;
      const start = m.index;
      if (g.u2 === 'عام') {
        // «الأمين العام الحالي»: العام is the adjective "general" here.
        const prev = /([^\s]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
        if (prev && GENERAL_NOUNS.has(prev)) return null;
      }
      const dir = g.this ? 'current' : dirOf(g.dir);
      if (!dir || (g.before && dir !== 'past')) return null;
      const n = g.before ? -2 : dirOffset(dir);
      return {
        kind: 'relative', priority: 4,
        resolve: (a) => {
          if (!a) return null;
          const r = unitRange(a, unit, n);
          const y = ymd(a.day).y;
          const from = countedFrom(a);
          const why: DateReason = g.before ? { id: 'counted', count: 2, unit, approximate: false, future: false, from } : unit === 'year'
            ? { id: 'year-relative', dir, year: y, from }
            : dir === 'current' ? { id: 'unit-of', unit, from } : { id: 'unit-relative', unit, dir, from };
          return res(r.start, r.end, r.precision, unit === 'week' ? { id: 'weeks-monday-sunday', reason: why } : why);
        },
      };
    },
  },
  {
    pattern: DAY_OF_MONTH,
    read(g) {
      const first = g.d !== undefined ? Number(g.d) : g.dc !== undefined ? Number(g.dc) : lookup(ORDINALS, g.o ?? g.oc);
      const last = g.de ?? g.dce;
      // «في 4 و15 من الشهر»: two days joined by «و» make a stretch after «يومي» or when they follow each other; else
      // the month's words date only the day right before them.
      const apart = (g.dec ?? g.dcec) === 'و' && g.pair === undefined && Number(last) !== (first ?? 0) + 1;
      const day = apart ? Number(last) : first;
      const stretch = last !== undefined && !apart;
      const lastDay = stretch ? Number(last) : day;
      const dir = g.this || g.same || g.cur ? 'current' : dirOf(g.dir);
      if (day === undefined || lastDay === undefined || day < 1 || lastDay > 31 || lastDay < day || (stretch && lastDay === day) || !dir) return null;
      return {
        kind: 'relative', priority: 5,
        resolve: (a) => {
          if (!a) return null;
          const { y, m } = ymd(unitRange(a, 'month', dirOffset(dir)).start);
          if (!isValidDate(y, m, lastDay)) return null;
          const why: DateReason = { id: 'day-of-month', day, ...(stretch ? { last: lastDay } : {}), dir, from: countedFrom(a) };
          return res(dayOf(y, m, day), dayOf(y, m, lastDay), 'day', why);
        },
      };
    },
  },
  {
    pattern: COUNTED,
    read(g, m, text) {
      const uw = lookup(UNIT_WORDS, g.u ?? g.u0);
      if (!uw) return null;
      // «بعد ستة أيام قضاها خارج البلاد»: how long a stay lasted.
      const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(m.index + m[0].length))?.[1];
      if (nextWord && SPENT_AFTER_COUNT.has(nextWord)) return null;
      let count: number;
      let vagueCount = false;
      if (g.n !== undefined) {
        const n = /^\d+$/.test(g.n) ? Number(g.n) : lookup(CARDINALS, g.n);
        if (n === undefined || n < 1 || n > 200) return null;
        count = n;
        vagueCount = VAGUE_CARDINALS.has(g.n);
      } else if (uw.form === 'dual') count = 2;
      else if (uw.form === 'sing') count = 1;
      else return null; // «منذ سنوات»: handled as vague
      const unit = uw.unit;
      // «في غضون أسبوعين»: from the next day to that count later, as announced ahead.
      if (WITHIN.includes(g.pre ?? '')) {
        return {
          kind: 'relative', priority: 4,
          resolve: (a) => (a ? res(a.day + 1, unitsAfter(a.day, unit, count), WITHIN_PRECISION[unit], { id: 'within', count, unit, from: countedFrom(a) }, { approximate: true }) : null),
        };
      }
      const future = AFTER.includes(g.pre ?? '');
      const approximate = g.ap !== undefined || vagueCount;
      return {
        kind: 'relative', priority: 4,
        resolve: (a) => {
          if (!a) return null;
          const r = unitRange(a, unit, future ? count : -count);
          return res(r.start, r.end, r.precision, { id: 'counted', count, unit, approximate, future, from: countedFrom(a) }, { approximate });
        },
      };
    },
  },
]);
