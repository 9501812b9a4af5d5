/** Ranges: «اليوم وغدا», «من 13 إلى 15 يونيو 2021», «من الإثنين 28 إلى الأربعاء 30 أكتوبر», «من الاثنين إلى الأربعاء المقبل», «من 15 إلى غاية 17 جوان», «من 1 مارس إلى 9», «من يوم الأحد وحتى 10 فبراير», «بين 13 و15 يونيو», «يومي 22 و23 يناير», «13-15 يونيو», «من 30 يونيو إلى 2 يوليو», «من يناير إلى مارس 2020», «بين عامي 2019 و2020». */
import { dayOf, isValidDate, monthRange, weekday, yearRange, ymd } from '../calendar';
import type { DateReason } from '@/lib/domain/date-reason';
import { countedFrom, dirOf, dirOffset, effectiveTense, monthOf, res, yearFor } from '../anchor';
import { parserOf, type Anchor, type Groups, type Reading, type Resolution } from '../hit';
import { ORDINALS, PAIR_DIRECTIONS, RELATIVE_DAYS, WEEKDAYS, alt, lookup } from '../lexicon';
import { A_DIGIT, A_MONTH, B, DIR, E, ORD, SEP, WD, YEAR_NOUN, anchor, dayNum, monthX, re, relYear, year, yearPhrase } from '../patterns';
import { weekdayFrom } from './weekdays';

const TO = String.raw`(?<c>-|/|الي\s+غايه|الي|حتي|لغايه|و)`;
const OPEN = String.raw`(?:(?<pre>من|بين|ما\s+بين|يومي|ايام|خلال\s+الفتره\s+من|في\s+الفتره\s+من|الفتره\s+من)\s+)?`;
const TAIL = String.raw`(?:${SEP}${yearPhrase('y')}|\s+(?:من\s+)?${relYear('rd')}|\s+(?<md>${DIR})${E})?`;

/** «من يوم الإثنين 28 إلى يوم الأربعاء 30 أكتوبر»: the weekday a day of a range may be named with. */
const ON_WEEKDAY = String.raw`(?:(?:يوم\s+)?(?:${WD})\s*[،,]?\s*)?`;
/** «أيام 26 و27 و28 مارس»: days between the first and the last, each joined by «و». */
const MIDDLE_DAYS = String.raw`(?<mid>(?:\s*و\s*\d{1,2})*)`;
/** «خلال الفترة (13 حتى 16) ديسمبر الجاري»: the two days may stand in brackets before their month. */
const DAYS = re(String.raw`${B}${OPEN}(?:\(\s*)?${ON_WEEKDAY}${dayNum('d1')}${MIDDLE_DAYS}\s*${TO}\s*${ON_WEEKDAY}${dayNum('d2')}(?:\s*\))?\s*(?:من\s+)?(?:شهر\s+)?${monthX('m')}${TAIL}`, A_DIGIT);
/** «يومي الأول والثاني من نوفمبر», «من الثالث عشر إلى الخامس عشر يونيو»: the two ends written as ordinal words. */
const ORDINAL_DAYS = re(String.raw`${B}${OPEN}${ON_WEEKDAY}(?<o1>${ORD})\s*${TO}\s*${ON_WEEKDAY}(?<o2>${ORD})\s*(?:من\s+)?(?:شهر\s+)?${monthX('m')}${TAIL}`, A_MONTH);
const DAY_MONTHS = re(
  String.raw`${B}${OPEN}${ON_WEEKDAY}${dayNum('d1')}\s*(?:من\s+)?${monthX('m1')}(?:${SEP}${year('y1')})?\s*${TO}\s*${ON_WEEKDAY}${dayNum('d2')}\s*(?:من\s+)?${monthX('m2')}${TAIL}`,
  A_DIGIT,
);
/** «من 1 مارس إلى 9»: the month is not repeated after the last day, which ends the phrase. */
const DAY_MONTH_DAY = re(
  String.raw`${B}(?<pre>من)\s+${dayNum('d1')}\s*(?:من\s+)?${monthX('m')}(?:${SEP}${year('y')})?\s*(?<c>الي\s+غايه|الي|حتي|لغايه)\s*${dayNum('d2')}(?=\s*(?:[،,.؛:"'»)\]]|$))`,
  A_DIGIT,
);
/** «اعتبارا من يوم الأحد وحتى 10 فبراير»: a weekday up to a stated day, the weekday being the last one on or before it. */
const WEEKDAY_TO_DAY = re(
  String.raw`${B}(?:اعتبارا\s+)?من\s+(?:يوم\s+)?(?<wd>${WD})\s*و?(?<c>الي\s+غايه|الي|حتي|لغايه)\s*${dayNum('d2')}\s*(?:من\s+)?${monthX('m')}${TAIL}`,
  A_DIGIT,
);
/** «من الاثنين إلى الأربعاء المقبل», «من يوم الأحد حتى الثلاثاء»: a stretch of weekdays ahead, from the first as its tense names it. */
const WEEKDAY_TO_WEEKDAY = re(
  String.raw`${B}(?:اعتبارا\s+)?من\s+(?:يوم\s+)?(?<wd>${WD})\s*و?(?<c>الي\s+غايه|الي|حتي|لغايه)\s*(?:يوم\s+)?(?<wd2>${WD})(?:\s+(?<dir>${DIR}))?${E}`,
  anchor(['من']),
);
/**
 * «يومي الاثنين والثلاثاء القادمين», «الأحد والاثنين الماضيين»: two days one after the other, named together after
 * «يومي» or before a direction word of two.
 */
const WEEKDAY_PAIR = re(
  String.raw`${B}(?:(?<pre>يومي)\s+)?(?<wd>${WD})\s+و\s*(?<wd2>${WD})(?:\s+(?<pdir>${alt(PAIR_DIRECTIONS.keys())}))?${E}`,
  anchor(WEEKDAYS.keys()),
);
const MONTHS_RX = re(
  String.raw`${B}${OPEN}(?:شهري?\s+)?${monthX('m1')}(?:${SEP}${year('y1')})?\s*${TO}\s*(?:شهر\s+)?${monthX('m2')}${TAIL}`,
  A_MONTH,
);
const YEARS = re(
  String.raw`${B}${OPEN}(?<noun>(?:ال)?(?:عامي|سنتي|العامين|السنتين)\s+|${YEAR_NOUN})?${year('y1')}\s*${TO}\s*(?:${YEAR_NOUN})?${year('y2')}`,
  A_DIGIT,
);

/**
 * The year of the end of a range written without one: stated, counted from publication, the publication's own year
 * when the range is under way on the publication day («من 28 مايو إلى 1 يونيو» published on 30 May), or chosen by
 * tense from the end date.
 */
/** A stretch of weekdays told in the present with no word of direction («يقوم بزيارة يومي الخميس والجمعة»). */
const toldInThePresent = (a: Anchor, dir: ReturnType<typeof dirOf>) => a.tense === 'present' && dir === undefined;

/**
 * The first day of a stretch of weekdays `length` days long from `wd`: told in the present, the stretch under way when
 * the day of writing falls within it, otherwise the one ahead; told otherwise, as its tense and direction name it.
 */
function firstOfAStretch(a: Anchor, wd: number, length: number, dir: ReturnType<typeof dirOf>): ReturnType<typeof weekdayFrom> {
  if (!toldInThePresent(a, dir)) return weekdayFrom(a, wd, dir);
  const begun = weekdayFrom({ ...a, tense: 'past' }, wd, undefined);
  return begun.day + length >= a.day ? begun : weekdayFrom({ ...a, tense: 'future' }, wd, undefined);
}

function endYear(g: Groups, a: Anchor | null, from: { m: number; d: number } | null, m: number, d: number | null): { y: number; why: DateReason } | null {
  if (g.y) return { y: Number(g.y), why: { id: 'stated' } };
  if (!a) return null;
  if (g.rd !== undefined || /(?:عام|سنه)$/u.test(g.__all ?? '')) return { y: ymd(a.day).y + dirOffset(dirOf(g.rd)), why: { id: 'year-counted', from: countedFrom(a) } };
  if (from && d !== null && g.md === undefined) {
    const y = ymd(a.day).y;
    const startYear = from.m > m ? y - 1 : y;
    if (isValidDate(startYear, from.m, from.d) && isValidDate(y, m, d) && dayOf(startYear, from.m, from.d) <= a.day && a.day <= dayOf(y, m, d)) {
      return { y, why: { id: 'under-way', from: countedFrom(a) } };
    }
  }
  return yearFor(a, m, d, dirOf(g.md));
}

/** «و» joins two dates as a range only after بين/يومي (otherwise «19 يناير و20 فبراير» lists two dates). */
const andOk = (g: Groups, sameMonth: boolean): boolean => g.c !== 'و' || sameMonth || (g.pre !== undefined && !/^من/.test(g.pre));

/** «اليوم وغدا», «أمس واليوم», «يومي غد وبعد غد»: two days counted from publication, one after the other. */
const RELATIVE_DAY_PAIR = re(String.raw`${B}(?:يومي\s+)?(?<w1>${alt(RELATIVE_DAYS.keys())})\s+و\s*(?<w2>${alt(RELATIVE_DAYS.keys())})${E}`, anchor(RELATIVE_DAYS.keys()));

const range = (explicit: boolean, resolve: (a: Anchor | null) => Resolution | null): Reading => ({ kind: explicit ? 'absolute' : 'relative', priority: 6, resolve });

/** Two days of one month, the first before the last: the range between them. */
function daysOfMonth(g: Groups, d1: number, d2: number): Reading | null {
  const month = monthOf(g, 'm');
  if (month === undefined || !(d1 >= 1 && d1 < d2 && d2 <= 31) || g.c === '/') return null;
  return range(g.y !== undefined, (a) => {
    const yy = endYear(g, a, { m: month, d: d1 }, month, d2);
    if (!yy || !isValidDate(yy.y, month, d2)) return null;
    return res(dayOf(yy.y, month, d1), dayOf(yy.y, month, d2), 'day', { id: 'days-of-month', first: d1, last: d2, year: yy.why });
  });
}

export const ranges = parserOf('ranges', [
  {
    pattern: RELATIVE_DAY_PAIR,
    read(g) {
      const first = lookup(RELATIVE_DAYS, g.w1), last = lookup(RELATIVE_DAYS, g.w2);
      if (first === undefined || last !== first + 1) return null;
      return range(false, (a) => (a ? res(a.day + first, a.day + last, 'day', { id: 'days-from-to', first, last, from: countedFrom(a) }) : null));
    },
  },
  {
    pattern: DAYS,
    read(groups, m) {
      const g: Groups = { ...groups, __all: m[0] };
      const d1 = Number(g.d1), d2 = Number(g.d2);
      // Days listed between the two ends make a range only when they run one after another («26 و27 و28»); a list of
      // days apart («5 و12 و19») is several dates, not one stretch.
      const listed = [d1, ...(g.mid?.match(/\d{1,2}/g) ?? []).map(Number), d2];
      if (listed.length > 2 && (g.c !== 'و' || listed.some((d, i) => i > 0 && d !== listed[i - 1]! + 1))) return null;
      return daysOfMonth(g, d1, d2);
    },
  },
  {
    pattern: ORDINAL_DAYS,
    read(groups, m) {
      const g: Groups = { ...groups, __all: m[0] };
      const d1 = lookup(ORDINALS, g.o1), d2 = lookup(ORDINALS, g.o2);
      // «السابع والعشرين من سبتمبر» is one day, the 27th, not the 7th to the 20th.
      if (g.c === 'و' && lookup(ORDINALS, `${g.o1} و${g.o2}`) !== undefined) return null;
      return d1 === undefined || d2 === undefined ? null : daysOfMonth(g, d1, d2);
    },
  },
  {
    pattern: DAY_MONTHS,
    read(groups, m) {
      const g: Groups = { ...groups, __all: m[0] };
      const m1 = monthOf(g, 'm1'), m2 = monthOf(g, 'm2');
      const d1 = Number(g.d1), d2 = Number(g.d2);
      if (m1 === undefined || m2 === undefined || !andOk(g, false) || g.c === '/') return null;
      return range(g.y !== undefined, (a) => {
        const yy = endYear(g, a, g.y1 ? null : { m: m1, d: d1 }, m2, d2);
        if (!yy) return null;
        const y1 = g.y1 ? Number(g.y1) : m1 > m2 ? yy.y - 1 : yy.y;
        if (!isValidDate(y1, m1, d1) || !isValidDate(yy.y, m2, d2)) return null;
        const s = dayOf(y1, m1, d1), e = dayOf(yy.y, m2, d2);
        if (s > e) return null;
        return res(s, e, 'day', { id: 'day-to-day', year: yy.why });
      });
    },
  },
  {
    pattern: DAY_MONTH_DAY,
    read(groups, m) {
      const g: Groups = { ...groups, __all: m[0] };
      const month = monthOf(g, 'm');
      const d1 = Number(g.d1), d2 = Number(g.d2);
      if (month === undefined || !(d1 >= 1 && d1 < d2 && d2 <= 31)) return null;
      return range(g.y !== undefined, (a) => {
        const yy = endYear(g, a, { m: month, d: d1 }, month, d2);
        if (!yy || !isValidDate(yy.y, month, d2)) return null;
        return res(dayOf(yy.y, month, d1), dayOf(yy.y, month, d2), 'day', { id: 'days-of-first-month', first: d1, last: d2, year: yy.why });
      });
    },
  },
  {
    pattern: WEEKDAY_TO_DAY,
    read(groups, m) {
      const g: Groups = { ...groups, __all: m[0] };
      const wd = lookup(WEEKDAYS, g.wd!);
      const month = monthOf(g, 'm');
      const d2 = Number(g.d2);
      if (wd === undefined || month === undefined || !(d2 >= 1 && d2 <= 31)) return null;
      return range(g.y !== undefined, (a) => {
        const yy = endYear(g, a, null, month, d2);
        if (!yy || !isValidDate(yy.y, month, d2)) return null;
        const end = dayOf(yy.y, month, d2);
        const start = end - ((weekday(end) - wd + 7) % 7);
        return res(start, end, 'day', { id: 'weekday-to-day', last: d2, year: yy.why });
      });
    },
  },
  {
    pattern: WEEKDAY_TO_WEEKDAY,
    read(g) {
      const wd = lookup(WEEKDAYS, g.wd!), wd2 = lookup(WEEKDAYS, g.wd2!);
      if (wd === undefined || wd2 === undefined || wd === wd2) return null;
      const dir = dirOf(g.dir);
      const length = (wd2 - wd + 7) % 7;
      return range(false, (a) => {
        if (!a) return null;
        // A schedule ahead («يزور … من الاثنين إلى الأربعاء المقبل»); what is told as past names its days one by one.
        if (!toldInThePresent(a, dir) && effectiveTense(a, dir === 'current' ? undefined : dir) !== 'future') return null;
        const first = firstOfAStretch(a, wd, length, dir);
        return res(first.day, first.day + length, 'day', { id: 'weekday-to-weekday', last: wd2, first: first.why });
      });
    },
  },
  {
    pattern: WEEKDAY_PAIR,
    read(g) {
      const wd = lookup(WEEKDAYS, g.wd!), wd2 = lookup(WEEKDAYS, g.wd2!);
      if (wd === undefined || wd2 === undefined || wd2 !== (wd + 1) % 7 || (g.pre === undefined && g.pdir === undefined)) return null;
      const dir = g.pdir === undefined ? undefined : PAIR_DIRECTIONS.get(g.pdir);
      return range(false, (a) => {
        if (!a) return null;
        const first = firstOfAStretch(a, wd, 1, dir);
        return res(first.day, first.day + 1, 'day', { id: 'weekday-to-weekday', last: wd2, first: first.why });
      });
    },
  },
  {
    pattern: MONTHS_RX,
    read(groups, m) {
      const g: Groups = { ...groups, __all: m[0] };
      const m1 = monthOf(g, 'm1'), m2 = monthOf(g, 'm2');
      if (m1 === undefined || m2 === undefined || m1 === m2 || !andOk(g, false) || g.c === '/') return null;
      if (g.pre === undefined && g.y === undefined && g.y1 === undefined) return null;
      return range(g.y !== undefined, (a) => {
        const yy = endYear(g, a, null, m2, null);
        if (!yy) return null;
        const y1 = g.y1 ? Number(g.y1) : m1 > m2 ? yy.y - 1 : yy.y;
        const s = monthRange(y1, m1).start, e = monthRange(yy.y, m2).end;
        if (s > e) return null;
        return res(s, e, 'month', { id: 'month-to-month', year: yy.why });
      });
    },
  },
  {
    pattern: YEARS,
    read(g) {
      const y1 = Number(g.y1), y2 = Number(g.y2);
      if (!(y2 > y1 && y2 - y1 <= 60)) return null;
      if (g.c === 'و' && g.pre === undefined && g.noun === undefined) return null;
      // «في عامي 2013 و2017»: two years joined by «و» without «بين» are two dates unless one follows the other.
      if (g.c === 'و' && !/بين$/.test(g.pre ?? '') && y2 !== y1 + 1) return null;
      if (g.c === '/' && y2 !== y1 + 1) return null;
      return range(true, () => res(yearRange(y1).start, yearRange(y2).end, 'year', { id: 'year-to-year', from: y1, to: y2 }));
    },
  },
]);
