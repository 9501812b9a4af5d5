/**
 * Parts of periods: «أوائل أفريل», «مطلع شهر أكتوبر 2017», «أواخر العام الماضي», «منتصف 2019», «نهاية الشهر الجاري»,
 * «النصف الثاني من العام الجاري», «الربع الأول من 2021», «الفصل الثالث». See anchor.ts applyMod for the thirds convention.
 */
import { dayOf, monthRange, yearRange, ymd } from '../calendar';
import { applyMod, dirOf, dirOffset, MOD_RULE, monthOf, pubText, res, unitRange, yearFor } from '../anchor';
import { execAll, type Hit, type Parser, type Resolution, type Anchor } from '../hit';
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

const UNIT_OF: Record<string, Unit> = { اسبوع: 'week', شهر: 'month', عام: 'year', سنه: 'year' };

type Groups = Record<string, string | undefined>;

/** The year a half/quarter/part belongs to: stated, or counted from publication. */
function yearOf(g: Groups, a: Anchor | null): { y: number; why: string } | null {
  if (g.y) return { y: Number(g.y), why: 'year stated' };
  if (!a) return null;
  const y = ymd(a.day).y + dirOffset(dirOf(g.rd));
  return { y, why: `year counted from ${pubText(a)}` };
}

export const periodParts: Parser = {
  name: 'parts of periods',
  find(text) {
    const hits: Hit[] = [];
    for (const m of execAll(PART_MONTH, text)) {
      const g = m.groups ?? {};
      const mod = lookup(PARTS, g.p);
      const month = monthOf(g, 'm');
      if (!mod || month === undefined) continue;
      const hasRelYear = g.rd !== undefined || /(?:عام|سنه)$/u.test(m[0]);
      const explicit = g.y !== undefined;
      hits.push({
        start: m.index, end: m.index + m[0].length, kind: explicit ? 'absolute' : 'relative', priority: 5,
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
      });
    }
    for (const m of execAll(PART_YEAR, text)) {
      const g = m.groups ?? {};
      const mod = lookup(PARTS, g.p);
      if (!mod) continue;
      const r = yearRange(Number(g.y));
      const p = applyMod(r.start, r.end, 'year', mod);
      hits.push({ start: m.index, end: m.index + m[0].length, kind: 'absolute', priority: 5, resolve: () => res(p.start, p.end, 'year', `${mod} year (${MOD_RULE.year[mod]}); year stated`, { mod }) });
    }
    for (const m of execAll(PART_REL, text)) {
      const g = m.groups ?? {};
      const mod = lookup(PARTS, g.p);
      const unit = UNIT_OF[g.u1 ?? g.u2 ?? ''];
      if (!mod || !unit || unit === 'day') continue;
      const dir = g.this ? 'current' : (dirOf(g.dir) ?? 'current');
      hits.push({
        start: m.index, end: m.index + m[0].length, kind: 'relative', priority: 5,
        resolve: (a): Resolution | null => {
          if (!a) return null;
          const r = unitRange(a, unit, dirOffset(dir));
          const u = unit as 'week' | 'month' | 'year';
          const p = applyMod(r.start, r.end, u, mod);
          const which = dir === 'current' ? 'the one of' : dir === 'past' ? 'the one before that of' : 'the one after that of';
          return res(p.start, p.end, r.precision, `${mod} ${unit} (${MOD_RULE[u][mod]}), ${which} ${pubText(a)}`, { mod });
        },
      });
    }
    for (const m of execAll(HALF_QUARTER, text)) {
      const g = m.groups ?? {};
      const half = lookup(HALVES, g.h);
      const quarter = lookup(QUARTERS, g.h);
      const explicit = g.y !== undefined;
      hits.push({
        start: m.index, end: m.index + m[0].length, kind: explicit ? 'absolute' : 'relative', priority: 5,
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
      });
    }
    return hits;
  },
};
