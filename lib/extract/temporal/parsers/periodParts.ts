/**
 * Parts of periods: «أوائل أفريل», «مطلع شهر أكتوبر 2017», «أواخر العام الماضي», «منتصف 2019», «نهاية الشهر الجاري»,
 * «النصف الثاني من العام الجاري», «الربع الأول من 2021», «الفصل الثالث». See anchor.ts applyMod for the thirds convention.
 */
import { dayOf, monthRange, yearRange, ymd } from '../calendar';
import { applyMod, dirOf, dirOffset, MOD_RULE, monthOf, pubText, res, unitRange, yearFor } from '../anchor';
import { parserOf, type Anchor, type Groups, type Resolution } from '../hit';
import { HALVES, PARTS, QUARTERS, alt, lookup, type Unit } from '../lexicon';
import { A_DIGIT, A_MONTH, A_UNIT, ART, B, anchor, DIR, E, PART, SEP, THIS_W, YEAR_NOUN, monthX, re, relYear, year, yearPhrase } from '../patterns';

const PART_MONTH = re(
  String.raw`${B}(?<p>${PART})\s+(?:شهر\s+)?${monthX('m')}(?:${SEP}${yearPhrase('y')}|\s+(?:من\s+)?${relYear('rd')}|\s+(?<md>${DIR})${E})?`,
  A_MONTH,
);
const PART_YEAR = re(String.raw`${B}(?<p>${PART})\s+(?:(?:من\s+)?${YEAR_NOUN})?${year('y')}`, A_DIGIT);
const PART_REL = re(
  String.raw`${B}(?<p>${PART})\s+(?:(?<this>${THIS_W})\s+ال(?<u1>اسبوع|شهر|عام|سنه)|${ART}(?<u2>اسبوع|شهر|عام|سنه)(?:\s+(?<dir>${DIR}))?)${E}`,
  A_UNIT,
);
const HALF_QUARTER = re(
  String.raw`${B}(?<h>${alt([...HALVES.keys(), ...QUARTERS.keys()])})\s*(?:من\s+|ل)?(?:(?:${ART}?(?:عام|سنه)\s+)?${year('y')}|${relYear('rd')})`,
  anchor([...HALVES.keys(), ...QUARTERS.keys()]),
);

/** «النصف الثاني من يونيو المقبل», «النصف الأول من شهر نيسان»: days 1–15 or 16–end of a month. */
const HALF_MONTH = re(
  String.raw`${B}(?<h>${alt(HALVES.keys())})\s+من\s+(?:شهر\s+)?${monthX('m')}(?:${SEP}${yearPhrase('y')}|\s+(?:من\s+)?${relYear('rd')}|\s+(?<md>${DIR})${E})?`,
  anchor(HALVES.keys()),
);

const UNIT_OF: Record<string, Unit> = { اسبوع: 'week', شهر: 'month', عام: 'year', سنه: 'year' };

/** The year a half/quarter/part belongs to: stated, or counted from publication. */
function yearOf(g: Groups, a: Anchor | null): { y: number; why: string } | null {
  if (g.y) return { y: Number(g.y), why: 'year stated' };
  if (!a) return null;
  const y = ymd(a.day).y + dirOffset(dirOf(g.rd));
  return { y, why: `year counted from ${pubText(a)}` };
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
          let why: string;
          if (explicit) { y = Number(g.y); why = 'month and year stated'; }
          else if (!a) return null;
          else if (hasRelYear) { y = ymd(a.day).y + dirOffset(dirOf(g.rd)); why = `year counted from ${pubText(a)}`; }
          else ({ y, why } = yearFor(a, month, null, dirOf(g.md)));
          const r = monthRange(y, month);
          const p = applyMod(r.start, r.end, 'month', mod);
          return res(p.start, p.end, 'month', `${mod} ${'month'} (${MOD_RULE.month[mod]}); ${why}`, { mod });
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
      return { kind: 'absolute', priority: 5, resolve: () => res(p.start, p.end, 'year', `${mod} year (${MOD_RULE.year[mod]}); year stated`, { mod }) };
    },
  },
  {
    pattern: PART_REL,
    read(g) {
      const mod = lookup(PARTS, g.p);
      const unit = UNIT_OF[g.u1 ?? g.u2 ?? ''];
      if (!mod || !unit || unit === 'day') return null;
      const dir = g.this ? 'current' : (dirOf(g.dir) ?? 'current');
      return {
        kind: 'relative', priority: 5,
        resolve: (a): Resolution | null => {
          if (!a) return null;
          const r = unitRange(a, unit, dirOffset(dir));
          const u = unit as 'week' | 'month' | 'year';
          const p = applyMod(r.start, r.end, u, mod);
          const which = dir === 'current' ? 'the one of' : dir === 'past' ? 'the one before that of' : 'the one after that of';
          return res(p.start, p.end, r.precision, `${mod} ${unit} (${MOD_RULE[u][mod]}), ${which} ${pubText(a)}`, { mod });
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
          let why: string;
          if (g.y !== undefined) { y = Number(g.y); why = 'month and year stated'; }
          else if (!a) return null;
          else if (hasRelYear) { y = ymd(a.day).y + dirOffset(dirOf(g.rd)); why = `year counted from ${pubText(a)}`; }
          else ({ y, why } = yearFor(a, month, null, dirOf(g.md)));
          const r = monthRange(y, month);
          const [start, end] = half === 1 ? [r.start, r.start + 14] : [r.start + 15, r.end];
          return res(start, end, 'month', `${half === 1 ? 'first' : 'second'} half of the month (days ${half === 1 ? '1–15' : '16 to the end'}); ${why}`);
        },
      };
    },
  },
  {
    pattern: HALF_QUARTER,
    read(g) {
      const half = lookup(HALVES, g.h);
      const quarter = lookup(QUARTERS, g.h);
      return {
        kind: g.y !== undefined ? 'absolute' : 'relative', priority: 5,
        resolve: (a) => {
          const yy = yearOf(g, a);
          if (!yy) return null;
          if (half !== undefined) {
            const s = dayOf(yy.y, half === 1 ? 1 : 7, 1);
            const e = dayOf(yy.y, half === 1 ? 6 : 12, half === 1 ? 30 : 31);
            return res(s, e, 'half', `${half === 1 ? 'first' : 'second'} half of the year; ${yy.why}`);
          }
          if (quarter === undefined) return null;
          const s = monthRange(yy.y, quarter * 3 - 2).start;
          const e = monthRange(yy.y, quarter * 3).end;
          return res(s, e, 'quarter', `quarter ${quarter} of the year; ${yy.why}`);
        },
      };
    },
  },
]);
