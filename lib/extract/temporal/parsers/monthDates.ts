/** Month-name dates: «19 يناير 2020», «13/آب/2018م», «الأحد 19 كانون الثاني/ يناير», «السبت الماضي في 25 تشرين الثاني», «25 تشرين الجاري», «الثالث عشر من يونيو», «فاتح فبراير», «أكتوبر 21, 2023», «أكتوبر 2017», «جويلية الماضي», «في أكتوبر». */
import { dayOf, isValidDate, monthRange, weekday, ymd } from '../calendar';
import type { DateReason } from '@/lib/domain/date-reason';
import { countedFrom, dirOf, dirOffset, monthOf, res, yearFor } from '../anchor';
import { parserOf, type Groups, type Reading } from '../hit';
import { CURRENT_MONTH_WORDS, FIRST_DAY_WORDS, ORDINALS, PAIRED_MONTHS, WEEKDAYS, WEEKDAY_PARTS, alt, lookup } from '../lexicon';
import { A_MONTH, B, DIR, E, ORD, SEP, WD, dayNum, monthX, re, relYear, year, yearPhrase } from '../patterns';

/** «2020», «من العام المقبل», «الجاري», «من الجاري» (of the current year, as Maghrebi papers write it). */
const TAIL = String.raw`(?:${SEP}${yearPhrase('y')}|\s+(?:من\s+)?${relYear('rd')}|\s+(?:من\s+)?(?<md>${DIR})${E})?`;

/** «الأحد», «مساء الجمعة المقبل», «الجمعة 12»: a weekday, with its part of the day and its direction. */
const WEEKDAY = String.raw`(?:(?:${alt(WEEKDAY_PARTS)})\s+)?(?<wd>${WD})(?:\s+(?<wdir>${DIR}))?`;

/** «الأحد», «مساء الجمعة المقبل،», «السبت الماضي في», «الأحد الموافق»: a weekday told with the date that follows it. */
const WEEKDAY_LEAD = String.raw`(?:${WEEKDAY}\s*[،,]?\s*(?:في\s+)?(?:(?:الموافق|الموافقه)\s+(?:ل\s*)?)?)?`;

/** «الموافق للثامن عشر من شهر أبريل»: an ordinal whose article loses its alef after a glued «ل». */
const ORD_AFTER_L = alt([...ORDINALS.keys()].filter((k) => k.startsWith('ال')).map((k) => k.slice(2)));

/** «14 فبراير», «الثالث عشر من يونيو», «فاتح فبراير», with the year or direction after it. */
const DAY_OF_MONTH = String.raw`(?:(?:ال)?${dayNum('d')}\s*(?:من\s+)?|(?:(?<o>${ORD})|(?<=ل)ل(?<ol>${ORD_AFTER_L}))\s+من\s+|(?<first>${alt(FIRST_DAY_WORDS)})\s+(?:من\s+)?)(?:شهر\s+)?${monthX('m')}${TAIL}`;

const DAY_MONTH = re(String.raw`${B}${WEEKDAY_LEAD}${DAY_OF_MONTH}`, A_MONTH);

/** «الأربعاء المقبل (14 فبراير الجاري)»: a weekday with its date in brackets after it. */
const WEEKDAY_BRACKETED_DATE = re(String.raw`${B}${WEEKDAY}\s*\(\s*${DAY_OF_MONTH}\s*\)`, A_MONTH);

/** «25 تشرين الجاري»: a day of the current month named by the name it shares with another. */
const DAY_OF_PAIRED_MONTH_NOW = re(String.raw`${B}${WEEKDAY_LEAD}${dayNum('d')}\s*(?:من\s+)?(?:شهر\s+)?(?<pair>${alt([...PAIRED_MONTHS.keys()])})\s+(?:${alt(CURRENT_MONTH_WORDS)})${E}`);

/** «في أكتوبر 21, 2023»: the month before the day, as English writes it, with the year after a comma. */
const MONTH_DAY_YEAR = re(String.raw`${B}${monthX('m')}\s+${dayNum('d')}\s*[،,]\s*${year('y')}`, A_MONTH);

/** «13/آب/2018م»: day, month name and year set apart by slashes, as some agencies write a full date. */
const DAY_SLASH_MONTH_YEAR = re(String.raw`${B}${dayNum('d')}\s*/\s*${monthX('m')}\s*/\s*${year('y')}`, A_MONTH);

const MONTH_ONLY = re(String.raw`${B}(?<sh>شهر\s+)?${monthX('m')}${TAIL}`, A_MONTH);

/**
 * Words after which a month name alone (no day, year or word of counting) is read as a month; without one it is a word
 * or a name («مارس», «آب», «السفير الأمريكي مايو تولر»).
 */
const MONTH_CONTEXT = /(?:^|[^\p{L}\p{N}])[وف]?(?:في|خلال|منذ|حتي|من|الي|قبل|بعد|بحلول|شهر|شهري|مطلع|اوايل|اواخر|منتصف|بدايه|نهايه|غضون|طيله|طوال)\s+$/u;


/** A day, a month name and a year all written out: that day. */
function statedDay(g: Record<string, string | undefined>) {
  const month = monthOf(g, 'm');
  const [day, y] = [Number(g.d), Number(g.y)];
  if (month === undefined || !isValidDate(y, month, day)) return null;
  const dd = dayOf(y, month, day);
  return { kind: 'absolute' as const, priority: 5, resolve: () => res(dd, dd, 'day', { id: 'day-month-year-stated' }) };
}

/** A day of a named month, with a weekday or a year when the words give them. */
function dayOfMonth(g: Groups, m: RegExpExecArray): Reading | null {
  const month = monthOf(g, 'm');
  const day = g.d !== undefined ? Number(g.d) : g.first !== undefined ? 1 : lookup(ORDINALS, g.o ?? (g.ol === undefined ? undefined : 'ال' + g.ol));
  if (month === undefined || day === undefined || !isValidDate(2000, month, day)) return null;
  const explicitYear = g.y !== undefined ? Number(g.y) : null;
  if (explicitYear !== null) {
    if (!isValidDate(explicitYear, month, day)) return null;
    const dd = dayOf(explicitYear, month, day);
    return { kind: 'absolute', priority: 5, resolve: () => res(dd, dd, 'day', { id: 'day-month-year-stated' }) };
  }
  const hasRelYear = g.rd !== undefined || /(?:عام|سنه)$/u.test(m[0]);
  return {
    kind: 'relative', priority: 5,
    resolve: (a) => {
      if (!a) return null;
      let y: number;
      let why: DateReason;
      if (hasRelYear) {
        y = ymd(a.day).y + dirOffset(dirOf(g.rd));
        why = { id: 'day-month-year-counted', from: countedFrom(a) };
      } else {
        // «الجمعة المقبل 12 ماي»: the direction told with the weekday is the date's.
        const r = yearFor(a, month, day, dirOf(g.md ?? g.wdir));
        y = r.y;
        why = r.why;
        // «يصل يوم الأربعاء 10 كانون الأول»: a weekday written with the date, which the year the tense gives does not
        // bear out, picks the nearest year in which it does.
        const wd = g.wd !== undefined ? lookup(WEEKDAYS, g.wd) : undefined;
        if (wd !== undefined && !g.md && isValidDate(y, month, day) && weekday(dayOf(y, month, day)) !== wd) {
          const agrees = [y + 1, y - 1].filter((c) => isValidDate(c, month, day) && weekday(dayOf(c, month, day)) === wd)
            .sort((p, q) => Math.abs(dayOf(p, month, day) - a.day) - Math.abs(dayOf(q, month, day) - a.day));
          if (agrees.length) { y = agrees[0]!; why = { id: 'weekday-year', month, day, weekday: wd, from: countedFrom(a) }; }
        }
      }
      if (!isValidDate(y, month, day)) return null;
      const dd = dayOf(y, month, day);
      return res(dd, dd, 'day', why);
    },
  };
}

export const monthDates = parserOf('month-name dates', [
  { pattern: DAY_MONTH, read: dayOfMonth },
  { pattern: WEEKDAY_BRACKETED_DATE, read: dayOfMonth },
  {
    pattern: DAY_OF_PAIRED_MONTH_NOW,
    read(g) {
      const day = Number(g.d);
      const months = PAIRED_MONTHS.get(g.pair!)!;
      return {
        kind: 'relative', priority: 5,
        resolve: (a) => {
          // Only where the month counted from is one of the two the name may be.
          const { y, m: month } = a ? ymd(a.day) : { y: 0, m: 0 };
          if (!a || !months.includes(month) || !isValidDate(y, month, day)) return null;
          const dd = dayOf(y, month, day);
          return res(dd, dd, 'day', { id: 'year-of', month, day, from: countedFrom(a) });
        },
      };
    },
  },
  { pattern: DAY_SLASH_MONTH_YEAR, read: statedDay },
  { pattern: MONTH_DAY_YEAR, read: statedDay },
  {
    pattern: MONTH_ONLY,
    read(g, m, text) {
      const month = monthOf(g, 'm');
      if (month === undefined) return null;
      const start = m.index;
      const bare = !g.y && g.rd === undefined && !g.md && !/(?:عام|سنه)$/u.test(m[0]);
      if (bare && !g.sh && !g.mb && !MONTH_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) return null;
      if (g.y) {
        const r = monthRange(Number(g.y), month);
        return { kind: 'absolute', priority: 4, resolve: () => res(r.start, r.end, 'month', { id: 'month-year-stated' }) };
      }
      const relYearWord = g.rd !== undefined || /(?:عام|سنه)$/u.test(m[0]);
      return {
        kind: 'relative', priority: bare ? 2 : 4,
        resolve: (a) => {
          if (!a) return null;
          if (relYearWord) {
            const y = ymd(a.day).y + dirOffset(dirOf(g.rd));
            const r = monthRange(y, month);
            return res(r.start, r.end, 'month', { id: 'month-year-counted', from: countedFrom(a) });
          }
          const { y, why } = yearFor(a, month, null, dirOf(g.md));
          const r = monthRange(y, month);
          return res(r.start, r.end, 'month', why);
        },
      };
    },
  },
]);
