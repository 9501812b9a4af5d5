/**
 * Hijri dates: «15 رمضان 1441 هـ الموافق 8 مايو 2020» (the Gregorian part wins when present), «15 رمضان 1441 هـ» (converted),
 * «من 12 - 15 جمادى الأولى 1435هـ الموافق 13 - 16 مارس 2014م» (a range, likewise), «رمضان 1441», «عام 1441 هـ»,
 * «شهر رمضان» (the nearest one consistent with tense).
 */
import { dayOf, isValidDate, ymd } from '../calendar';
import { countedFrom, dirOf, effectiveTense, monthOf, res } from '../anchor';
import { parserOf } from '../hit';
import { fromHijri, hijriMonthRange, hijriYearRange, toHijri } from '../hijri';
import { HIJRI_EQUIVALENCE, HIJRI_MONTHS, HIJRI_YEAR_MARKERS, alt, lookup } from '../lexicon';
import { A_DIGIT, B, DIR, E, HMONTH, SEP, WD, anchor, dayNum, monthX, re, year } from '../patterns';

const HMARK = String.raw`(?:\s*(?:${alt(HIJRI_YEAR_MARKERS)})${E})`;
const HYEAR = String.raw`(?<!\p{N})(?<hy>1[2-5]\d{2})(?!\p{N})`;
const GREG = String.raw`(?:\s*[،,(-]?\s*(?:${alt(HIJRI_EQUIVALENCE)})\s*(?:يوم\s+)?(?:(?:${WD})\s*[،,]?\s*)?${dayNum('gd')}\s*(?:من\s+)?(?:شهر\s+)?${monthX('gm')}(?:${SEP}${year('gy')})?(?:\s*\))?)`;

const HDATE = re(
  String.raw`${B}(?:(?:يوم\s+)?(?:${WD})\s*[،,]?\s*)?${dayNum('hd')}\s*(?:من\s+)?(?:شهر\s+)?(?<hm>${HMONTH})${E}(?:\s*(?:(?:عام|سنه)\s+)?${HYEAR}${HMARK}?)?${GREG}?`,
  A_DIGIT,
);
const GREG_RANGE = String.raw`(?:\s*[،,(-]?\s*(?:${alt(HIJRI_EQUIVALENCE)})\s*(?:من\s+)?${dayNum('gd1')}\s*(?:-|الي|حتي|و)\s*${dayNum('gd2')}\s*(?:من\s+)?(?:شهر\s+)?${monthX('gm')}(?:${SEP}${year('gy')})?(?:\s*\))?)`;
const HRANGE = re(
  String.raw`${B}(?:(?:من|بين|يومي|ايام)\s+)?${dayNum('hd1')}\s*(?:-|الي|حتي|و)\s*${dayNum('hd2')}\s*(?:من\s+)?(?:شهر\s+)?(?<hm>${HMONTH})${E}(?:\s*(?:(?:عام|سنه)\s+)?${HYEAR}${HMARK}?${GREG_RANGE}?|\s+(?<dir>${DIR})${E})?`,
  A_DIGIT,
);
const HMONTH_YEAR = re(String.raw`${B}(?:شهر\s+)?(?<hm>${HMONTH})\s+(?:(?:من\s+)?(?:عام|سنه)\s+)?${HYEAR}${HMARK}?`, A_DIGIT);
const HYEAR_ONLY = re(String.raw`${B}(?:(?:ال)?(?:عام|سنه)\s+)?${HYEAR}${HMARK}`, A_DIGIT);
const HMONTH_REL = re(String.raw`${B}شهر\s+(?<hm>${HMONTH})(?:\s+(?<dir>${DIR}))?${E}`, anchor(HIJRI_MONTHS.keys()));

export const hijri = parserOf('hijri', [
  {
    pattern: HRANGE,
    read(g) {
      const hm = lookup(HIJRI_MONTHS, g.hm);
      const [hd1, hd2] = [Number(g.hd1), Number(g.hd2)];
      if (hm === undefined || !(hd1 >= 1 && hd1 < hd2 && hd2 <= 30)) return null;
      const gm = monthOf(g, 'gm');
      if (gm !== undefined) {
        const [gd1, gd2] = [Number(g.gd1), Number(g.gd2)];
        const start = fromHijri(Number(g.hy), hm, hd1);
        const y = g.gy ? Number(g.gy) : start === null ? null : ymd(start).y;
        if (y === null || !(gd1 < gd2) || !isValidDate(y, gm, gd1) || !isValidDate(y, gm, gd2)) return null;
        return { kind: 'absolute', priority: 7, resolve: () => res(dayOf(y, gm, gd1), dayOf(y, gm, gd2), 'day', { id: 'hijri-range-gregorian' }) };
      }
      if (!g.hy) {
        // «يومي 26 و27 من رمضان الجاري»: days of a Hijri month without year, the nearest by tense.
        return {
          kind: 'relative', priority: 7,
          resolve: (a) => {
            if (!a) return null;
            const py = toHijri(a.day).y;
            const spans = [py - 1, py, py + 1].map((y) => [fromHijri(y, hm, hd1), fromHijri(y, hm, hd2)] as const).filter((r): r is readonly [number, number] => r[0] !== null && r[1] !== null);
            const past = effectiveTense(a, dirOf(g.dir) === 'current' ? undefined : dirOf(g.dir)) === 'past';
            const pick = past ? spans.filter((r) => r[0] <= a.day).pop() : spans.find((r) => r[1] >= a.day);
            if (!pick) return null;
            return res(pick[0], pick[1], 'day', { id: 'hijri-days-year-less', first: hd1, last: hd2, past, from: countedFrom(a) });
          },
        };
      }
      const start = fromHijri(Number(g.hy), hm, hd1);
      const end = fromHijri(Number(g.hy), hm, hd2);
      if (start === null || end === null) return null;
      return { kind: 'absolute', priority: 7, resolve: () => res(start, end, 'day', { id: 'hijri-days', first: hd1, last: hd2, month: hm, year: Number(g.hy) }) };
    },
  },
  {
    pattern: HDATE,
    read(g) {
      const hm = lookup(HIJRI_MONTHS, g.hm);
      const hd = Number(g.hd);
      if (hm === undefined || !(hd >= 1 && hd <= 30)) return null;
      const gm = monthOf(g, 'gm');
      const gd = g.gd !== undefined ? Number(g.gd) : undefined;
      if (gm !== undefined && gd !== undefined) {
        // Gregorian equivalent stated: use it; its year, when missing, comes from the Hijri year.
        const hy = g.hy ? Number(g.hy) : null;
        const explicit = g.gy !== undefined || hy !== null;
        return {
          kind: explicit ? 'absolute' : 'relative', priority: 7,
          resolve: (a) => {
            let y: number | null = g.gy ? Number(g.gy) : null;
            if (y === null && hy !== null) {
              const approx = fromHijri(hy, hm, hd);
              if (approx !== null) y = ymd(approx).y;
            }
            if (y === null && a) y = ymd(a.day).y;
            if (y === null || !isValidDate(y, gm, gd)) return null;
            const d = dayOf(y, gm, gd);
            return res(d, d, 'day', { id: 'hijri-date-gregorian' });
          },
        };
      }
      if (!g.hy) {
        // A Hijri day and month without year: nearest one by tense.
        return {
          kind: 'relative', priority: 6,
          resolve: (a) => {
            if (!a) return null;
            const py = toHijri(a.day).y;
            const cands = [py - 1, py, py + 1].map((y) => fromHijri(y, hm, hd)).filter((d): d is number => d !== null);
            const past = effectiveTense(a) === 'past';
            const pick = past ? cands.filter((d) => d <= a.day).pop() : cands.find((d) => d >= a.day);
            if (pick === undefined) return null;
            return res(pick, pick, 'day', { id: 'hijri-day-year-less', past, from: countedFrom(a) });
          },
        };
      }
      const day = fromHijri(Number(g.hy), hm, hd);
      if (day === null) return null;
      return { kind: 'absolute', priority: 6, resolve: () => res(day, day, 'day', { id: 'hijri-date', day: hd, month: hm, year: Number(g.hy) }) };
    },
  },
  {
    pattern: HMONTH_YEAR,
    read(g) {
      const hm = lookup(HIJRI_MONTHS, g.hm);
      if (hm === undefined) return null;
      const r = hijriMonthRange(Number(g.hy), hm);
      if (!r) return null;
      return { kind: 'absolute', priority: 5, resolve: () => res(r.start, r.end, 'month', { id: 'hijri-month', month: hm, year: Number(g.hy) }) };
    },
  },
  {
    pattern: HYEAR_ONLY,
    read(g) {
      const r = hijriYearRange(Number(g.hy));
      if (!r) return null;
      return { kind: 'absolute', priority: 5, resolve: () => res(r.start, r.end, 'year', { id: 'hijri-year', year: Number(g.hy) }) };
    },
  },
  {
    pattern: HMONTH_REL,
    read(g) {
      const hm = lookup(HIJRI_MONTHS, g.hm);
      if (hm === undefined) return null;
      const dir = dirOf(g.dir);
      return {
        kind: 'relative', priority: 4,
        resolve: (a) => {
          if (!a) return null;
          const py = toHijri(a.day).y;
          const cands = [py - 1, py, py + 1].map((y) => hijriMonthRange(y, hm)).filter((r): r is { start: number; end: number } => r !== null);
          const d = effectiveTense(a, dir === 'current' ? undefined : dir);
          const strict = dir === 'past' || dir === 'next';
          const pick = d === 'past'
            ? cands.filter((r) => (strict ? r.end < a.day : r.start <= a.day)).pop()
            : cands.find((r) => (strict ? r.start > a.day : r.end >= a.day));
          if (!pick) return null;
          return res(pick.start, pick.end, 'month', { id: 'hijri-month-year-less', past: d === 'past', from: countedFrom(a) });
        },
      };
    },
  },
]);
