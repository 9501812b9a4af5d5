/**
 * Decades: «ستينيات القرن الماضي», «في التسعينيات», «أواخر الثمانينات», «العقد الماضي». A decade without its century is the
 * latest one starting on or before the publication year (1900s without a publication date). «العقد الماضي» is the calendar
 * decade before the publication's (approximate: it may also mean the last ten years).
 */
import { dayOf, ymd } from '../calendar';
import type { DateReason } from '@/lib/domain/date-reason';
import { applyMod, countedFrom, res } from '../anchor';
import { parserOf } from '../hit';
import { CENTURIES, DECADES, PARTS, RELATIVE_CENTURIES, RELATIVE_DECADES, alt, lookup } from '../lexicon';
import { B, E, PART, anchor, re } from '../patterns';

const DECADE = re(
  String.raw`${B}(?:(?<p>${PART})\s+)?(?:(?:عقد|حقبه|سنوات|فتره)\s+)?(?:ال|(?<=ل)ل)?(?<dn>${alt(DECADES.keys())})(?:\s+(?:من\s+)?(?:(?<c>${alt(CENTURIES.keys())})|(?<rc>${alt(RELATIVE_CENTURIES.keys())})))?${E}`,
  anchor(DECADES.keys()),
);
const REL_DECADE = re(String.raw`${B}(?:(?<p>${PART})\s+)?(?<rd>${alt(RELATIVE_DECADES.keys())})${E}`, anchor(RELATIVE_DECADES.keys()));

export const decades = parserOf('decades', [
  {
    pattern: DECADE,
    read(g) {
      const dn = lookup(DECADES, g.dn);
      if (dn === undefined) return null;
      const mod = lookup(PARTS, g.p) ?? null;
      const century = lookup(CENTURIES, g.c);
      const relCentury = lookup(RELATIVE_CENTURIES, g.rc);
      return {
        kind: relCentury !== undefined ? 'relative' : 'absolute', priority: 5,
        resolve: (a) => {
          let start: number;
          let why: DateReason;
          if (century !== undefined) { start = century + dn; why = { id: 'decade-century-stated' }; }
          else if (relCentury !== undefined) {
            if (!a) return null;
            const py = ymd(a.day).y;
            start = Math.floor(py / 100) * 100 + relCentury * 100 + dn;
            why = { id: 'decade-century-counted', from: countedFrom(a) };
          } else if (a) {
            const py = ymd(a.day).y;
            start = Math.floor(py / 100) * 100 + dn;
            if (start > py) start -= 100;
            why = { id: 'decade-without-century', year: py };
          } else { start = 1900 + dn; why = { id: 'decade-20th-century' }; }
          let s = dayOf(start, 1, 1), e = dayOf(start + 9, 12, 31);
          if (mod) { ({ start: s, end: e } = applyMod(s, e, 'decade', mod)); why = { id: 'part', mod, unit: 'decade', reason: why }; }
          return res(s, e, 'decade', why, { mod });
        },
      };
    },
  },
  {
    pattern: REL_DECADE,
    read(g) {
      const off = lookup(RELATIVE_DECADES, g.rd);
      if (off === undefined) return null;
      const mod = lookup(PARTS, g.p) ?? null;
      return {
        kind: 'relative', priority: 5,
        resolve: (a) => {
          if (!a) return null;
          const py = ymd(a.day).y;
          const d0 = Math.floor(py / 10) * 10 + off * 10;
          let s = dayOf(d0, 1, 1), e = dayOf(d0 + 9, 12, 31);
          let why: DateReason = { id: 'decade-relative', offset: off, from: countedFrom(a) };
          if (mod) { ({ start: s, end: e } = applyMod(s, e, 'decade', mod)); why = { id: 'part', mod, unit: 'decade', reason: why }; }
          return res(s, e, 'decade', why, { approximate: off !== 0, mod });
        },
      };
    },
  },
]);
