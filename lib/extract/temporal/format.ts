/** Human labels for date ranges: "22 Jul 2020", "Oct 2017", "H2 2020", "Q1 2021", "1960s", "early Oct 2017", "≈ Apr 2022", "13–15 Jun 2021". */
import type { EventDate } from '@/lib/domain/event';
import { daysInMonth, parseIso, ymd } from './calendar';
import { DECADE_LABELS_AR, MONTH_LABELS } from './lexicon';

type Locale = 'en' | 'ar';
type Ymd = { y: number; m: number; d: number };

const MOD_WORDS: Record<Locale, Record<'early' | 'mid' | 'late', string>> = {
  en: { early: 'early', mid: 'mid', late: 'late' },
  ar: { early: 'أوائل', mid: 'منتصف', late: 'أواخر' },
};
const AR_ORD = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

const mon = (m: number, l: Locale): string => MONTH_LABELS[l][m - 1] ?? String(m);

function monthLabel(y: number, m: number, l: Locale = 'en'): string {
  return `${mon(m, l)} ${y}`;
}

function dayRange(a: Ymd, b: Ymd, l: Locale): string {
  if (a.y === b.y && a.m === b.m && a.d === b.d) return `${a.d} ${mon(a.m, l)} ${a.y}`;
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${mon(a.m, l)} ${a.y}`;
  if (a.y === b.y) return `${a.d} ${mon(a.m, l)}–${b.d} ${mon(b.m, l)} ${a.y}`;
  return `${a.d} ${mon(a.m, l)} ${a.y}–${b.d} ${mon(b.m, l)} ${b.y}`;
}

const monthAligned = (a: Ymd, b: Ymd): boolean => a.d === 1 && b.d === daysInMonth(b.y, b.m);
const yearAligned = (a: Ymd, b: Ymd): boolean => a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31;

function monthRangeLabel(a: Ymd, b: Ymd, l: Locale): string {
  if (!monthAligned(a, b)) return dayRange(a, b, l);
  if (a.y === b.y && a.m === b.m) return `${mon(a.m, l)} ${a.y}`;
  if (a.y === b.y) return `${mon(a.m, l)}–${mon(b.m, l)} ${a.y}`;
  return `${mon(a.m, l)} ${a.y}–${mon(b.m, l)} ${b.y}`;
}

function decadeLabel(start: number, l: Locale): string {
  if (l === 'en') return `${start}s`;
  const century = Math.floor(start / 100) * 100;
  const cName = century === 1900 ? 'القرن العشرين' : century === 2000 ? 'القرن الحادي والعشرين' : century === 1800 ? 'القرن التاسع عشر' : `القرن ${century / 100 + 1}`;
  const digit = Math.floor((start % 100) / 10);
  const name = DECADE_LABELS_AR[String(digit)];
  if (name) return `${name} ${cName}`;
  return `العقد ${digit === 0 ? 'الأول' : 'الثاني'} من ${cName}`;
}

export function formatDateRange(
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate' | 'mod'>,
  locale: Locale,
): string {
  const l = locale;
  const s = parseIso(date.start);
  const e = parseIso(date.end);
  if (s === null || e === null) return `${date.start}–${date.end}`;
  const a = ymd(s);
  const b = ymd(e);
  const mod = date.mod ? MOD_WORDS[l][date.mod] : null;
  let core: string;
  switch (date.precision) {
    case 'day':
    case 'week':
      core = dayRange(a, b, l);
      break;
    case 'month':
      core = mod ? `${mod} ${monthLabel(a.y, a.m, l)}` : monthRangeLabel(a, b, l);
      break;
    case 'quarter':
      // «مطلع 2018» is said "early 2018", as the text says it, though its range is the first quarter.
      if (mod) core = `${mod} ${a.y}`;
      else if (a.y === b.y && a.d === 1 && (a.m - 1) % 3 === 0 && b.m === a.m + 2 && monthAligned(a, b)) {
        const q = (a.m - 1) / 3 + 1;
        core = l === 'en' ? `Q${q} ${a.y}` : `الربع ${AR_ORD[q - 1]} ${a.y}`;
      } else core = monthRangeLabel(a, b, l);
      break;
    case 'half':
      if (a.y === b.y && a.d === 1 && (a.m === 1 || a.m === 7) && b.m === a.m + 5 && monthAligned(a, b)) {
        const h = a.m === 1 ? 1 : 2;
        core = l === 'en' ? `H${h} ${a.y}` : `النصف ${AR_ORD[h - 1]} ${a.y}`;
      } else core = monthRangeLabel(a, b, l);
      break;
    case 'year':
      if (mod) core = `${mod} ${a.y}`;
      else if (yearAligned(a, b)) core = a.y === b.y ? `${a.y}` : `${a.y}–${b.y}`;
      else core = monthRangeLabel(a, b, l);
      break;
    case 'decade': {
      const d0 = Math.floor(a.y / 10) * 10;
      const d1 = Math.floor(b.y / 10) * 10;
      if (mod) core = `${mod} ${decadeLabel(d0, l)}`;
      else if (yearAligned(a, b) && a.y === d0 && b.y === d1 + 9) core = d0 === d1 ? decadeLabel(d0, l) : `${decadeLabel(d0, l)}–${decadeLabel(d1, l)}`;
      else core = yearAligned(a, b) ? (a.y === b.y ? `${a.y}` : `${a.y}–${b.y}`) : monthRangeLabel(a, b, l);
      break;
    }
    default:
      core = dayRange(a, b, l);
  }
  if (!date.approximate) return core;
  return l === 'en' ? `≈ ${core}` : `حوالي ${core}`;
}
