/** Numeric years and dates: «عام 2019», «في 2011», «في 2013 و2017», «2020م», «22/07/2020», «2020-07-22». */
import { dayOf, isValidDate, yearRange } from '../calendar';
import { res } from '../anchor';
import { parserOf, type Rule } from '../hit';
import { NOT_YEAR_AFTER, YEAR_CONTEXT_BEFORE, alt } from '../lexicon';
import { A_DIGIT, ART, B, E, re, year } from '../patterns';

const NOT_AFTER = String.raw`(?!\s*(?:${alt(NOT_YEAR_AFTER)})(?![\p{L}]))`;

const DMY = re(String.raw`(?<![\p{L}\p{N}/.-])(?<d>\d{1,2})\s?(?<s>[/.-])\s?(?<m>\d{1,2})\s?\k<s>\s?(?<y>(?:19|20)\d{2})(?![\p{N}]|[/.-]\d)`);
const YMD = re(String.raw`(?<![\p{L}\p{N}/.-])(?<y>(?:19|20)\d{2})(?<s>[/.-])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?![\p{N}]|[/.-]\d)`);
const YEAR_WITH_NOUN = re(String.raw`${B}${ART}?(?:عام|سنه)\s+${year('y')}${NOT_AFTER}`, A_DIGIT);
const YEAR_IN_CONTEXT = re(String.raw`(?<=(?:^|[^\p{L}\p{N}])[وف]?(?:${alt(YEAR_CONTEXT_BEFORE)})\s+)${year('y')}${NOT_AFTER}`, A_DIGIT);
/** «في 2013 و2017», «عامي 2013 و 2017», «عامي 2016، و2019»: a year joined by «و» to a year before it is one too. */
const YEAR_LISTED = re(String.raw`(?<=(?:^|[^\p{N}])(?:19|20)\d{2}\s*[،,]?\s*و\s*)${year('y')}${NOT_AFTER}`, A_DIGIT);
const YEAR_MARKED = re(String.raw`${B}(?<y>(?:19|20)\d{2})\s?م(?:يلادي(?:ه)?)?${E}`, A_DIGIT);

function numericDay(d: number, m: number, y: number): number | null {
  if (isValidDate(y, m, d)) return dayOf(y, m, d);
  if (isValidDate(y, d, m)) return dayOf(y, d, m); // month/day order (US)
  return null;
}

const numeric = (pattern: Rule['pattern']): Rule => ({
  pattern,
  read(g) {
    const day = numericDay(Number(g.d), Number(g.m), Number(g.y));
    return day === null ? null : { kind: 'absolute', priority: 6, resolve: () => res(day, day, 'day', { id: 'numeric-date' }) };
  },
});

const yearOnly = (pattern: Rule['pattern']): Rule => ({
  pattern,
  read(g) {
    const r = yearRange(Number(g.y));
    return { kind: 'absolute', priority: 1, resolve: () => res(r.start, r.end, 'year', { id: 'year-stated' }) };
  },
});

export const numericDates = parserOf('numeric years and dates', [numeric(DMY), numeric(YMD), yearOnly(YEAR_WITH_NOUN), yearOnly(YEAR_IN_CONTEXT), yearOnly(YEAR_LISTED), yearOnly(YEAR_MARKED)]);
