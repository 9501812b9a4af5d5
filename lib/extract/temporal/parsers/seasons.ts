/**
 * Seasons (meteorological, northern hemisphere): spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb, where
 * «شتاء 2019» is the winter ending in 2019 (Dec 2018–Feb 2019). Precision 'quarter' (three months), approximate.
 */
import { dayOf, monthRange, ymd, type Day } from '../calendar';
import type { SeasonName } from '@/lib/domain/date-reason';
import { countedFrom, dirOf, dirOffset, effectiveTense, res } from '../anchor';
import { parserOf, type Reading, type Rule } from '../hit';
import { SEASONS, SEASON_NOT_AFTER, alt, lookup, type Direction } from '../lexicon';
import { A_DIGIT, ART, B, anchor, DIR, E, THIS_W, YEAR_NOUN, re, relYear, year } from '../patterns';

const S = alt(SEASONS.keys());
const A_SEASON = anchor(SEASONS.keys());
const NOT = String.raw`(?!\s+(?:${alt(SEASON_NOT_AFTER)})${E})`;
const WITH_YEAR = re(String.raw`${B}(?:فصل\s+)?(?<s>${S})${NOT}\s*(?:من\s+)?(?:${YEAR_NOUN})?${year('y')}`, A_DIGIT);
const WITH_REL_YEAR = re(String.raw`${B}(?:فصل\s+)?(?<s>${S})${NOT}\s+(?:من\s+)?${relYear('rd')}`, A_SEASON);
const DIRECTED = re(String.raw`${B}(?:(?:فصل\s+)?${ART}(?<s>${S})\s+(?<dir>${DIR})|(?<this>${THIS_W})\s+ال(?<s2>${S}))${E}`, A_SEASON);
const BARE = re(String.raw`(?<=(?:^|[^\p{L}\p{N}])[وف]?(?:في|خلال|منذ|حتي|قبل|بعد|مطلع|بدايه|نهايه|اواخر|اوايل|منتصف)\s+)(?:فصل\s+)?ال(?<s>${S})${E}${NOT}`, A_SEASON);

/** «فصل الصيف» names the season on its own. */
const SEASON_NOUN = re(String.raw`${B}فصل\s+ال(?<s>${S})${E}`, A_SEASON);

type Season = { name: string; startMonth: number };
const nameOf = (s: Season): SeasonName => s.name as SeasonName;

/** The season «of» year y: winter of y starts in December of y-1. */
function seasonRange(s: Season, y: number): { start: Day; end: Day } {
  const sy = s.startMonth === 12 ? y - 1 : y;
  const start = dayOf(sy, s.startMonth, 1);
  const endMonth = s.startMonth === 12 ? 2 : s.startMonth + 2;
  return { start, end: monthRange(s.startMonth === 12 ? y : sy, endMonth).end };
}

function pickRelative(s: Season, day: Day, mode: 'past' | 'future' | Direction): { start: Day; end: Day } | undefined {
  const py = ymd(day).y;
  const cands = [py - 1, py, py + 1, py + 2].map((y) => seasonRange(s, y));
  switch (mode) {
    case 'past': return cands.filter((r) => r.start <= day).pop();
    case 'future': return cands.find((r) => r.end >= day);
    case 'next': return cands.find((r) => r.start > day);
    case 'current': return cands.find((r) => r.start <= day && day <= r.end) ?? cands.find((r) => r.start > day);
  }
}

/** A season placed by the clause's tense or a stated direction, counted from publication. */
const relative = (s: Season, mode: (a: { tense: 'past' | 'future' }) => 'past' | 'future' | Direction): Reading => ({
  kind: 'relative', priority: 4,
  resolve: (a) => {
    if (!a) return null;
    const md = mode({ tense: effectiveTense(a) });
    const r = pickRelative(s, a.day, md);
    if (!r) return null;
    return res(r.start, r.end, 'quarter', { id: 'season-relative', season: nameOf(s), pick: md, from: countedFrom(a) }, { approximate: true });
  },
});

const byTense = (pattern: Rule['pattern']): Rule => ({
  pattern,
  read(g) {
    const s = lookup(SEASONS, g.s);
    return s ? relative(s, (a) => a.tense) : null;
  },
});

export const seasons = parserOf('seasons', [
  {
    pattern: WITH_YEAR,
    read(g) {
      const s = lookup(SEASONS, g.s);
      if (!s) return null;
      const r = seasonRange(s, Number(g.y));
      return { kind: 'absolute', priority: 5, resolve: () => res(r.start, r.end, 'quarter', { id: 'season-year-stated', season: nameOf(s) }, { approximate: true }) };
    },
  },
  {
    pattern: WITH_REL_YEAR,
    read(g) {
      const s = lookup(SEASONS, g.s);
      if (!s) return null;
      return {
        kind: 'relative', priority: 5,
        resolve: (a) => {
          if (!a) return null;
          const r = seasonRange(s, ymd(a.day).y + dirOffset(dirOf(g.rd)));
          return res(r.start, r.end, 'quarter', { id: 'season-year-counted', season: nameOf(s), from: countedFrom(a) }, { approximate: true });
        },
      };
    },
  },
  {
    pattern: DIRECTED,
    read(g) {
      const s = lookup(SEASONS, g.s ?? g.s2);
      if (!s) return null;
      const dir: Direction = g.this ? 'current' : (dirOf(g.dir) ?? 'current');
      if (dir !== 'past') return relative(s, () => dir);
      // «الصيف الماضي»: the last one already over at publication.
      return {
        kind: 'relative', priority: 4,
        resolve: (a) => {
          if (!a) return null;
          const py = ymd(a.day).y;
          const r = [py - 2, py - 1, py].map((y) => seasonRange(s, y)).filter((x) => x.end < a.day).pop();
          return r ? res(r.start, r.end, 'quarter', { id: 'season-last-over', season: nameOf(s), from: countedFrom(a) }, { approximate: true }) : null;
        },
      };
    },
  },
  byTense(BARE),
  byTense(SEASON_NOUN),
]);
