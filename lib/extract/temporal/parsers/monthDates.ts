/** Month-name dates: «19 يناير 2020», «الأحد 19 كانون الثاني/ يناير», «الثالث عشر من يونيو», «أكتوبر 2017», «جويلية الماضي», «في أكتوبر». */
import { dayOf, isValidDate, monthRange, ymd } from '../calendar';
import { dirOf, dirOffset, monthOf, pubText, res, yearFor } from '../anchor';
import { execAll, type Hit, type Parser } from '../hit';
import { AMBIGUOUS_MONTHS, ORDINALS, WEEKDAY_PARTS, alt, lookup } from '../lexicon';
import { A_MONTH, B, DIR, E, ORD, SEP, WD, dayNum, monthX, re, relYear, yearPhrase } from '../patterns';

const TAIL = String.raw`(?:${SEP}${yearPhrase('y')}|\s+(?:من\s+)?${relYear('rd')}|\s+(?<md>${DIR})${E})?`;

const DAY_MONTH = re(
  String.raw`${B}(?:(?:(?:${alt(WEEKDAY_PARTS)})\s+)?(?<wd>${WD})\s*[،,]?\s*(?:(?:الموافق|الموافقه)\s+(?:ل\s*)?)?)?` +
    String.raw`(?:${dayNum('d')}\s*(?:من\s+)?|(?<o>${ORD})\s+من\s+)(?:شهر\s+)?${monthX('m')}${TAIL}`,
  A_MONTH,
);

const MONTH_ONLY = re(String.raw`${B}(?<sh>شهر\s+)?${monthX('m')}${TAIL}`, A_MONTH);

/** Words after which an ambiguous month name (مارس, آب, ماي…) is read as a month. */
const MONTH_CONTEXT = /(?:^|[^\p{L}\p{N}])[وف]?(?:في|خلال|منذ|حتي|من|الي|قبل|بعد|بحلول|شهر|شهري|مطلع|اوايل|اواخر|منتصف|بدايه|نهايه|غضون|طيله|طوال)\s+$/u;


export const monthDates: Parser = {
  name: 'month-name dates',
  find(text) {
    const hits: Hit[] = [];
    for (const m of execAll(DAY_MONTH, text)) {
      const g = m.groups ?? {};
      const month = monthOf(g, 'm');
      const day = g.d !== undefined ? Number(g.d) : lookup(ORDINALS, g.o);
      if (month === undefined || day === undefined || !isValidDate(2000, month, day)) continue;
      const explicitYear = g.y !== undefined ? Number(g.y) : null;
      const start = m.index;
      const end = m.index + m[0].length;
      if (explicitYear !== null) {
        if (!isValidDate(explicitYear, month, day)) continue;
        const dd = dayOf(explicitYear, month, day);
        hits.push({ start, end, kind: 'absolute', priority: 5, resolve: () => res(dd, dd, 'day', 'day, month and year stated') });
        continue;
      }
      const hasRelYear = g.rd !== undefined || /(?:عام|سنه)$/u.test(m[0]);
      hits.push({
        start, end, kind: 'relative', priority: 5,
        resolve: (a) => {
          if (!a) return null;
          let y: number;
          let why: string;
          if (hasRelYear) {
            y = ymd(a.day).y + dirOffset(dirOf(g.rd));
            why = `day and month stated; the year counted from ${pubText(a)}`;
          } else {
            const r = yearFor(a, month, day, dirOf(g.md));
            y = r.y;
            why = r.why;
          }
          if (!isValidDate(y, month, day)) return null;
          const dd = dayOf(y, month, day);
          return res(dd, dd, 'day', why);
        },
      });
    }
    for (const m of execAll(MONTH_ONLY, text)) {
      const g = m.groups ?? {};
      const month = monthOf(g, 'm');
      if (month === undefined) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      const bare = !g.y && g.rd === undefined && !g.md && !/(?:عام|سنه)$/u.test(m[0]);
      if (bare && !g.sh && !g.mb && AMBIGUOUS_MONTHS.has((g.m ?? '').replace(/\s+/g, ' '))) {
        if (!MONTH_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) continue;
      }
      if (g.y) {
        const y = Number(g.y);
        const r = monthRange(y, month);
        hits.push({ start, end, kind: 'absolute', priority: 4, resolve: () => res(r.start, r.end, 'month', 'month and year stated') });
        continue;
      }
      const relYearWord = g.rd !== undefined || /(?:عام|سنه)$/u.test(m[0]);
      hits.push({
        start, end, kind: 'relative', priority: bare ? 2 : 4,
        resolve: (a) => {
          if (!a) return null;
          if (relYearWord) {
            const y = ymd(a.day).y + dirOffset(dirOf(g.rd));
            const r = monthRange(y, month);
            return res(r.start, r.end, 'month', `month stated; the year counted from ${pubText(a)}`);
          }
          const { y, why } = yearFor(a, month, null, dirOf(g.md));
          const r = monthRange(y, month);
          return res(r.start, r.end, 'month', why);
        },
      });
    }
    return hits;
  },
};
