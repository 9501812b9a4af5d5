/**
 * Parts of periods: «أوائل أفريل», «مطلع شهر أكتوبر 2017», «أواخر العام الماضي», «منتصف 2019», «نهاية الشهر الجاري»,
 * «النصف الثاني من العام الجاري», «الربع الأول من 2021», «الفصل الثالث», «الثلث الأخير من هذا العام». See anchor.ts applyMod for the thirds convention.
 */
import { dayOf, monthRange, yearRange, ymd } from '../calendar';
import type { DateReason } from '@/lib/domain/date-reason';
import { applyMod, countedFrom, partPrecision, dirOf, dirOffset, monthOf, res, unitRange, yearFor } from '../anchor';
import { parserOf, type Anchor, type Groups, type Resolution } from '../hit';
import { HALVES, PARTS, QUARTERS, THIRDS, alt, lookup, type Unit } from '../lexicon';
import { A_DIGIT, A_MONTH, A_UNIT, ART, B, anchor, DIR, E, PART, SEP, THIS_W, YEAR_NOUN, monthX, re, relYear, year, yearPhrase } from '../patterns';

const PART_MONTH = re(
  String.raw`${B}(?<p>${PART})\s+(?:شهر\s+)?${monthX('m')}(?:${SEP}${yearPhrase('y')}|\s+(?:من\s+)?${relYear('rd')}|\s+(?<md>${DIR})${E})?`,
  A_MONTH,
);
const PART_YEAR = re(String.raw`${B}(?<p>${PART})\s+(?:(?:من\s+)?${YEAR_NOUN})?${year('y')}`, A_DIGIT);
const PART_REL = re(
  String.raw`${B}(?<p>${PART})\s+(?:(?<this>${THIS_W})\s+ال(?<u1>اسبوع|شهر|عام|سنه)|${ART}(?<u2>اسبوع|شهر|عام|سنه)(?:\s+(?:(?<dir>${DIR})|(?<nw>الجديد|الجديده)))?)${E}`,
  A_UNIT,
);
const HALF_QUARTER = re(
  String.raw`${B}(?<h>${alt([...HALVES.keys(), ...QUARTERS.keys(), ...THIRDS.keys()])})\s*(?:من\s+|ل)?(?:(?:${ART}?(?:عام|سنه)\s+)?${year('y')}|${relYear('rd')})`,
  anchor([...HALVES.keys(), ...QUARTERS.keys(), ...THIRDS.keys()]),
);

/** «النصف الثاني من يونيو المقبل», «النصف الأول من شهر نيسان»: days 1–15 or 16–end of a month. */
const HALF_MONTH = re(
  String.raw`${B}(?<h>${alt(HALVES.keys())})\s+من\s+(?:شهر\s+)?${monthX('m')}(?:${SEP}${yearPhrase('y')}|\s+(?:من\s+)?${relYear('rd')}|\s+(?<md>${DIR})${E})?`,
  anchor(HALVES.keys()),
);

const UNIT_OF: Record<string, Unit> = { اسبوع: 'week', شهر: 'month', عام: 'year', سنه: 'year' };
/** From this month on, «العام الجديد» is the coming year rather than the one under way. */
const NEW_YEAR_AHEAD_FROM_MONTH = 10;

/** The year a half/quarter/part belongs to: stated, or counted from publication. */
function yearOf(g: Groups, a: Anchor | null): { y: number; why: DateReason } | null {
  if (g.y) return { y: Number(g.y), why: { id: 'year-stated' } };
  if (!a) return null;
  const y = ymd(a.day).y + dirOffset(dirOf(g.rd));
  return { y, why: { id: 'year-counted', from: countedFrom(a) } };
}

export const periodParts = parserOf('parts of periods', [
  {
    pattern: PART_MONTH,
    read(g, m) {
      const mod = lookup(PARTS, g.p);
      const month = monthOf(g, 'm');
      if (!mod || month === undefined) return null;
      const hasRelYear = g.rd !== undefined || /(?:عام|سنه)$/u.test(m[0]);
      const explicit = g.y !== undefined;
      return {
        kind: explicit ? 'absolute' : 'relative', priority: 5,
        resolve: (a) => {
          let y: number;
          let why: DateReason;
          if (explicit) { y = Number(g.y); why = { id: 'month-year-stated' }; }
          else if (!a) return null;
          else if (hasRelYear) { y = ymd(a.day).y + dirOffset(dirOf(g.rd)); why = { id: 'year-counted', from: countedFrom(a) }; }
          else ({ y, why } = yearFor(a, month, null, dirOf(g.md)));
          const r = monthRange(y, month);
          const p = applyMod(r.start, r.end, 'month', mod);
          return res(p.start, p.end, 'month', { id: 'part', mod, unit: 'month', reason: why }, { mod });
        },
      };
    },
  },
  {
    pattern: PART_YEAR,
    read(g) {
      const mod = lookup(PARTS, g.p);
      if (!mod) return null;
      const r = yearRange(Number(g.y));
      const p = applyMod(r.start, r.end, 'year', mod);
      return { kind: 'absolute', priority: 5, resolve: () => res(p.start, p.end, partPrecision('year', 'year', mod), { id: 'part', mod, unit: 'year', reason: { id: 'year-stated' } }, { mod }) };
    },
  },
  {
    pattern: PART_REL,
    read(g) {
      const mod = lookup(PARTS, g.p);
      const unit = UNIT_OF[g.u1 ?? g.u2 ?? ''];
      if (!mod || !unit || unit === 'day') return null;
      if (g.nw && unit !== 'year') return null;
      return {
        kind: 'relative', priority: 5,
        resolve: (a): Resolution | null => {
          if (!a) return null;
          // «مطلع العام الجديد» written in October or later is early in the year about to begin.
          const dir = g.this ? 'current' : g.nw ? (ymd(a.day).m >= NEW_YEAR_AHEAD_FROM_MONTH ? 'next' : 'current') : (dirOf(g.dir) ?? 'current');
          const r = unitRange(a, unit, dirOffset(dir));
          const u = unit as 'week' | 'month' | 'year';
          const p = applyMod(r.start, r.end, u, mod);
          return res(p.start, p.end, partPrecision(r.precision, u, mod), { id: 'part-relative', mod, unit: u, dir, from: countedFrom(a) }, { mod });
        },
      };
    },
  },
  {
    pattern: HALF_MONTH,
    read(g, m) {
      const half = lookup(HALVES, g.h);
      const month = monthOf(g, 'm');
      if (half === undefined || month === undefined) return null;
      const hasRelYear = g.rd !== undefined || /(?:عام|سنه)$/u.test(m[0]);
      return {
        kind: g.y !== undefined ? 'absolute' : 'relative', priority: 6,
        resolve: (a) => {
          let y: number;
          let why: DateReason;
          if (g.y !== undefined) { y = Number(g.y); why = { id: 'month-year-stated' }; }
          else if (!a) return null;
          else if (hasRelYear) { y = ymd(a.day).y + dirOffset(dirOf(g.rd)); why = { id: 'year-counted', from: countedFrom(a) }; }
          else ({ y, why } = yearFor(a, month, null, dirOf(g.md)));
          const r = monthRange(y, month);
          const [start, end] = half === 1 ? [r.start, r.start + 14] : [r.start + 15, r.end];
          return res(start, end, 'month', { id: 'half-month', half: half === 1 ? 1 : 2, reason: why });
        },
      };
    },
  },
  {
    pattern: HALF_QUARTER,
    read(g) {
      const half = lookup(HALVES, g.h);
      const quarter = lookup(QUARTERS, g.h);
      const third = lookup(THIRDS, g.h);
      return {
        kind: g.y !== undefined ? 'absolute' : 'relative', priority: 5,
        resolve: (a) => {
          const yy = yearOf(g, a);
          if (!yy) return null;
          if (half !== undefined) {
            const s = dayOf(yy.y, half === 1 ? 1 : 7, 1);
            const e = dayOf(yy.y, half === 1 ? 6 : 12, half === 1 ? 30 : 31);
            return res(s, e, 'half', { id: 'half-year', half: half === 1 ? 1 : 2, reason: yy.why });
          }
          if (third !== undefined) {
            const r = { start: monthRange(yy.y, third * 4 - 3).start, end: monthRange(yy.y, third * 4).end };
            return res(r.start, r.end, 'month', { id: 'third-year', third: third as 1 | 2 | 3, reason: yy.why });
          }
          if (quarter === undefined) return null;
          const s = monthRange(yy.y, quarter * 3 - 2).start;
          const e = monthRange(yy.y, quarter * 3).end;
          return res(s, e, 'quarter', { id: 'quarter', quarter, reason: yy.why });
        },
      };
    },
  },
]);
